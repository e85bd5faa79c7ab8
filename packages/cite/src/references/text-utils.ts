/** Direction of a run of text, decided from all of its letters (never from the first one only). */
export type Direction = "ltr" | "rtl";

// Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). Removed from
// field values because the formatter adds its own balanced isolates; a stray PDI in a title would
// otherwise close the formatter's isolate early.
const PAIRED_BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Code points of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, … and their presentation forms). */
function isRtlCodePoint(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefc) ||
    (cp >= 0x10800 && cp <= 0x10fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff)
  );
}

const LETTER = /\p{L}/u;

/** Arabic-block code points that are not letters: digits, punctuation, harakat. */
function isArabicNonLetter(cp: number): boolean {
  return (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06f0 && cp <= 0x06f9) || (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 ||
    (cp >= 0x0600 && cp <= 0x061f) || (cp >= 0x066a && cp <= 0x066d) || cp === 0x06d4 || (cp >= 0x06d6 && cp <= 0x06ed);
}

/** Counts strong right-to-left and left-to-right letters (ASCII and Arabic without a regex: hot path). */
export function letterCounts(text: string): { rtl: number; ltr: number } {
  let rtl = 0;
  let ltr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) ltr++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    if (cp > 0xffff) i++;
    if (isRtlCodePoint(cp)) {
      if (cp >= 0x0600 && cp <= 0x06ff ? !isArabicNonLetter(cp) : LETTER.test(String.fromCodePoint(cp))) rtl++;
    } else if (LETTER.test(String.fromCodePoint(cp))) {
      ltr++;
    }
  }
  return { rtl, ltr };
}

/** True when the string holds any letter of a right-to-left script. */
export function hasRtl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0590 && (isRtlCodePoint(c) || (c >= 0xd800 && c <= 0xdbff))) {
      const cp = text.codePointAt(i) ?? c;
      if (isRtlCodePoint(cp)) return true;
    }
  }
  return false;
}

/**
 * The direction of a field: right-to-left when it has right-to-left letters and either the item's
 * language is written right to left or they are at least as many as the Latin ones; left-to-right
 * when it has letters otherwise; `fallback` (the entry's direction) when it has no letters at all.
 */
export function fieldDirection(text: string, itemIsRtl: boolean, fallback: Direction): Direction {
  const { rtl, ltr } = letterCounts(text);
  if (rtl > 0 && (itemIsRtl || rtl >= ltr)) return "rtl";
  if (ltr > 0 || rtl > 0) return "ltr";
  return fallback;
}

/**
 * Makes a field value safe to print: replaces lone surrogates with U+FFFD, removes paired bidi
 * controls, folds line breaks and runs of white space into one space, and trims.
 */
export function cleanText(value: unknown): string {
  if (typeof value !== "string") {
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    return "";
  }
  const wellFormed = toWellFormed(value);
  return wellFormed.replace(PAIRED_BIDI_CONTROLS, "").replace(/\s+/g, " ").trim();
}

function toWellFormed(text: string): string {
  const native = (text as { toWellFormed?: () => string }).toWellFormed;
  if (typeof native === "function") return native.call(text);
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

const ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";

/** Writes ASCII digits with Arabic-Indic digits when `digits` is "arab". */
export function localizeDigits(text: string, digits: "latn" | "arab"): string {
  if (digits === "latn") return text;
  return text.replace(/\d/g, (d) => ARABIC_INDIC_DIGITS[d.charCodeAt(0) - 48] ?? d);
}

/** Last character of a string that is not white space or a bidi control, "" when none. */
export function lastVisibleChar(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i] ?? "";
    if (!/[\s\u2066-\u2069\u200E\u200F\u061C]/.test(ch)) return ch;
  }
  return "";
}
