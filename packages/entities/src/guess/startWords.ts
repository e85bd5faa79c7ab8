import { doubled } from "../grow.js";
import { AFTER_PERSON, ANY_TRIGGER, COMPANY_OF_ORIGIN, GIVEN_NAME, INSTITUTION, INSTITUTION_OF_ORIGIN, ORG_DESIGNATOR } from "../lexicon.js";
import { roomForList, Use } from "../scratch.js";
import type { GuessScope } from "./scope.js";

/** Word indexes in increasing order (a growable typed array). */
export class WordList {
  length = 0;

  /** `words`: room for the words (a list that outgrows it moves to a larger array). */
  constructor(public words: Int32Array) {}

  push(w: number): void {
    if (this.length === this.words.length) this.words = doubled(this.words);
    this.words[this.length++] = w;
  }
}

/** The words the stages after the Latin runs start from. */
export interface StartWords {
  /** Arabic trigger words (stage 2). */
  triggers: WordList;
  /** Arabic given names (stage 3). */
  givenNames: WordList;
  /** Arabic titles after a break (names before titles). */
  titles: WordList;
  /** Institution nouns (stage 2b). */
  institutions: WordList;
  /** Words that open a quote (3c). */
  quoteStarts: WordList;
  /** English company words in Arabic letters («كابيتال»): few, a plain list. */
  designators: number[];
}

/** The start words of the stages, found in one pass (their lexicon bits are fixed). */
export function startWordsOf(s: GuessScope): StartWords {
  const { count } = s;
  const starts: StartWords = {
    triggers: new WordList(roomForList(Use.GuessTriggers, count)),
    givenNames: new WordList(roomForList(Use.GuessGivenNames, count)),
    titles: new WordList(roomForList(Use.GuessTitles, count)),
    institutions: new WordList(roomForList(Use.GuessInstitutions, count)),
    quoteStarts: new WordList(roomForList(Use.GuessQuoteStarts, count)),
    designators: [],
  };
  for (let w = 0; w < count; w++) {
    if (w > 0 && s.breakBefore(w) && s.openerBefore(w)) starts.quoteStarts.push(w);
    if (!s.isArabic(w)) continue;
    const bits = s.procliticBits(w);
    if (bits & ANY_TRIGGER) starts.triggers.push(w);
    if (bits & (INSTITUTION | INSTITUTION_OF_ORIGIN | COMPANY_OF_ORIGIN)) starts.institutions.push(w);
    if (bits & GIVEN_NAME) starts.givenNames.push(w);
    if (w > 0 && s.breakBefore(w) && s.plainBits(w) & AFTER_PERSON) starts.titles.push(w);
    if (s.plainBits(w) & ORG_DESIGNATOR) starts.designators.push(w);
  }
  return starts;
}
