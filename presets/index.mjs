// Service presets: what French public portals embed, as rows of the element's JSON, to expand when
// authoring (`cookie-charter add`, demo/configurator.html). Nothing here is imported by src/: a preset
// never adds a byte to the banner's first visit. PURE (no `node:` import): the configurator imports it
// in the browser.
//
// Where each figure comes from is said beside it; `sources` lists the vendor's own pages. Durations are
// the vendor's defaults: a portal that shortens them (Matomo's and Google's are settings) edits the row.
// The element's rows have one language (README "The JSON": only category texts are per language), so a
// preset's rows are given in French and in English: `cookies` is French, `cookiesIn.en` English.

/**
 * @typedef {{ provider: string, service: string, name: string, purpose: string, category?: string, duration?: string }} Row
 * @typedef {string | Record<string, string>} Localized
 * @typedef {{ id: string, label: Localized, description?: Localized, exempt?: boolean, matomo?: true | 'cookies' }} Category
 * @typedef {{ title: Record<string, string>, snippet: string }} Placeholder
 * @typedef {{
 *   id: string, name: string, category: Category, cookies: Row[], cookiesIn: Record<string, Row[]>,
 *   consentMode?: Record<string, string[]>, matomo?: true | 'cookies', placeholder?: Placeholder,
 *   sources: string[], note?: string
 * }} Preset
 * @typedef {{ categories?: Category[], cookies?: Row[], texts?: Record<string, Record<string, string>>, consentMode?: Record<string, string[]> }} Config
 */

/** The categories presets put their rows in; a portal's own category of the same id is kept as it is. */
const CATEGORIES = {
  statistics: {
    id: 'statistics',
    label: { fr: 'Mesure d’audience', en: 'Audience measurement' },
    description: {
      fr: 'Nous aident à comprendre comment le portail est utilisé, pour l’améliorer.',
      en: 'Help us understand how the portal is used, so that we can improve it.',
    },
  },
  // README "Exempt audience measurement": on without asking, out of the banner's choice, can be switched off.
  audience: {
    id: 'audience',
    label: { fr: 'Mesure d’audience exemptée de consentement', en: 'Consent-exempt audience measurement' },
    description: {
      fr: 'Statistiques anonymes de fréquentation, exemptées de consentement par la CNIL. Vous pouvez les refuser.',
      en: 'Anonymous visit statistics, exempt from consent under the CNIL’s rules. You can switch them off.',
    },
    exempt: true,
  },
  media: {
    id: 'media',
    label: { fr: 'Vidéos et cartes intégrées', en: 'Embedded videos and maps' },
    description: {
      fr: 'Vidéos et cartes fournies par d’autres sites, qui déposent leurs propres cookies.',
      en: 'Videos and maps provided by other sites, which set their own cookies.',
    },
  },
  social: {
    id: 'social',
    label: { fr: 'Réseaux sociaux', en: 'Social networks' },
    description: {
      fr: 'Publications de réseaux sociaux intégrées au portail, qui déposent leurs propres cookies.',
      en: 'Social network posts embedded in the portal, which set their own cookies.',
    },
  },
};

/** A row in both languages: service, purpose and duration as { fr, en } (duration may be left out). */
const row = (provider, name, category, { service, purpose, duration }) => ({ provider, name, category, service, purpose, duration });

/** Per language, the preset's rows as the element's JSON takes them (a duration left out when there is none). */
function rowsIn(rows) {
  const pick = (lang) =>
    rows.map(({ provider, name, category, service, purpose, duration }) => ({
      provider,
      service: service[lang],
      name,
      purpose: purpose[lang],
      category,
      ...(duration && { duration: duration[lang] }),
    }));
  return { fr: pick('fr'), en: pick('en') };
}

const SESSION = { fr: 'Session', en: 'Session' };
const months = (n) => ({ fr: `${n} mois`, en: `${n} months` });
const years = (n) => ({ fr: `${n} ans`, en: `${n} years` });
const thirtyMinutes = { fr: '30 minutes', en: '30 minutes' };

