import { CONFIDENCE } from "../candidate.js";
import { GIVEN_NAME, SPEECH_VERB } from "../lexicon.js";
import type { WordList } from "./startWords.js";
import { commaBefore } from "./text.js";
import type { GuessScope } from "./scope.js";

/** Stage 3: names before a title that a comma sets off («ناقش سام ألتمان، الرئيس التنفيذي»). */
export function guessNamesBeforeTitles(s: GuessScope, titles: WordList): void {
  const { norm, pos, ks } = s;
  for (let i = 0; i < titles.length; i++) {
    const t = titles.words[i]!;
    if (!commaBefore(norm, pos[ks[t]!]!)) continue;
    let first = t - 1;
    if (!s.nameWord(first)) continue;
    let n = 1;
    while (n < 3 && first - 1 >= 0 && !s.breakBefore(first) && s.nameOrGivenWord(first - 1) && !(s.procliticBits(first - 1) & SPEECH_VERB)) {
      first--;
      n++;
    }
    // More than one word only from a given name on («ناقش سام ألتمان،» → «سام ألتمان»,
    // «ويرى نادر الحلبي، المحلل» → «نادر الحلبي»); a word alone without the article. Right
    // after a verb of saying, the two words are the name whatever the given name («وقال جاي
    // غامبيتا، مدير الأبحاث»): the verb, the comma and the title leave nothing else to be.
    const said = t - first === 2 && first > 0 && !s.breakBefore(first) && (s.procliticBits(first - 1) & SPEECH_VERB) !== 0 && !s.startsWithArticle(first);
    while (!said && first < t - 1 && !(s.plainBits(first) & GIVEN_NAME && !s.startsWithArticle(first))) first++;
    if (s.startsWithArticle(first)) continue;
    s.pushCandidate(first, t, "PERSON", CONFIDENCE.context, "context", true);
  }
}
