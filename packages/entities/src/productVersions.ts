import type { Candidate } from "./candidate.js";
import productVersions from "../data/product-versions.json";

/**
 * A product named in Latin script is often followed by its model or version: «iPhone 17 Pro»,
 * «Galaxy Z Fold7», «Llama 4.1», «Office 365». The span takes them: numbers, single capitals,
 * letter-digit codes and the words of data/product-versions.json, up to MAX_VERSION_TOKENS,
 * separated by single spaces (or a hyphen before a number or code: «Falcon-H2») on the same line, stopping before the next entity.
 */
const VERSION_WORDS: ReadonlySet<string> = new Set(productVersions.words.map((word) => word.toLowerCase()));
const MAX_VERSION_TOKENS = 4;
const NUMBER = /^\d{1,4}(?:\.\d{1,2})?$/u;
const CAPITAL = /^[A-Z]$/u;
/** Letters and digits mixed, a digit in it («Fold7», «S25», «M4», «5o»). */
const CODE = /^(?=[A-Za-z]*\d)[A-Za-z\d]{2,8}$/u;
const LATIN_TOKEN = /^[A-Za-z\d.]+/u;

const isVersionToken = (token: string): boolean => NUMBER.test(token) || CAPITAL.test(token) || CODE.test(token) || VERSION_WORDS.has(token.toLowerCase());

/** `accepted` (sorted, disjoint) with each Latin PRODUCT's span extended over its version, in place. */
export function extendProductVersions(accepted: Candidate[], source: string): Candidate[] {
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    if (c.type !== "PRODUCT" || !/[A-Za-z\d]/u.test(source[c.end - 1] ?? "")) continue;
    const limit = accepted[i + 1]?.start ?? source.length;
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
    if (end > c.end) accepted[i] = { ...c, end };
  }
  return accepted;
}
