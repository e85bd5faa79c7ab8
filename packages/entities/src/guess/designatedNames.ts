import { CONFIDENCE } from "../candidate.js";
import type { GuessScope } from "./scope.js";

/**
 * Stage 3: a name word right before an English company word in Arabic letters (`designators`)
 * is a company's name with it («قادتها بيكو كابيتال», «بمشاركة غلوبال فنتشرز»): the word says
 * what the name is.
 */
export function guessDesignatedNames(s: GuessScope, designators: readonly number[]): void {
  for (const d of designators) {
    const w = d - 1;
    if (w < 0 || s.breakBefore(d) || !s.free(d) || !s.nameWord(w) || s.startsWithArticle(w)) continue;
    s.pushCandidate(w, d + 1, "ORG", CONFIDENCE.context, "context", true);
  }
}
