/**
 * French texts of the banner: the only texts on every visitor's first page, so they stay in the main
 * bundle. `{site}` is the platform's host name, `{purposes}` the optional categories with their providers.
 */
export const bannerFr = {
  bannerTitle: 'Vos choix sur les cookies',
  bannerText:
    '{site} dépose les cookies nécessaires à son fonctionnement et, seulement si vous l’acceptez, des cookies pour\u00a0: {purposes}.',
  bannerRefuse: 'Refuser ne change rien à votre utilisation du portail.',
  bannerChange: 'Vous pouvez changer d’avis à tout moment avec le lien «\u00a0Gestion des cookies\u00a0» en bas de page.',
  policyLink: 'Lire la charte cookies',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  saved: 'Choix enregistré.',
  savedPageOnly: 'Choix appliqué à cette page seulement\u00a0: votre navigateur refuse les cookies.',
};

export type BannerTexts = typeof bannerFr;
