import procliticData from "../data/proclitics.json";
import type { ProcliticAnalysis } from "./types.js";

/** Every valid stack of proclitics, written as bare letters: و، ب، ال، وال، بال، لل، ولل، وبال … */
const PROCLITIC_SEQUENCES: ReadonlySet<string> = (() => {
  const { conjunctions, prepositions, article, lamArticle } = procliticData;
  const sequences = new Set<string>();
  for (const conj of ["", ...conjunctions]) {
    for (const prep of ["", ...prepositions]) {
      for (const art of ["", article]) {
        const body = prep === "ل" && art === article ? lamArticle : prep + art;
        const sequence = conj + body;
        if (sequence) sequences.add(sequence);
      }
    }
  }
  return sequences;
})();

const LONGEST_SEQUENCE = Math.max(...[...PROCLITIC_SEQUENCES].map((s) => s.length));

/** True when `letters` (bare letters, no marks or tatweel) is a whole proclitic stack. */
export function isProcliticSequence(letters: string): boolean {
  return PROCLITIC_SEQUENCES.has(letters);
}

/** Diacritics and the tatweel, which ride along with the letter before them. */
export function isArabicMarkOrTatweel(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed);
}

function isLetterOrDigit(ch: string): boolean {
  return /[\p{L}\p{Nd}]/u.test(ch);
}

/**
 * Candidate splits of `word` into attached proclitics and a stem, shortest
 * prefix first. Any stack of و/ف, ب/ل/ك and the article ال (ل + ال written «لل»)
 * counts; a diacritic or tatweel after a proclitic belongs to the prefix. The
 * stem keeps at least two letters (one if it is Latin or a digit: «وX», «ب5»).
 *
 * These are candidates, not answers: «بريطانيا» yields `{ prefix: "ب", stem: "ريطانيا" }`
 * too, and only a lookup of the stem (a gazetteer, a lexicon) can tell. The
 * tokenizer itself only splits where the split is certain (see `Token.prefix`).
 *
 * @example
 * procliticAnalyses("وللشركة")
 * // [{ prefix: "و", stem: "للشركة" }, { prefix: "ول", stem: "لشركة" }, { prefix: "ولل", stem: "شركة" }]
 */
export function procliticAnalyses(word: string): ProcliticAnalysis[] {
  if (typeof word !== "string") throw new TypeError("procliticAnalyses: `word` must be a string");
  const analyses: ProcliticAnalysis[] = [];
  let letters = "";
  let i = 0;
  while (i < word.length && letters.length < LONGEST_SEQUENCE) {
    letters += word[i];
    i++;
    // Marks and tatweel after a proclitic letter go with it.
    while (i < word.length && isArabicMarkOrTatweel(word.charCodeAt(i))) i++;
    if (!isProcliticSequence(letters)) continue;
    const stem = word.slice(i);
    if (stemIsLongEnough(stem)) analyses.push({ prefix: word.slice(0, i), stem });
  }
  return analyses;
}

function stemIsLongEnough(stem: string): boolean {
  let letters = 0;
  for (const ch of stem) {
    if (!isLetterOrDigit(ch)) continue;
    // A single Latin letter or digit is a stem of its own («وX», «ب5»); Arabic needs two.
    if (letters === 0 && /[\p{Script=Latin}\p{Nd}]/u.test(ch)) return true;
    letters++;
    if (letters >= 2) return true;
  }
  return false;
}
