import { CONFIDENCE, type Candidate } from "./candidate.js";
import type { Gazetteer } from "./gazetteer.js";

/**
 * A country's development plan is named «رؤية» + the country + its target year («رؤية السعودية
 * 2030», «رؤية عُمان 2040», «رؤية قطر الوطنية 2030»): one PRODUCT without id, as a programme's
 * name is; the country inside it is no LOCATION of its own, nor the year a DATE. A proclitic on
 * «رؤية» stays outside («لرؤية», «ولرؤية»).
 */
const VISION = "رؤية ";
const PROCLITICS = "وفبلك";
/** After the country: «الوطنية» perhaps, then a target year of this century. */
const AFTER_COUNTRY = /^(?: الوطنية)? (20\d\d)(?![\p{N}\p{L}])/u;

/** `accepted` (sorted, disjoint) with each national vision made one PRODUCT. */
export function withNationalVisions(accepted: Candidate[], source: string, gazetteer: Gazetteer): Candidate[] {
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    if (c.type !== "LOCATION" || c.entry === undefined || c.prefix !== undefined) continue;
    const start = c.start - VISION.length;
    // «ة» and a space right before the country: one code settles most places.
    if (source.charCodeAt(c.start - 2) !== TEH_MARBUTA || !source.startsWith(VISION, start) || start < (accepted[i - 1]?.end ?? 0)) continue;
    if (gazetteer.entries[c.entry]!.kind !== "country") continue;
    const after = AFTER_COUNTRY.exec(source.slice(c.end, c.end + 16));
    if (after === null) continue;
    const end = c.end + after[0].length;
    // «رؤية» starts a word, or one or two proclitic letters do («لرؤية», «ولرؤية»).
    let wordStart = start;
    while (wordStart > start - 2 && wordStart > 0 && PROCLITICS.includes(source[wordStart - 1]!)) wordStart--;
    if (wordStart > 0 && isArabicLetter(source.charCodeAt(wordStart - 1))) continue;
    // The year may have been read as a DATE: the vision's name holds it.
    let last = i;
    while (last + 1 < accepted.length && accepted[last + 1]!.start < end) last++;
    if (accepted.slice(i + 1, last + 1).some((other) => other.end > end)) continue;
    const vision: Candidate = { start, end, type: "PRODUCT", confidence: CONFIDENCE.context, source: "context" };
    if (wordStart < start) vision.prefix = source.slice(wordStart, start);
    accepted.splice(i, last - i + 1, vision);
  }
  return accepted;
}

const TEH_MARBUTA = 0x629;

function isArabicLetter(code: number): boolean {
  return code >= 0x621 && code <= 0x65f;
}
