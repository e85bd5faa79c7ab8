/**
 * Quotes and brackets around names. Arabic news quotes the names of local firms and
 * products («شركة «دفعتك»», «منصة «توصيلة»») and puts a short form in brackets after the
 * full one («السوق المالية السعودية (تداول)»): the quotes say where a name starts and ends.
 * Offsets are into the normalized text the key stream was scanned from.
 */

/** Quotes and brackets that may enclose a name, and their closing counterparts (same order). */
const OPENERS = "«“\"(";
const CLOSERS = "»”\")";
const OPENER_CODES = Array.from(OPENERS, (ch) => ch.charCodeAt(0));
const CLOSER_CODES = Array.from(CLOSERS, (ch) => ch.charCodeAt(0));
/** Index in OPENERS of the first bracket: a trigger's name is quoted, a bracket holds a gloss. */
export const FIRST_BRACKET = 3;
/** Characters that may join the words of a quoted name («ألفاريز-تورنر», «Allen & Co»). */
const IN_NAME_CODES = Array.from(" -&'’_·\u00a0", (ch) => ch.charCodeAt(0));

/** 1 at each code of OPENERS: the key stream asks it before each word after a break (keyStream.ts). */
export const IS_OPENER = new Uint8Array(0x10000);
for (const code of OPENER_CODES) IS_OPENER[code] = 1;

/** The index in OPENERS of the one opener among spaces in norm[from, to), or -1. */
export function openerBetween(norm: string, from: number, to: number): number {
  let opener = -1;
  for (let i = from; i < to; i++) {
    const code = norm.charCodeAt(i);
    if (code === 0x20) continue;
    const k = opener < 0 ? OPENER_CODES.indexOf(code) : -1;
    if (k < 0) return -1;
    opener = k;
  }
  return opener;
}

/**
 * 1 when norm[from, to) closes the quote `opener` before anything but in-name characters,
 * -1 when it breaks off otherwise, 0 when it goes on.
 */
export function closerAfter(norm: string, from: number, to: number, opener: number): number {
  for (let i = from; i < to; i++) {
    const code = norm.charCodeAt(i);
    if (code === CLOSER_CODES[opener]) return 1;
    if (!IN_NAME_CODES.includes(code)) return -1;
  }
  return 0;
}

/** Is `code` an opening quote: « " “ (not a bracket)? Codes, not strings: asked at every name. */
export function isQuoteOpener(code: number): boolean {
  return code === 0xab || code === 0x22 || code === 0x201c;
}

/** Is `code` a closing quote: » " ” ? */
export function isQuoteCloser(code: number): boolean {
  return code === 0xbb || code === 0x22 || code === 0x201d;
}
