/**
 * Parses a folded number lexeme ("13.75", "1,000,000", "13,75") into its
 * digits and decimal places, or null when it is not a plain number ("11:02",
 * "1.2.3", "1,00,0"). Keeping the digits as a string lets amounts be scaled
 * exactly: 13.75 × 10⁹ is 1375 × 10⁷, never 13749999999.999998.
 */
export interface Numeral {
  /** All digits, no separators, leading zeros kept ("1375"). */
  digits: string;
  /** How many of them are after the decimal point (2). */
  decimals: number;
  value: number;
}

const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_POINT = /^\d+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

export function parseNumeral(text: string): Numeral | null {
  // Most numbers are plain digits: the answer DECIMAL_POINT below gives, without it.
  if (isDigits(text, 1, Infinity)) return { digits: text, decimals: 0, value: Number(text) };
  let normalized: string;
  if (DECIMAL_POINT.test(text)) normalized = text;
  else if (THOUSANDS.test(text)) normalized = text.replaceAll(",", "");
  // "13,75": a comma followed by one or two digits is a decimal comma (Maghreb, Europe).
  else if (DECIMAL_COMMA.test(text)) normalized = text.replace(",", ".");
  else return null;
  const point = normalized.indexOf(".");
  const digits = normalized.replace(".", "");
  const decimals = point < 0 ? 0 : normalized.length - point - 1;
  return { digits, decimals, value: Number(normalized) };
}

/** `numeral × scale`, exact whenever the result is an integer below 2⁵³. */
export function scaleNumeral(numeral: Numeral, scale: number): number {
  const power = Math.round(Math.log10(scale));
  if (10 ** power === scale && power >= numeral.decimals) {
    return Number(numeral.digits) * 10 ** (power - numeral.decimals);
  }
  return Number((numeral.value * scale).toPrecision(15));
}

/** A plain integer lexeme ("2025", "3") or null. */
export function parseInteger(text: string): number | null {
  return isDigits(text, 1, 6) ? Number(text) : null;
}

/**
 * Whether `text` is `min` to `max` ASCII digits and nothing else — what
 * /^\d{min,max}$/ tests, without a regular expression: the matchers ask it of
 * every number several times.
 */
export function isDigits(text: string, min: number, max: number): boolean {
  if (text.length < min || text.length > max) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}