// Matomo's cookies, https://matomo.org/faq/general/faq_146/ ("What are the cookies created by Matomo
// JavaScript Tracking client?"): _pk_id 13 months, _pk_ref 6 months, _pk_ses 30 minutes, mtm_consent and
// mtm_consent_removed 30 years (when consent is asked through Matomo's own API). Each name is followed by
// the site id and a hash of the domain (`_pk_id.1.1fff`), hence the `.*` prefixes.
const matomoAudience = (category) => [
  row('Matomo', '_pk_id.*', category, {
    service: { fr: 'Mesure d’audience (toutes les pages)', en: 'Audience measurement (every page)' },
    purpose: {
      fr: 'Reconnaître un visiteur d’une visite à l’autre, sans l’identifier.',
      en: 'Recognise a visitor from one visit to the next, without identifying them.',
    },
    duration: months(13),
  }),
  row('Matomo', '_pk_ses.*', category, {
    service: { fr: 'Mesure d’audience (toutes les pages)', en: 'Audience measurement (every page)' },
    purpose: { fr: 'Regrouper les pages vues pendant une même visite.', en: 'Group the pages seen during one visit.' },
    duration: thirtyMinutes,
  }),
];
const matomoReferrer = row('Matomo', '_pk_ref.*', 'statistics', {
  service: { fr: 'Mesure d’audience (toutes les pages)', en: 'Audience measurement (every page)' },
  purpose: { fr: 'Retenir le site d’où vient le visiteur.', en: 'Remember the site the visitor came from.' },
  duration: months(6),
});
const matomoConsent = [
  row('Matomo', 'mtm_consent', 'statistics', {
    service: { fr: 'Consentement à la mesure d’audience', en: 'Consent to audience measurement' },
    purpose: {
      fr: 'Retenir que le visiteur a accepté la mesure d’audience.',
      en: 'Remember that the visitor accepted audience measurement.',
    },
    duration: years(30),
  }),
  row('Matomo', 'mtm_consent_removed', 'statistics', {
    service: { fr: 'Consentement à la mesure d’audience', en: 'Consent to audience measurement' },
    purpose: {
      fr: 'Retenir que le visiteur a refusé la mesure d’audience.',
      en: 'Remember that the visitor refused audience measurement.',
    },
    duration: years(30),
  }),
];
const MATOMO_SOURCES = ['https://matomo.org/faq/general/faq_146/', 'https://developer.matomo.org/guides/tracking-consent'];

// Piano Analytics (formerly AT Internet), JavaScript SDK 6.8 and later:
// https://developers.atinternet-solutions.com/piano-analytics/data-collection/general/cookie-storage
// (_pcid visitor id, _pctx context, _pprv consent mode, pa_user user: 13 months by default, configurable).
const pianoVisitor = (category) =>
  row('Piano Analytics (AT Internet)', '_pcid', category, {
    service: { fr: 'Mesure d’audience (toutes les pages)', en: 'Audience measurement (every page)' },
    purpose: {
      fr: 'Reconnaître un visiteur d’une visite à l’autre (identifiant de visiteur).',
      en: 'Recognise a visitor from one visit to the next (visitor id).',
    },
    duration: months(13),
  });
const pianoPrivacy = (category) =>
  row('Piano Analytics (AT Internet)', '_pprv', category, {
    service: { fr: 'Mesure d’audience (toutes les pages)', en: 'Audience measurement (every page)' },
    purpose: { fr: 'Retenir le mode de confidentialité choisi pour la mesure.', en: 'Remember the privacy mode chosen for measurement.' },
    duration: months(13),
  });
const PIANO_SOURCES = [
  'https://developers.atinternet-solutions.com/piano-analytics/data-collection/general/cookie-storage',
  'https://developers.atinternet-solutions.com/piano-analytics/data-collection/how-to-send-events/consent-management',
  'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies-solutions-pour-les-outils-de-mesure-daudience',
];

