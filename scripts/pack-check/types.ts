// Strict TypeScript against the installed package's declarations (tsc -p tsconfig.json).
import 'cookie-charter/define';
import type { CookieCharter, CookieCharterChangeDetail, CookieCharterConfig } from 'cookie-charter';

const config: CookieCharterConfig = { categories: [{ id: 'statistics', label: { fr: 'Statistiques', en: 'Statistics' } }] };
const el: CookieCharter = document.createElement('cookie-charter');
el.config = config;
const start: Promise<CookieCharterChangeDetail | null> = el.ready;
el.addEventListener('cookie-charter-change', (event) => event.detail.choices.statistics satisfies boolean | undefined);
export const granted = async (): Promise<boolean> => !!(await start)?.choices.statistics || el.has('statistics');
