/** The script-tag entry: defines `<cookie-charter>`, once, even if the script is included twice. */
import { CookieCharter } from './cookie-charter.js';

if (!customElements.get('cookie-charter')) customElements.define('cookie-charter', CookieCharter);
