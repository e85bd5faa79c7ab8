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

// Every option in the order ResolvedOptions lists them; all but foldYeh and digits are booleans.
const KEYS = ("nfc presentationForms removeControls keepZwnj spaces newlines diacritics tatweel foldAlef foldYeh " +
  "foldTehMarbuta foldHamzaCarriers foldPersian digits numberSeparators arabicPunctuation spacingPunctuation quotes " +
  "collapseSpaces").split(" ") as Array<keyof ResolvedOptions>;

/** The values a field may take when it is not a boolean (presets included). */
const CHOICES: Record<string, readonly unknown[]> = {
  preset: ["search", "display", "none"],
  foldYeh: ["ي", "ى", false],
  digits: ["latn", "arab", false],
};

const HYGIENE = "nfc presentationForms removeControls spaces newlines ";

/** A frozen preset: the options named in `on` true, `values` as given, the rest off (`false`). */
function preset(on: string, values: Partial<ResolvedOptions> = {}): Readonly<ResolvedOptions> {
  const options: Record<string, unknown> = {};
  for (const key of KEYS) options[key] = values[key] ?? on.split(" ").includes(key);
  return Object.freeze(options as unknown as ResolvedOptions);
}

/**
 * The presets. `search`: what a search index wants (hygiene, diacritics, tatweel, letter
 * folding, digits to ASCII; Lucene ArabicNormalizer-compatible on Arabic words).
 * `display`: a cleaner text for people, orthography unchanged (hygiene keeping ZWNJ, tatweel,
 * punctuation, quotes and spacing fixes; digits left alone).
 */
export const PRESETS: Readonly<Record<PresetName, Readonly<ResolvedOptions>>> = Object.freeze({
  none: preset(""),
  search: preset(HYGIENE + "diacritics tatweel foldAlef foldTehMarbuta foldHamzaCarriers foldPersian numberSeparators", {
    foldYeh: "ي",
    digits: "latn",
  }),
  display: preset(HYGIENE + "keepZwnj tatweel arabicPunctuation spacingPunctuation quotes collapseSpaces"),
});

/** A short printable form of any value, for error messages. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "a function";
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "an array" : "an object";
}

/** `"a", "b" or c`: the choices as an error message lists them. */
function listChoices(choices: readonly unknown[]): string {
  return choices.slice(0, -1).map(describe).join(", ") + " or " + describe(choices.at(-1));
}

/**
 * Resolves a preset name or options object to every option's value.
 * @throws TypeError naming `options` (or the bad field) when the value is not valid.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return PRESETS.search;
  if (CHOICES.preset!.includes(options)) return PRESETS[options as PresetName];
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`options must be a preset (${listChoices(CHOICES.preset!)}) or an options object, got ${describe(options)}`);
  }
  const given = options as Record<string, unknown>;
  const resolved: Record<string, unknown> = { ...PRESETS[(given.preset ?? "search") as PresetName] };
  for (const key of ["preset", ...Object.keys(given)]) {
    const value = given[key];
    const choices = CHOICES[key] ?? (KEYS.includes(key as keyof ResolvedOptions) ? [true, false] : null);
    if (value === undefined) continue;
    if (choices === null) throw new TypeError(`options.${key} is not a known option`);
    if (!choices.includes(value)) throw new TypeError(`options.${key} must be ${listChoices(choices)}, got ${describe(value)}`);
    if (key !== "preset") resolved[key] = value;
  }
  return resolved as unknown as ResolvedOptions;
}
