import { CONFIDENCE } from "../candidate.js";
import { AMBIGUOUS_GIVEN, GIVEN_NAME, STOPWORD } from "../lexicon.js";
import { type GuessScope, COMPOUND_NAME_ENDS, CONNECTORS } from "./scope.js";
import type { WordList } from "./startWords.js";

/** Stage 3: given names starting a name of 2–3 words («سام ألتمان», «سالم بن حمد الحارثي»). */
export function guessGivenNames(s: GuessScope, givenNames: WordList): void {
  const { chars, ks, lexicon } = s;
  for (let i = 0, after = 0; i < givenNames.length; i++) {
    const w = givenNames.words[i]!;
    if (w < after || !s.free(w)) continue;
    const bits = s.procliticBits(w);
    const skip = lexicon.skip[2 * w + 1]!;
    // «على» is a preposition before it is the name «علي»: a stopword never starts a name.
    // A given name is one word, or two of a compound one («عبد الرؤوف», «نور الدين»; not two
    // words that spell one name together, «أي ما»).
    const given = lexicon.spanned[2 * w + 1]!;
    if (bits & STOPWORD || given < 1 || given > 2) continue;
    if (given === 2 && (s.breakBefore(w + 1) || !s.free(w + 1) || (s.keyOf(w) !== "عبد" && !COMPOUND_NAME_ENDS.has(s.keyOf(w + 1))))) continue;
    // A given name is weak evidence: strip only a conjunction before it («ومحمد»), not a
    // preposition («بيان» is a statement, not ب + «يان»).
    if (skip > 1 || (skip === 1 && chars[ks[w]!] !== 0x648 && chars[ks[w]!] !== 0x641)) continue;
    const second = w + given;
    if (!s.nameWord(second) || s.breakBefore(second) || s.sentenceEndBefore(second)) continue;
    // «عبد الحميد وشريكها كريم»: «و» on a word that is no given name, then a given name, joins
    // two people; the word is not a family name.
    if (chars[ks[second]!] === 0x648 && !(s.plainBits(second) & GIVEN_NAME) && second + 1 < s.count && s.plainBits(second + 1) & GIVEN_NAME) continue;
    // «حصة أكبر» is a share; «سالم بن حمد», «عادل الزياني» (a family name of origin) are names.
    if (bits & AMBIGUOUS_GIVEN && !(s.plainBits(second) & GIVEN_NAME) && !CONNECTORS.has(s.keyOf(second)) && !s.nisbaFamilyName(second)) continue;
    let end = second + 1;
    const connector = CONNECTORS.has(s.keyOf(second));
    // «نور الدين طيبي»: a compound given name, then the family name.
    const compound = COMPOUND_NAME_ENDS.has(s.keyOf(second));
    if (s.nameWord(end) && !s.breakBefore(end) && !s.sentenceEndBefore(end) && (s.bareArticle(end) || s.plainBits(end) & GIVEN_NAME || connector || compound || s.hyphenBefore(end))) end++;
    // Given name, father's name, family name («خالد إبراهيم حميدان قد»), where the phrase ends.
    else if (s.plainBits(second) & GIVEN_NAME && !(bits & AMBIGUOUS_GIVEN) && s.nameWord(end) && !s.breakBefore(end) && !s.startsWithArticle(end) && !s.feminine(end) && s.phraseEndsBefore(end + 1)) end++;
    // «سالم بن حمد الحارثي»: after «بن» and the father's name, the family name.
    if (connector && end === second + 2 && s.nameWord(end) && !s.breakBefore(end) && s.bareArticle(end)) end++;
    else if (connector && end === second + 2 && s.familyOfHouse(end)) end += 2;
    // A given name that is also a common word takes one family name, no more («عادل الزياني»).
    if (bits & AMBIGUOUS_GIVEN && !(s.plainBits(second) & GIVEN_NAME) && !connector) end = second + 1;
    // A family name with the article («محمد الفضل», «رامي الحديدي») after a name that is no
    // common word, where the name ends the phrase (punctuation, a particle or «و» next: «إن»,
    // «في», «ورائد»); not a feminine word («محمد الثانية»), but a woman's family name may be
    // a feminine nisba («مريم البلوشية»).
    // After a compound given name, a family name of origin needs no more («عبد الرؤوف
    // الزليتني لـ…»); another word with the article may be the verb's object («أطلق عبد الله
    // المشروع»).
    if (s.startsWithArticle(second) && !(compound && end > second + 1) && !(given === 2 && s.nisbaFamilyName(second))) {
      if ((bits & AMBIGUOUS_GIVEN && !s.nisbaFamilyName(second)) || (s.feminine(second) && !s.keyOf(second).endsWith("يه"))) continue;
      if (!s.phraseEndsBefore(end)) continue;
    }
    s.pushAfterProclitic(w, end, "PERSON", CONFIDENCE.givenName, "given-name", true, skip);
    after = end;
  }
}
