// Types of tests/eval/heldout.mjs, for the TypeScript tests that import it.
import type { AnnotatedArticle } from "./score.mjs";
export function loadHeldOut(): AnnotatedArticle[];