// YouTube: Google's "How Google uses cookies", https://policies.google.com/technologies/cookies:
// VISITOR_INFO1_LIVE 6 months, YSC for the browsing session, PREF 8 months (the copy of that page
// searchable offline breaks off before PREF's figure: 8 months is the page's wording as last read online,
// to check again). Privacy-enhanced mode
// (youtube-nocookie.com, https://support.google.com/youtube/answer/171780) sets them once the video is played.
const youtubeRows = (when) => [
  row('YouTube (Google)', 'VISITOR_INFO1_LIVE', 'media', {
    service: { fr: `Vidéos intégrées (${when.fr})`, en: `Embedded videos (${when.en})` },
    purpose: {
      fr: 'Retenir les préférences du lecteur et détecter les problèmes du service.',
      en: 'Remember the player’s preferences and detect problems with the service.',
    },
    duration: months(6),
  }),
  row('YouTube (Google)', 'YSC', 'media', {
    service: { fr: `Vidéos intégrées (${when.fr})`, en: `Embedded videos (${when.en})` },
    purpose: {
      fr: 'Vérifier que les requêtes d’une session viennent bien du visiteur (sécurité).',
      en: 'Check that the requests of a session come from the visitor (security).',
    },
    duration: SESSION,
  }),
  row('YouTube (Google)', 'PREF', 'media', {
    service: { fr: `Vidéos intégrées (${when.fr})`, en: `Embedded videos (${when.en})` },
    purpose: {
      fr: 'Retenir les réglages de lecture (lecture automatique, taille du lecteur).',
      en: 'Remember playback settings (autoplay, player size).',
    },
    duration: months(8),
  }),
];
const YOUTUBE_SOURCES = ['https://policies.google.com/technologies/cookies', 'https://support.google.com/youtube/answer/171780'];

const frame = (category, src, title) =>
  `<iframe data-cookie-category="${category}" data-src="${src}" title="${title}" width="560" height="315" allowfullscreen></iframe>`;

