import type { CslName } from "../csl-item.js";
import { foldKey, scanWords } from "./text-scan.js";

// Words that bind to the word after them in a family name («أبو زيد», «بن سلمان», «عبد الله»).
const PARTICLES: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ال", "عبد", "al", "el", "bin", "ibn", "abu", "abdel", "abd"].map(foldKey));

/**
 * Splits a personal name into CSL given/family parts: the family name is the last word,
 * together with a particle that binds it («أحمد أبو زيد» → family «أبو زيد»,
 * «محمد عبد الله» → family «عبد الله»); everything before is the given name.
 * A one-word name becomes a `literal`.
 */
export function splitPersonName(name: string): CslName {
  const words = scanWords(name).map((w) => w.text);
  if (words.length < 2) return { literal: name.trim() };
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has(foldKey(words[familyStart - 1]!))) familyStart--;
  return { given: words.slice(0, familyStart).join(" "), family: words.slice(familyStart).join(" ") };
}
