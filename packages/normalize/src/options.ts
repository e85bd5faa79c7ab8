/** The name of a preset: a ready-made set of options. */
export type PresetName = "search" | "display" | "none";

/**
 * Which operations to run. Every field switches one operation on its own; fields left out
 * come from `preset` (default `"search"`). Use `preset: "none"` to start from nothing.
 */
export interface NormalizeOptions {
  /** Starting point that the other fields override. Default `"search"`. */
  preset?: PresetName;
  /** Canonical composition (NFC) of clusters with an Arabic base, first: ا + U+0654 → أ. */
  nfc?: boolean;
  /** Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) → base letters by NFKC: ﻷ → لأ. */
  presentationForms?: boolean;
  /** Remove zero-width and bidi controls (U+200B–200F, U+202A–202E, U+2066–2069, U+061C, U+FEFF). */
  removeControls?: boolean;
  /** With `removeControls`, keep ZERO WIDTH NON-JOINER U+200C (Persian/Urdu spelling). */
  keepZwnj?: boolean;
  /** NBSP and other space characters → U+0020 (tab is kept). */
  spaces?: boolean;
  /** CRLF and CR → LF. */
  newlines?: boolean;
  /** Remove harakat, superscript alef, Quranic marks and the other Arabic combining marks. */
  diacritics?: boolean;
  /** Remove tatweel U+0640. */
  tatweel?: boolean;
  /** أ إ آ ٱ → ا. */
  foldAlef?: boolean;
  /** `"ي"`: ى → ي; `"ى"`: ي → ى (Egyptian style); `false`: leave both. */
  foldYeh?: "ي" | "ى" | false;
  /** ة → ه. */
  foldTehMarbuta?: boolean;
  /** ؤ → و and ئ → ي. */
  foldHamzaCarriers?: boolean;
  /** Persian/Urdu letters → Arabic: ک → ك, ی ے → ي, ۀ ہ ھ → ه. */
  foldPersian?: boolean;
  /**
   * `"latn"`: Arabic-Indic ٠–٩ and Persian ۰–۹ → 0–9. `"arab"`: 0–9 → ٠–٩ in words without
   * letters of other scripts (so "GPT-4.5" and "v2.0" stay). `false`: leave digits.
   */
  digits?: "latn" | "arab" | false;
  /** ٫ → ".", ٬ → ",", ٪ → "%". */
  numberSeparators?: boolean;
  /** Latin , ; ? after an Arabic word and before an Arabic word or the line end → ، ؛ ؟. */
  arabicPunctuation?: boolean;
  /** In lines holding Arabic: no space before . ، ؛ : ؟ ! ) , ; ? and none after (. */
  spacingPunctuation?: boolean;
  /** In a line, a mismatched pair ” … ” becomes “ … ”. */
  quotes?: boolean;
  /** Runs of U+0020 spaces → one space (line breaks are kept). */
  collapseSpaces?: boolean;
}

/** Every option resolved to a value (what the normalizer runs with). */
export interface ResolvedOptions {
  nfc: boolean;
  presentationForms: boolean;
  removeControls: boolean;
  keepZwnj: boolean;
  spaces: boolean;
  newlines: boolean;
  diacritics: boolean;
  tatweel: boolean;
  foldAlef: boolean;
  foldYeh: "ي" | "ى" | false;
  foldTehMarbuta: boolean;
  foldHamzaCarriers: boolean;
  foldPersian: boolean;
  digits: "latn" | "arab" | false;
  numberSeparators: boolean;
  arabicPunctuation: boolean;
  spacingPunctuation: boolean;
  quotes: boolean;
  collapseSpaces: boolean;
}

const NONE: ResolvedOptions = {
  nfc: false,
  presentationForms: false,
  removeControls: false,
  keepZwnj: false,
  spaces: false,
  newlines: false,
  diacritics: false,
  tatweel: false,
  foldAlef: false,
  foldYeh: false,
  foldTehMarbuta: false,
  foldHamzaCarriers: false,
  foldPersian: false,
  digits: false,
  numberSeparators: false,
  arabicPunctuation: false,
  spacingPunctuation: false,
  quotes: false,
  collapseSpaces: false,
};

const HYGIENE = {
  nfc: true,
  presentationForms: true,
  removeControls: true,
  keepZwnj: false,
  spaces: true,
  newlines: true,
} as const;

/**
 * The presets. `search`: what a search index wants (hygiene, diacritics, tatweel, letter
 * folding, digits to ASCII; Lucene ArabicNormalizer-compatible on Arabic words).
 * `display`: a cleaner text for people, orthography unchanged (hygiene keeping ZWNJ, tatweel,
 * punctuation, quotes and spacing fixes; digits left alone).
 */
export const PRESETS: Readonly<Record<PresetName, Readonly<ResolvedOptions>>> = Object.freeze({
  none: Object.freeze({ ...NONE }),
  search: Object.freeze({
    ...NONE,
    ...HYGIENE,
    diacritics: true,
    tatweel: true,
    foldAlef: true,
    foldYeh: "ي" as const,
    foldTehMarbuta: true,
    foldHamzaCarriers: true,
    foldPersian: true,
    digits: "latn" as const,
    numberSeparators: true,
  }),
  display: Object.freeze({
    ...NONE,
    ...HYGIENE,
    keepZwnj: true,
    tatweel: true,
    arabicPunctuation: true,
    spacingPunctuation: true,
    quotes: true,
    collapseSpaces: true,
  }),
});

/** A short printable form of any value, for error messages. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "an array" : "an object";
}

const BOOLEAN_KEYS = Object.keys(NONE).filter(
  (key) => key !== "foldYeh" && key !== "digits",
) as Array<keyof ResolvedOptions>;

/**
 * Resolves a preset name or options object to every option's value.
 * @throws TypeError naming `options` (or the bad field) when the value is not valid.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return PRESETS.search;
  if (typeof options === "string") {
    if (options === "search" || options === "display" || options === "none") return PRESETS[options];
    throw new TypeError(`options must be "search", "display", "none" or an options object, got "${options}"`);
  }
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(
      `options must be "search", "display", "none" or an options object, got ${options === null ? "null" : typeof options}`,
    );
  }
  const given = options as Record<string, unknown>;
  const preset = given.preset ?? "search";
  if (preset !== "search" && preset !== "display" && preset !== "none") {
    throw new TypeError(`options.preset must be "search", "display" or "none", got ${describe(preset)}`);
  }
  const resolved: ResolvedOptions = { ...PRESETS[preset] };
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (key === "preset" || value === undefined) continue;
    if (key === "foldYeh") {
      if (value !== "ي" && value !== "ى" && value !== false) {
        throw new TypeError(`options.foldYeh must be "ي", "ى" or false, got ${describe(value)}`);
      }
      resolved.foldYeh = value;
    } else if (key === "digits") {
      if (value !== "latn" && value !== "arab" && value !== false) {
        throw new TypeError(`options.digits must be "latn", "arab" or false, got ${describe(value)}`);
      }
      resolved.digits = value;
    } else if ((BOOLEAN_KEYS as string[]).includes(key)) {
      if (typeof value !== "boolean") {
        throw new TypeError(`options.${key} must be a boolean, got ${typeof value}`);
      }
      (resolved as unknown as Record<string, boolean>)[key] = value;
    } else {
      throw new TypeError(`options.${key} is not a known option`);
    }
  }
  return resolved;
}