/** @type {Omit<Preset, 'cookies' | 'cookiesIn'> & { rows: ReturnType<typeof row>[] }[]} */
const LIST = [
  {
    id: 'matomo',
    name: 'Matomo, with consent (script gated)',
    category: CATEGORIES.statistics,
    rows: [...matomoAudience('statistics'), matomoReferrer],
    sources: MATOMO_SOURCES,
    note:
      'Gate Matomo’s snippet: <script type="text/plain" data-cookie-category="statistics">…</script> (README "Gated scripts"). ' +
      'Nothing is measured before consent.',
  },
  {
    id: 'matomo-integration',
    name: 'Matomo, with consent through its own API ("matomo": true)',
    category: CATEGORIES.statistics,
    matomo: true,
    rows: [...matomoAudience('statistics'), matomoReferrer, ...matomoConsent],
    sources: MATOMO_SOURCES,
    note:
      'Keep Matomo’s snippet ungated, after the script without defer (README "Use it"): the element pushes requireConsent ' +
      'first, then setConsentGiven or forgetConsentGiven. Matomo sends nothing until consent. With "cookies" instead of true, ' +
      'Matomo measures without cookies until consent.',
  },
  {
    id: 'matomo-exempt',
    name: 'Matomo, CNIL-exempt set-up (no consent asked, can be refused)',
    category: CATEGORIES.audience,
    rows: matomoAudience('audience'),
    sources: [
      'https://matomo.org/faq/how-do-i-configure-matomo-without-tracking-consent-for-french-visitors-cnil-exemption',
      'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies-solutions-pour-les-outils-de-mesure-daudience',
      'https://matomo.org/faq/general/faq_146/',
    ],
    note:
      'Only with Matomo configured as its CNIL guide says (anonymised IP, cookies of 13 months at most, no cross-referencing). ' +
      'Gate its snippet with data-cookie-category="audience": it runs without asking and stops when the visitor switches it off.',
  },
  {
    id: 'ga4',
    name: 'Google Analytics 4, with Consent Mode',
    category: CATEGORIES.statistics,
    consentMode: { statistics: ['analytics_storage'] },
    // https://support.google.com/analytics/answer/11397207 ("[GA4] Cookie usage on websites"): _ga and
    // _ga_<container-id>, 2 years each by default.
    rows: [
      row('Google Analytics', '_ga', 'statistics', {
        service: { fr: 'Mesure d’audience (toutes les pages)', en: 'Audience measurement (every page)' },
        purpose: { fr: 'Distinguer les visiteurs.', en: 'Distinguish visitors.' },
        duration: years(2),
      }),
      row('Google Analytics', '_ga_*', 'statistics', {
        service: { fr: 'Mesure d’audience (toutes les pages)', en: 'Audience measurement (every page)' },
        purpose: { fr: 'Conserver l’état de la session de mesure.', en: 'Keep the state of the measured session.' },
        duration: years(2),
      }),
    ],
    sources: [
      'https://support.google.com/analytics/answer/11397207',
      'https://developers.google.com/tag-platform/security/guides/consent',
      'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies/FAQ',
    ],
    note:
      'Keep the gtag.js snippet ungated, after the script without defer (README "Use it"): consent default "denied" comes ' +
      'first. 2 years is Google’s default: the CNIL asks for 13 months at most (Admin > Data streams > Override cookie settings). ' +
      'With Google Ads linked, add an advertising category and map ad_storage, ad_user_data and ad_personalization to it.',
  },
  {
    id: 'gtm',
    name: 'Google Tag Manager, with Consent Mode',
    category: CATEGORIES.statistics,
    consentMode: { statistics: ['analytics_storage'] },
    // Tag Manager's container sets no cookie of its own; the tags it fires do (their presets give the rows).
    rows: [],
    sources: [
      'https://developers.google.com/tag-platform/security/guides/consent',
      'https://support.google.com/tagmanager/answer/10718549',
    ],
    note:
      'Tag Manager itself sets no cookie: add the presets of the tags it fires (ga4…). Keep its snippet ungated, after the ' +
      'script without defer, so that consent default comes before the gtm.js event.',
  },
  {
    id: 'piano',
    name: 'AT Internet / Piano Analytics, with consent',
    category: CATEGORIES.statistics,
    rows: [
      pianoVisitor('statistics'),
      row('Piano Analytics (AT Internet)', '_pctx', 'statistics', {
        service: { fr: 'Mesure d’audience (toutes les pages)', en: 'Audience measurement (every page)' },
        purpose: {
          fr: 'Conserver le contexte de la visite entre les outils Piano.',
          en: 'Keep the visit’s context between Piano’s tools.',
        },
        duration: months(13),
      }),
      pianoPrivacy('statistics'),
      row('Piano Analytics (AT Internet)', 'pa_user', 'statistics', {
        service: { fr: 'Mesure d’audience (toutes les pages)', en: 'Audience measurement (every page)' },
        purpose: {
          fr: 'Retenir les informations d’utilisateur transmises par le site.',
          en: 'Remember the user information the site sends.',
        },
        duration: months(13),
      }),
    ],
    sources: PIANO_SOURCES,
    note: 'Gate the Piano Analytics script with data-cookie-category="statistics". SDKs before 6.8 name them pa_vid, pa_user, pa_privacy.',
  },
  {
    id: 'piano-exempt',
    name: 'AT Internet / Piano Analytics, CNIL-exempt mode',
    category: CATEGORIES.audience,
    rows: [pianoVisitor('audience'), pianoPrivacy('audience')],
    sources: PIANO_SOURCES,
    note:
      'Only in Piano’s exempt consent mode, which sends the reduced set of properties the CNIL exempts. Gate its script with ' +
      'data-cookie-category="audience": it runs without asking and stops when the visitor switches it off.',
  },
  {
    id: 'youtube',
    name: 'YouTube (youtube.com embeds)',
    category: CATEGORIES.media,
    rows: youtubeRows({ fr: 'youtube.com', en: 'youtube.com' }),
    placeholder: {
      title: { fr: 'Vidéo YouTube', en: 'YouTube video' },
      snippet: frame('media', 'https://www.youtube.com/embed/VIDEO_ID', 'Vidéo YouTube : …'),
    },
    sources: YOUTUBE_SOURCES,
    note: 'youtube.com sets these as soon as the player loads: the frame is gated behind its placeholder until "media" is accepted.',
  },
  {
    id: 'youtube-nocookie',
    name: 'YouTube, privacy-enhanced mode (youtube-nocookie.com)',
    category: CATEGORIES.media,
    rows: youtubeRows({ fr: 'youtube-nocookie.com, à la lecture', en: 'youtube-nocookie.com, once played' }),
    placeholder: {
      title: { fr: 'Vidéo YouTube', en: 'YouTube video' },
      snippet: frame('media', 'https://www.youtube-nocookie.com/embed/VIDEO_ID', 'Vidéo YouTube : …'),
    },
    sources: YOUTUBE_SOURCES,
    note: 'Privacy-enhanced mode sets cookies only once the video is played, but the player still loads from Google: gate it all the same.',
  },
  {
    id: 'dailymotion',
    name: 'Dailymotion',
    category: CATEGORIES.media,
    // Names: Dailymotion's cookie policy (https://legal.dailymotion.com/en/cookie-policy/), as the peers
    // list them for the player (tarteaucitron's dailymotion service: ts, dmvk, hist, v1st, s_vi). The
    // policy gives no duration per cookie that we could check offline: none is given here.
    rows: [
      [
        'v1st',
        {
          fr: 'Identifier le navigateur pour la mesure d’audience du lecteur.',
          en: 'Identify the browser for the player’s audience measurement.',
        },
      ],
      ['ts', { fr: 'Mesurer l’audience du lecteur.', en: 'Measure the player’s audience.' }],
      ['dmvk', { fr: 'Identifier la session de lecture.', en: 'Identify the playback session.' }],
      ['hist', { fr: 'Retenir les vidéos vues.', en: 'Remember the videos watched.' }],
      [
        's_vi',
        { fr: 'Mesurer l’audience (Adobe Analytics, pour Dailymotion).', en: 'Measure the audience (Adobe Analytics, for Dailymotion).' },
      ],
    ].map(([name, purpose]) =>
      row('Dailymotion', name, 'media', { service: { fr: 'Vidéos intégrées', en: 'Embedded videos' }, purpose, duration: undefined }),
    ),
    placeholder: {
      title: { fr: 'Vidéo Dailymotion', en: 'Dailymotion video' },
      snippet: frame('media', 'https://geo.dailymotion.com/player.html?video=VIDEO_ID', 'Vidéo Dailymotion : …'),
    },
    sources: ['https://legal.dailymotion.com/en/cookie-policy/', 'https://developers.dailymotion.com/guides/embed/'],
    note: 'Check the durations against Dailymotion’s cookie policy when you publish the charter.',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    category: CATEGORIES.media,
    // https://help.vimeo.com/hc/en-us/articles/26080940921361 (the embeddable player's cookies): vuid 2
    // years, player 1 year. With ?dnt=1 the player sets none of them.
    rows: [
      row('Vimeo', 'vuid', 'media', {
        service: { fr: 'Vidéos intégrées', en: 'Embedded videos' },
        purpose: { fr: 'Mesurer l’audience des vidéos pour leur auteur.', en: 'Measure the videos’ audience for their owner.' },
        duration: years(2),
      }),
      row('Vimeo', 'player', 'media', {
        service: { fr: 'Vidéos intégrées', en: 'Embedded videos' },
        purpose: {
          fr: 'Retenir les réglages du lecteur (volume, qualité, sous-titres).',
          en: 'Remember the player’s settings (volume, quality, captions).',
        },
        duration: { fr: '1 an', en: '1 year' },
      }),
    ],
    placeholder: {
      title: { fr: 'Vidéo Vimeo', en: 'Vimeo video' },
      snippet: frame('media', 'https://player.vimeo.com/video/VIDEO_ID?dnt=1', 'Vidéo Vimeo : …'),
    },
    sources: ['https://help.vimeo.com/hc/en-us/articles/26080940921361', 'https://vimeo.com/cookie_policy'],
    note: 'With ?dnt=1 in the player’s URL Vimeo sets no new cookie; the frame still loads from Vimeo: gate it all the same.',
  },
  {
    id: 'x',
    name: 'X (Twitter) embeds',
    category: CATEGORIES.social,
    // https://help.x.com/en/rules-and-policies/x-cookies names the kinds of cookies, not each one; the names
    // and the 2 years are those the widgets set, as the peers' lists give them (guest_id, personalization_id).
    rows: [
      row('X (Twitter)', 'guest_id', 'social', {
        service: { fr: 'Publications X intégrées', en: 'Embedded X posts' },
        purpose: {
          fr: 'Identifier le navigateur d’un visiteur non connecté.',
          en: 'Identify the browser of a visitor who is not signed in.',
        },
        duration: years(2),
      }),
      row('X (Twitter)', 'personalization_id', 'social', {
        service: { fr: 'Publications X intégrées', en: 'Embedded X posts' },
        purpose: { fr: 'Personnaliser les contenus et la publicité sur X.', en: 'Personalise content and advertising on X.' },
        duration: years(2),
      }),
    ],
    placeholder: {
      title: { fr: 'Publication X', en: 'X post' },
      snippet:
        '<blockquote class="twitter-tweet"><a href="https://x.com/ACCOUNT/status/POST_ID">Publication sur X</a></blockquote>\n' +
        '<script type="text/plain" data-cookie-category="social" data-src="https://platform.twitter.com/widgets.js" async></script>',
    },
    sources: [
      'https://help.x.com/en/rules-and-policies/x-cookies',
      'https://developer.x.com/en/docs/x-for-websites/embedded-tweets/overview',
    ],
    note: 'A gated script, not a frame: until "social" is accepted the post shows as the plain quote and link (no placeholder).',
  },
  {
    id: 'facebook',
    name: 'Facebook embeds',
    category: CATEGORIES.social,
    // Meta's cookie policy, https://www.facebook.com/privacy/policies/cookies/: datr 2 years, sb 2 years, fr 90 days.
    rows: [
      row('Facebook (Meta)', 'datr', 'social', {
        service: { fr: 'Publications Facebook intégrées', en: 'Embedded Facebook posts' },
        purpose: { fr: 'Identifier le navigateur, pour la sécurité du service.', en: 'Identify the browser, for the service’s security.' },
        duration: years(2),
      }),
      row('Facebook (Meta)', 'sb', 'social', {
        service: { fr: 'Publications Facebook intégrées', en: 'Embedded Facebook posts' },
        purpose: {
          fr: 'Identifier le navigateur, pour la connexion et sa sécurité.',
          en: 'Identify the browser, for signing in and its security.',
        },
        duration: years(2),
      }),
      row('Facebook (Meta)', 'fr', 'social', {
        service: { fr: 'Publications Facebook intégrées', en: 'Embedded Facebook posts' },
        purpose: { fr: 'Diffuser et mesurer la publicité de Meta.', en: 'Deliver and measure Meta’s advertising.' },
        duration: { fr: '90 jours', en: '90 days' },
      }),
    ],
    placeholder: {
      title: { fr: 'Publication Facebook', en: 'Facebook post' },
      snippet: frame('social', 'https://www.facebook.com/plugins/post.php?href=POST_URL', 'Publication Facebook : …'),
    },
    sources: ['https://www.facebook.com/privacy/policies/cookies/', 'https://developers.facebook.com/docs/plugins/embedded-posts/'],
  },
  {
    id: 'google-maps',
    name: 'Google Maps embeds',
    category: CATEGORIES.media,
    // https://policies.google.com/technologies/cookies: NID expires 6 months after the last use.
    rows: [
      row('Google Maps (Google)', 'NID', 'media', {
        service: { fr: 'Cartes intégrées', en: 'Embedded maps' },
        purpose: {
          fr: 'Retenir les préférences du visiteur (langue, réglages).',
          en: 'Remember the visitor’s preferences (language, settings).',
        },
        duration: months(6),
      }),
    ],
    placeholder: {
      title: { fr: 'Carte Google Maps', en: 'Google Maps map' },
      snippet: frame('media', 'https://www.google.com/maps/embed?pb=MAP_ID', 'Carte : …').replace(' allowfullscreen', ''),
    },
    sources: ['https://policies.google.com/technologies/cookies', 'https://developers.google.com/maps/documentation/embed/get-started'],
  },
];

