/**
 * French texts of the banner: the only texts on every visitor's first page, so they stay in the main
 * bundle. `{site}` is the platform's host name, `{purposes}` the optional categories with their providers.
 */
export const bannerFr = {
  bannerTitle: 'Vos choix sur les cookies',
  bannerText: '{site} utilise des cookies nécessaires et, avec votre accord, pour\u00a0: {purposes}.',
  bannerRefuse: 'Refuser ne change rien à votre visite.',
  bannerChange: 'Changez d’avis via «\u00a0Gestion des cookies\u00a0» en bas de page.',
  policyLink: 'Charte cookies',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  saved: 'Choix enregistré.',
  savedPageOnly: 'Choix appliqué à cette page seulement\u00a0: votre navigateur refuse les cookies.',
};

export type BannerTexts = typeof bannerFr;
