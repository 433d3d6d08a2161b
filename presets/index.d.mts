// Types of presets/index.mjs (plain JavaScript, imported by the configurator page in the browser).
// The element's JSON as a portal writes it (README "The JSON"): every key optional, as in the input, where the
// element's own types (dist/types/config.d.ts) describe the configuration once checked.
export type Localized = string | Record<string, string>;
export interface Category {
  id: string;
  label: Localized;
  description?: Localized;
  exempt?: boolean;
  matomo?: true | 'cookies';
}
export interface PresetRow {
  provider: string;
  service: string;
  name: string;
  purpose: string;
  category?: string;
  duration?: string;
}
export interface Config {
  categories?: Category[];
  cookies?: PresetRow[];
  texts?: Record<string, Record<string, string>>;
  consentMode?: Record<string, string[]>;
}

export interface Preset {
  id: string;
  name: string;
  /** The category its rows go in, added when the configuration has none of that id. */
  category: Category;
  /** Rows exactly as the element's JSON takes them, in French. */
  cookies: PresetRow[];
  /** The same rows per language (`fr`, `en`). */
  cookiesIn: Record<string, PresetRow[]>;
  consentMode?: Record<string, string[]>;
  matomo?: true | 'cookies';
  /** A gated frame's title for its placeholder, and the markup to paste. */
  placeholder?: { title: Record<string, string>; snippet: string };
  /** The vendor's own documentation pages. */
  sources: string[];
  note?: string;
}

export const presets: Record<string, Preset>;

/** A preset's row left out: its name is already listed in `category`, another category than the row's. */
export interface SkippedRow {
  preset: string;
  row: PresetRow;
  category: string;
}

/**
 * A new configuration with the presets' categories, rows and settings merged in; throws on an unknown id.
 * A name already listed is not added again; `onSkipped` is told when it is listed in another category.
 */
export function applyPresets(
  config: Config | undefined,
  ids: string[],
  options?: { lang?: string; onSkipped?: (skipped: SkippedRow) => void },
): Config;
