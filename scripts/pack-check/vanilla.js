// Import, then listen: the element in the page connects (and fires its start event) while the import
// defines it, before the next line runs.
import 'cookie-charter/define';
import { seen } from './config.js';

const el = document.querySelector('cookie-charter');
const show = (state) => (document.getElementById('state').textContent = JSON.stringify(state?.choices ?? null));
el.addEventListener('cookie-charter-change', (event) => {
  seen.events.push(event.detail);
  show(event.detail);
});
el.ready.then((state) => {
  seen.ready = state;
  if (!seen.events.length) show(state);
});
