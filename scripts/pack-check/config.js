/** The portal's configuration, given as data (the `config` property) by the React and Vue pages. */
export const CONFIG = {
  categories: [{ id: 'statistics', label: 'Mesure d’audience', description: 'Matomo.' }],
  cookies: [
    { provider: 'Opendatasoft', service: 'Authentification', name: 'sessionid', purpose: 'Se souvenir de l’utilisateur.' },
    { provider: 'Matomo', service: 'Mesure d’audience', name: '_pk_id.*', purpose: 'Distinguer les visiteurs.', category: 'statistics' },
  ],
  consentMode: { statistics: ['analytics_storage'] },
};

/**
 * What each page tells the check (window.__seen): the state `ready` gave, and each event's detail, in
 * the order they came.
 */
export const seen = (window.__seen = { ready: undefined, events: [] });
