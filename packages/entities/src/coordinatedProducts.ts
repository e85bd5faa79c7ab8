import { CONFIDENCE, type Candidate } from "./candidate.js";

/**
 * Between two names: «و», written against the second name or not («Blackwell وRubin»), and
 * the quotes of quoted names («لعبتي «Valorant» و«FIFA»»).
 */
const AND = /^[\s»”"]*و[\s«“"]*$/u;
/** The most characters between two coordinated names. */
const MOST_BETWEEN = 5;

/**
 * A Latin name joined by «و» to a product's name is another product: «رقائق Blackwell
 * وRubin», «نموذجي Gemini وVeo». Only a run that nothing typed (an unlisted Latin run, ORG
 * by default) takes the product's type: a listed name, and one a trigger typed, keep theirs.
 */
export function withCoordinatedProducts(accepted: Candidate[], source: string): Candidate[] {
  for (let i = 1; i < accepted.length; i++) {
    const c = accepted[i]!;
    const before = accepted[i - 1]!;
    if (before.type !== "PRODUCT" || c.type !== "ORG" || c.entry !== undefined || c.confidence !== CONFIDENCE.latinRun) continue;
    if (c.start - before.end <= MOST_BETWEEN && AND.test(source.slice(before.end, c.start))) c.type = "PRODUCT";
  }
  return accepted;
}
