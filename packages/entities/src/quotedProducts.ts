import { CONFIDENCE, type Candidate } from "./candidate.js";
import { isQuoteOpener } from "./quotes.js";
import variants from "../data/name-variants.json";

/**
 * A company's name and one or two more words in quotes name one of its products or services:
 * «"فودافون كاش"», «"سامسونج باي"», «"Orange Money"». The quotes hold one name, so the
 * company's name alone is not the entity there: the quoted words are a PRODUCT (with no id:
 * the gazetteer does not list it). Words that go on a company's own name («"كورك تيليكوم"»,
 * data/name-variants.json `arabicOrgWords`, and the Latin `orgSuffixes`) extend the company,
 * and so does a place: «"stc الكويت"» is stc's unit in Kuwait (linked to stc while the unit is
 * not listed), «"ستارغيت الإمارات"» Stargate's project there. What the company does, with
 * «لل…», names one of its companies (an ORG without id: «"إيرباص للدفاع والفضاء"»).
 */
const ORG_WORDS: ReadonlySet<string> = new Set([...variants.arabicOrgWords, ...variants.orgSuffixes.map((word) => word.toLowerCase())]);
const CLOSERS = "»\"”";
const ANY_OPENER = /[«"“]/u;
/** The first word after the company's name is a «لل…» complement. */
const LAM_COMPLEMENT = /^ لل[\p{L}\p{M}]{2,}/u;
/** One or two words of letters after the company's name, then the closing quote. */
const REST = /^((?: [\p{L}\p{M}\p{N}]+){1,2})[»"”]/u;

/** `accepted` (sorted, disjoint) with each quoted company name that goes on to a product's name turned into that product. */
export function withQuotedProducts(accepted: Candidate[], source: string): Candidate[] {
  if (!ANY_OPENER.test(source)) return accepted; // no quotes: one native scan, not a look at every name
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    if ((c.type !== "ORG" && c.type !== "PRODUCT") || !isQuoteOpener(source.charCodeAt(c.start - 1))) continue;
    const next = accepted[i + 1];
    if (next !== undefined && next.type === "LOCATION" && next.start === c.end + 1 && source[c.end] === " " && CLOSERS.includes(source[next.end] ?? " ")) {
      accepted.splice(i, 2, { ...c, end: next.end });
      continue;
    }
    if (c.type !== "ORG") continue;
    const limit = next?.start ?? source.length;
    const rest = REST.exec(source.slice(c.end, Math.min(limit, c.end + 40)));
    if (rest === null || !CLOSERS.includes(source[c.end + rest[1]!.length] ?? " ")) continue;
    const end = c.end + rest[1]!.length;
    if (rest[1]!.trim().split(" ").every((word) => ORG_WORDS.has(word.toLowerCase()))) {
      accepted[i] = { ...c, end };
      continue;
    }
    // What the company does, with «لل…» («"إيرباص للدفاع والفضاء"», «"أرامكو للتجارة"»), names
    // one of its companies: an ORG (without the parent's id), not a product.
    if (LAM_COMPLEMENT.test(rest[1]!)) {
      accepted[i] = { start: c.start, end, type: "ORG", confidence: Math.min(c.confidence, CONFIDENCE.context), source: "context", ...(c.prefix === undefined ? {} : { prefix: c.prefix }) };
      continue;
    }
    const product: Candidate = { start: c.start, end, type: "PRODUCT", confidence: Math.min(c.confidence, CONFIDENCE.context), source: "context" };
    if (c.prefix !== undefined) product.prefix = c.prefix;
    accepted[i] = product;
  }
  return accepted;
}
