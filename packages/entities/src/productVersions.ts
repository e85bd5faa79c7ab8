import { CONFIDENCE, type Candidate } from "./candidate.js";
import productVersions from "../data/product-versions.json";

/**
 * A product named in Latin script is often followed by its model or version: «iPhone 17 Pro»,
 * «Galaxy Z Fold7», «Llama 4.1», «Office 365». The span takes them: numbers, single capitals,
 * letter-digit codes and the words of data/product-versions.json, up to MAX_VERSION_TOKENS,
 * separated by single spaces (or a hyphen before a number or code: «Falcon-H2») on the same line, stopping before the next entity.
 * A company's Latin name followed by a model number or code is a product of it («Xiaomi 15T
 * Pro», «HyperOS 3» after an unlisted name): one PRODUCT, without the company's id (the
 * guideline's rule for a listed name with more words).
 */
const VERSION_WORDS: ReadonlySet<string> = new Set(productVersions.words.map((word) => word.toLowerCase()));
const MAX_VERSION_TOKENS = 4;
const NUMBER = /^\d{1,4}(?:\.\d{1,2})?$/u;
const CAPITAL = /^[A-Z]$/u;
/** Letters and digits mixed, a digit in it («Fold7», «S25», «M4», «5o»). */
const CODE = /^(?=[A-Za-z]*\d)[A-Za-z\d]{2,8}$/u;
const LATIN_TOKEN = /^[A-Za-z\d.]+/u;

/** A model number or code that may follow a company's name: not a year («Xiaomi 2025»). */
const MODEL = /^(?:\d{1,3}(?:\.\d)?|(?=\d*[A-Za-z])(?=[A-Za-z]*\d)[A-Za-z\d]{2,8})$/u;
/** A share or a rate after the number («Xiaomi 14%»): the number is no model. */
const PERCENT_AFTER = /^\s?[%٪]/u;
/**
 * The Arabic word after a model may be definite («Xiaomi 17 الجديد», «HyperOS 3 الذي») or a
 * particle; an indefinite noun makes the number a count («Apple 3 مرات»).
 */
const ARABIC_WORD_AFTER = /^\s+([\u0621-\u064a]+)/u;
const PARTICLES: ReadonlySet<string> = new Set(["في", "من", "على", "إلى", "الى", "مع", "عن", "بعد", "قبل", "منذ", "خلال", "و"]);

const isVersionToken = (token: string): boolean => NUMBER.test(token) || CAPITAL.test(token) || CODE.test(token) || VERSION_WORDS.has(token.toLowerCase());

/** `accepted` (sorted, disjoint) with each Latin PRODUCT's span extended over its version, in place. */
export function extendProductVersions(accepted: Candidate[], source: string): Candidate[] {
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    if ((c.type !== "PRODUCT" && c.type !== "ORG") || !isLatinLetterOrDigit(source.charCodeAt(c.end - 1))) continue;
    const limit = accepted[i + 1]?.start ?? source.length;
    if (c.type === "ORG" && !modelAfter(source, c.end, limit)) continue;
    let end = c.end;
    for (let n = 0; n < MAX_VERSION_TOKENS; n++) {
      const separator = source[end];
      if (separator !== " " && separator !== "-") break;
      const token = LATIN_TOKEN.exec(source.slice(end + 1, Math.min(limit, end + 1 + 16)))?.[0]?.replace(/\.$/u, "");
      if (token === undefined || !isVersionToken(token)) break;
      // After a hyphen only a number or a code («Falcon-H2», «GPT-5»), not a word («Galaxy-Pro» is rare, «Meta-Llama» another name).
      if (separator === "-" && !NUMBER.test(token) && !CODE.test(token)) break;
      // A token that runs on into more letters or digits is a longer word («Pro» of «Products»).
      const next = end + 1 + token.length;
      if (next > limit || /[\p{L}\p{N}]/u.test(source[next] ?? "")) break;
      end = next;
    }
    if (end === c.end) continue;
    if (c.type === "PRODUCT") accepted[i] = { ...c, end };
    else accepted[i] = { start: c.start, end, type: "PRODUCT", confidence: Math.min(c.confidence, CONFIDENCE.context), source: "context" };
  }
  return accepted;
}

/** A code of A–Z, a–z or 0–9 (read as a code: this runs after every company and product). */
function isLatinLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** Does a model number or code follow a Latin name ending at `end` (a space between)? */
function modelAfter(source: string, end: number, limit: number): boolean {
  const last = source.charCodeAt(end - 1);
  if (source.charCodeAt(end) !== 0x20 || !isLatinLetterOrDigit(last) || (last >= 0x30 && last <= 0x39)) return false;
  const token = LATIN_TOKEN.exec(source.slice(end + 1, Math.min(limit, end + 1 + 16)))?.[0]?.replace(/\.$/u, "");
  if (token === undefined || !MODEL.test(token)) return false;
  const next = end + 1 + token.length;
  if (next > limit || /[\p{L}\p{N}]/u.test(source[next] ?? "") || PERCENT_AFTER.test(source.slice(next, next + 2))) return false;
  const word = ARABIC_WORD_AFTER.exec(source.slice(next, next + 24))?.[1];
  return word === undefined || word.startsWith("ال") || PARTICLES.has(word);
}
