import type { Candidate } from "./candidate.js";

/**
 * An Arab company's official name is «الشركة» and a country's adjective and what it does
 * («الشركة المصرية للاتصالات», «الشركة السعودية للكهرباء»); news often drops «الشركة»
 * («المصرية للاتصالات»), and the gazetteer may list only that short form. Where the text
 * writes «الشركة» right before a listed company named so, the span takes it: the official
 * name is one entity, with the company's id. A proclitic on «الشركة» stays outside («والشركة»).
 */
const COMPANY_NOUN = "الشركة ";
/** A name that starts with a feminine adjective of origin, «ال…ية» («المصرية», «الوطنية»). */
const ADJECTIVE_FIRST = /^ال[\u0621-\u064a]+ية(?:\s|$)/u;
const PROCLITICS = "وفبل";

/** `accepted` (sorted, disjoint) with «الشركة» joined to the listed company named by an adjective after it. */
export function withOfficialCompanyNames(accepted: Candidate[], source: string): Candidate[] {
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    if (c.type !== "ORG" || c.entry === undefined || c.prefix !== undefined) continue;
    const start = c.start - COMPANY_NOUN.length;
    // One code first: most names have no «ة» and a space right before them.
    if (start < (accepted[i - 1]?.end ?? 0) || source.charCodeAt(c.start - 2) !== TEH_MARBUTA) continue;
    if (!source.startsWith(COMPANY_NOUN, start) || !ADJECTIVE_FIRST.test(source.slice(c.start, c.end))) continue;
    // «الشركة» starts a word, or follows one proclitic letter that starts it.
    const before = source.charCodeAt(start - 1);
    const prefixed = start > 0 && PROCLITICS.includes(source[start - 1]!) && !isLetter(source.charCodeAt(start - 2));
    if (start > 0 && isLetter(before) && !prefixed) continue;
    accepted[i] = { ...c, start, ...(prefixed ? { prefix: source[start - 1]! } : {}) };
  }
  return accepted;
}

const TEH_MARBUTA = 0x629;

/** An Arabic letter or mark, or an ASCII letter or digit: a word goes on across it. */
function isLetter(code: number): boolean {
  return (code >= 0x621 && code <= 0x65f) || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}
