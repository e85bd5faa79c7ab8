// Types of tests/eval/heldout.mjs, for the TypeScript tests that import it.
import type { AnnotatedArticle } from "./score.mjs";
export const HELD_OUT_SETS: readonly string[];
export function loadHeldOut(set?: string): AnnotatedArticle[];
