// Whether a request goes to another site: hosts are compared by registrable domain, the public
// suffix plus one label, so that stats.data.villedavray.fr is the same site as data.villedavray.fr.
// Not the whole Public Suffix List (no download, no dependency): the one-label suffixes (.fr, .com…)
// plus the multi-label ones a French public portal or its usual providers meet; a suffix not listed
// here counts as one label, which can only merge two sites under it, never split one.

/** Multi-label public suffixes: the registrable domain is one label more than these. */
export const multiLabelSuffixes = new Set([
  // France: the public sector and the AFNIC's sector domains
  'gouv.fr',
  'asso.fr',
  'nom.fr',
  'prd.fr',
  'presse.fr',
  'tm.fr',
  'com.fr',
  'cci.fr',
  'greta.fr',
  // Overseas and neighbours
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.au',
  'co.nz',
  'co.jp',
  'com.br',
  'co.za',
  // Hosting platforms where each sub-domain is its own site
  'github.io',
  'gitlab.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'herokuapp.com',
  'azurewebsites.net',
  'cloudfront.net',
  'appspot.com',
  'blogspot.com',
  'web.app',
  'firebaseapp.com',
]);

/**
 * @param {string} host a URL's hostname
 * @returns {string} its registrable domain (the host itself for an IP address or a one-label name)
 */
export function registrableDomain(host) {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(name) || name.includes(':') || name.startsWith('[')) return name;
  const labels = name.split('.');
  for (let cut = 1; cut < labels.length - 1; cut++) {
    if (multiLabelSuffixes.has(labels.slice(cut).join('.'))) return labels.slice(cut - 1).join('.');
  }
  return labels.slice(-2).join('.');
}

/** Whether two hosts belong to the same site. */
export const sameSite = (a, b) => registrableDomain(a) === registrableDomain(b);