/** @type {Record<string, Preset>} id → preset */
export const presets = Object.fromEntries(
  LIST.map(({ rows, ...preset }) => {
    const cookiesIn = rowsIn(rows);
    return [preset.id, { ...preset, cookies: cookiesIn.fr, cookiesIn }];
  }),
);

/** The category a row is in: `necessary` when it names none. */
const categoryOfRow = (r) => r.category ?? 'necessary';

/**
 * `config` with the presets' categories, rows and settings merged in: a category the config already has
 * is kept as it is (its texts are the portal's), a cookie name it already lists is not added again,
 * Consent Mode types are added to those of the category. `config` is not changed.
 *
 * A name the config lists in another category (`_ga` under `ads`, then `ga4`) is not added either: one
 * name in two categories would be deleted when either is refused. `onSkipped` is told, to warn.
 *
 * @param {Config | undefined} config
 * @param {string[]} ids
 * @param {{ lang?: string, onSkipped?: (skipped: { preset: string, row: Row, category: string }) => void }} [options]
 *   the language of the rows (`fr` by default; `en`); told of each row left out because its name is in another category
 * @returns {Config}
 */
export function applyPresets(config, ids, { lang = 'fr', onSkipped } = {}) {
  const unknown = ids.filter((id) => !Object.hasOwn(presets, id));
  if (unknown.length)
    throw new Error(
      `cookie-charter: unknown preset${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} (known: ${Object.keys(presets).join(', ')})`,
    );
  /** @type {Config} */
  const out = JSON.parse(JSON.stringify(config ?? {}));
  const categories = (out.categories ??= []);
  const cookies = (out.cookies ??= []);
  /** Each cookie name listed, and its category. */
  const listed = new Map(cookies.map((r) => [r.name, categoryOfRow(r)]));
  for (const id of ids) {
    const preset = presets[id];
    let category = categories.find((c) => c.id == preset.category.id);
    if (!category) categories.push((category = structuredClone(preset.category)));
    if (preset.matomo && category.matomo === undefined) category.matomo = preset.matomo;
    for (const r of preset.cookiesIn[lang] ?? preset.cookies) {
      const there = listed.get(r.name);
      if (there === undefined) {
        listed.set(r.name, categoryOfRow(r));
        cookies.push({ ...r });
      } else if (there != categoryOfRow(r)) onSkipped?.({ preset: id, row: r, category: there });
    }
    for (const [categoryId, types] of Object.entries(preset.consentMode ?? {})) {
      out.consentMode ??= {};
      out.consentMode[categoryId] = [...new Set([...(out.consentMode[categoryId] ?? []), ...types])];
    }
  }
  return out;
}
