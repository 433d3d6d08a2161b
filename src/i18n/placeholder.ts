/**
 * Texts of the placeholder that stands in for a gated frame (part of the enforcing part).
 * `{title}` is the frame's title, `{providers}` its category's providers, `{category}` its label.
 */
export const placeholderFr = {
  placeholderText:
    '«\u00a0{title}\u00a0» est fourni par {providers}, qui dépose des cookies («\u00a0{category}\u00a0»). Il s’affichera si vous les acceptez.',
  placeholderButton: 'Accepter «\u00a0{category}\u00a0» et afficher',
};

export const placeholderEn: typeof placeholderFr = {
  placeholderText: '“{title}” is provided by {providers}, which sets cookies (“{category}”). It will show once you accept them.',
  placeholderButton: 'Accept “{category}” and show it',
};
