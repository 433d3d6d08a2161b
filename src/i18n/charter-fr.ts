/**
 * French texts that only the charter and the preferences need: they travel in the lazily loaded part.
 * The charter prose is the Opendatasoft platforms' standard "Charte cookies", word for word, with
 * French typography (« », non-breaking spaces, "Qu’est-ce que", "À quoi").
 */
export const charterFr = {
  charterTitle: 'Charte cookies',
  charterIntro: 'Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon fonctionnement.',
  whatTitle: 'Qu’est-ce qu’un cookie\u202f?',
  whatText:
    'Un «\u00a0cookie\u00a0» est une suite d’informations, généralement de petite taille et identifié par un nom, qui peut être transmis à votre navigateur par un site web sur lequel vous vous connectez. Votre navigateur web le conservera pendant une certaine durée, et le renverra au serveur web chaque fois que vous vous y re-connecterez. Les cookies ont de multiples usages\u00a0: ils peuvent servir à mémoriser votre identifiant client auprès d’un site marchand, le contenu courant de votre panier d’achat, un identifiant permettant de tracer votre navigation pour des finalités statistiques ou publicitaires, etc.',
  typesIntro: 'Il existe plusieurs types de cookies\u00a0:',
  typeNecessary:
    'Les cookies «\u00a0nécessaires\u00a0», internes, permettent d’enregistrer des informations entre deux consultations d’un même site web sur un même appareil. Ils permettent d’enregistrer un panier d’achat, des identifiants de connexion ou encore des éléments de personnalisation de l’interface. Ils ne requièrent pas de consentement de la part de l’utilisateur.',
  typeStatistics:
    'Les cookies «\u00a0statistiques\u00a0» permettent de suivre les actions d’un internaute sur un site web. Lorsque les statistiques sont anonymes (c’est-à-dire ne permettent pas de retrouver une personne), le consentement de l’utilisateur n’est pas nécessaire.',
  typeFirstParty:
    'Les cookies «\u00a0internes\u00a0» ou «\u00a0first-party\u00a0» sont déposés par le site consulté. Ils peuvent être déposés en plus des cookies nécessaires et peuvent être utilisés pour collecter des données personnelles, suivre le comportement de l’utilisateur et servir à des finalités publicitaires.',
  typeThirdParty:
    'Les cookies dits «\u00a0tiers\u00a0», «\u00a0tierce partie\u00a0» ou «\u00a0third party\u00a0» sont des cookies déposés par (ou pour) un site B (souvent une régie publicitaire) sur un site A\u00a0: cela permet au site B de voir quelles pages ont été visitées sur le site A par un utilisateur et de collecter des informations sur lui.',
  usageTitle: 'À quoi servent les cookies sur la plateforme {platform}',
  necessaryLabel: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
  necessaryDescription:
    'Indispensables au fonctionnement du portail, ils ne requièrent pas votre consentement et ne peuvent pas être désactivés.',
  colProvider: 'Nom du prestataire',
  colService: 'Service et emplacement',
  colName: 'Nom du cookie',
  colPurpose: 'Finalités',
  colDuration: 'Durée de conservation',
  preferencesTitle: 'Préférences cookies',
  preferencesText:
    'Choisissez, catégorie par catégorie, les cookies que vous acceptez. Les cookies nécessaires ne peuvent pas être refusés\u00a0: le portail ne fonctionne pas sans eux.',
  cookiesList: 'Voir les cookies ({count})',
  alwaysOn: 'Toujours actifs',
  exemptNote: 'Mesure d’audience exemptée de consentement\u00a0: active par défaut, vous pouvez la désactiver.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  choicesTitle: 'Vos choix',
  noChoice: 'Vous n’avez pas encore fait de choix\u00a0: aucun cookie optionnel n’est déposé.',
  choiceDate: 'Choix enregistré le {date}.',
  gpcNote:
    'Votre navigateur envoie le signal Global Privacy Control\u00a0: nous l’appliquons comme un refus de tous les cookies optionnels. Vous pouvez toujours en accepter ci-dessous.',
};

export type CharterTexts = typeof charterFr;
