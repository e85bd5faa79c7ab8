import { CONFIDENCE, type Candidate } from "./candidate.js";

/**
 * A company's name and one or two more words in quotes name one of its products or services:
 * «"فودافون كاش"», «"سامسونج باي"», «"Orange Money"». The quotes hold one name, so the
 * company's name alone is not the entity there: the quoted words are a PRODUCT (with no id:
 * the gazetteer does not list it).
 */
const OPENERS = "«\"“";
const CLOSERS = "»\"”";
/** One or two words of letters after the company's name, then the closing quote. */
const REST = /^((?: [\p{L}\p{M}\p{N}]+){1,2})[»"”]/u;

/** `accepted` (sorted, disjoint) with each quoted company name that goes on to a product's name turned into that product. */
export function withQuotedProducts(accepted: Candidate[], source: string): Candidate[] {
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    if (c.type !== "ORG" || !OPENERS.includes(source[c.start - 1] ?? " ")) continue;
    const limit = accepted[i + 1]?.start ?? source.length;
    const rest = REST.exec(source.slice(c.end, Math.min(limit, c.end + 40)));
    if (rest === null || !CLOSERS.includes(source[c.end + rest[1]!.length] ?? " ")) continue;
    const product: Candidate = { start: c.start, end: c.end + rest[1]!.length, type: "PRODUCT", confidence: Math.min(c.confidence, CONFIDENCE.context), source: "context" };
    if (c.prefix !== undefined) product.prefix = c.prefix;
    accepted[i] = product;
  }
  return accepted;
}
