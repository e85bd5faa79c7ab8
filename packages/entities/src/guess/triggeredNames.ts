import triggerData from "../../data/triggers.json";
import { CONFIDENCE } from "../candidate.js";
import { matchKey } from "../gazetteer.js";
import { AFTER_PERSON, ANY_TRIGGER, BEFORE_PERSON, GIVEN_NAME, SPEECH_VERB, STOPWORD, UNLISTED_PLACE, typeOfQuotedTrigger, typeOfTrigger } from "../lexicon.js";
import { isLetterName } from "../romanize.js";
import { type GuessScope, COMPOUND_NAME_ENDS, CONNECTORS, MAX_QUOTE_ADJECTIVES } from "./scope.js";
import type { WordList } from "./startWords.js";
import { romanizationLink } from "./text.js";

/** Stage 2: Arabic names after a trigger («شركة X», «السيد X», «الرئيس التنفيذي X»). */
export function guessTriggeredNames(s: GuessScope, triggers: WordList): void {
  const { source, norm, chars, pos, count, ks, ke, out, taken, wordStarts, covered, lexicon, gazetteer, mapper } = s;
  for (let i = 0, after = 0; i < triggers.length; i++) {
    const w = triggers.words[i]!;
    if (w < after) continue; // inside a name found from an earlier trigger
    const spanned = lexicon.spanned[2 * w + 1]!;
    if (spanned === 0) continue;
    // «وقال مؤسس الشركة ورئيسها التنفيذي، ليث الخصاونة، إن»: the name set off by commas
    // after a person's title phrase (a title before a name or after one).
    const appositive = s.procliticBits(w) & (BEFORE_PERSON | AFTER_PERSON) ? s.appositiveNameAfter(w + spanned) : -1;
    if (appositive >= 0) {
      const end = s.appositiveEnd(appositive);
      s.pushCandidate(appositive, end, "PERSON", CONFIDENCE.context, "context", true);
      after = end;
      continue;
    }
    // A name in quotes after the trigger («شركة «دفعتك»», «منصة «توصيلة»», «هيئة «أوجيرو»»),
    // perhaps past adjectives («شركة سعودية ناشئة «نبراس»», «الشركة الناشئة المصرية «مشوارك»»):
    // the quotes say where it ends, and it may hold any words («شركة «ذكاء للحلول»»).
    const quoteAt = pastAdjectives(s, w, w + spanned);
    const quotedLast = quoteAt < count && s.breakBefore(quoteAt) ? s.quotedNameLast(quoteAt, false) : -1;
    let type = quotedLast >= 0 ? typeOfQuotedTrigger(s.procliticBits(w)) : typeOfTrigger(s.procliticBits(w));
    if (type === null || (quotedLast < 0 && lexicon.quantified(w))) continue;
    // A platform or an app in quotes that announces or says something is the company that
    // runs it («أعلنت منصة التجارة الإلكترونية «سويقة» استحواذها»).
    if (type === "PRODUCT" && quotedLast >= 0 && w > 0 && !s.breakBefore(w) && (s.procliticBits(w - 1) & SPEECH_VERB) !== 0) type = "ORG";
    if (quotedLast >= 0) {
      // The quotes outweigh a place or a year found inside («شركة «إم تي إن سوريا»»,
      // «استراتيجية «المغرب الرقمي 2030»»: the longer name wins when they are resolved); a
      // quote holding a particle is a phrase, not a name («نموذج "الدفع أو الموافقة"»), unless
      // the word spells a letter («إن» of «إم تي إن»).
      // A quote that starts with a trigger noun is a label, not a name («علامة "مؤسسة ناشئة"»).
      let name = !(s.procliticBits(quoteAt) & ANY_TRIGGER);
      for (let v = quoteAt; v <= quotedLast; v++) name &&= taken[v] === 0 && (!((s.plainBits(v) | s.procliticBits(v)) & STOPWORD) || isLetterName(chars, ks[v]!, ke[v]!));
      if (name) {
        s.pushCandidate(quoteAt, quotedLast + 1, type, CONFIDENCE.context, "context", true);
        after = quotedLast + 1;
      }
      continue;
    }
    let first = type === "PERSON" ? s.pastTitleComplement(w + spanned) : w + spanned;
    // A name that starts with «ل» looks like a complement («لشؤون المنافسة»): when nothing
    // else could be one, a two-word name that ends the phrase is the name («القاضية ليوني برينكيما في»).
    if (type === "PERSON" && first === w + spanned + 1 && !s.startsWithArticle(first - 1) && !(s.plainBits(first) & GIVEN_NAME) && s.nameWord(first - 1) && s.nameWord(first) && !s.breakBefore(first) && !s.startsWithArticle(first) && s.phraseEndsBefore(first + 1)) first--;
    // (A given name spelled like a particle counts when the text spells it as the name: «علي», not «على».)
    if (first >= count || s.breakBefore(first) || !(type === "PERSON" ? s.nameOrGivenWord(first) : s.nameWord(first)) || s.startsWithArticle(first)) continue;
    // Past a complement only a given name may start the name: the title may go on in words
    // this stage does not skip («وزير الخارجية يزور»); or two name words that end the phrase
    // («وزيرة المالية طيف سامي إن»), unless the name was among the words skipped («ولي العهد
    // الأمير محمد بن سلمان حينها»).
    let pairEndsPhrase = s.nameWord(first + 1) && !s.breakBefore(first + 1) && !s.startsWithArticle(first + 1) && !s.feminine(first) && s.phraseEndsBefore(first + 2);
    for (let v = w + spanned; pairEndsPhrase && v < first; v++) pairEndsPhrase = covered[v] === 0;
    if (first > w + spanned && !(s.plainBits(first) & GIVEN_NAME) && !pairEndsPhrase) continue;
    const firstKey = s.keyOf(first);
    // «شركة ناشئة»: an adjective; after a person's title, a woman's name of two words that
    // ends the phrase («رائدة الفضاء ريانة برناوي،»).
    const womansName = type === "PERSON" && s.nameWord(first + 1) && !s.breakBefore(first + 1) && !s.feminine(first + 1) && s.phraseEndsBefore(first + 2);
    if (firstKey.endsWith("ه") && !(s.plainBits(first) & GIVEN_NAME) && !womansName) continue;
    let last = first;
    const unlistedPlace = type === "LOCATION" && (s.procliticBits(w) & UNLISTED_PLACE) !== 0;
    if (type === "PERSON" || type === "ORG" || unlistedPlace) {
      // A family name often has the article («المهندس عليان الوتيد»), and may end in «ة»
      // where the name ends the phrase («المهندس رامي الخوالدة،»); an organisation's second
      // word with one is a description («شركة كريم الإماراتية»).
      const second = first + 1;
      if (s.nameWord(second) && !s.breakBefore(second) && (type === "PERSON" ? s.bareArticle(second) || !s.startsWithArticle(second) : !s.startsWithArticle(second) && !s.purposeClause(second)) && (!s.feminine(second) || (type === "PERSON" && s.startsWithArticle(second) && s.phraseEndsBefore(second + 1)))) last = second;
      // «ألفاريز-تورنر», and a third name word with the article («الوزيرة أمل الفلاح السغروشني»).
      // Not past a family name of origin («ياسر الشريفي النمو»: the name ends with «ال…ي»).
      if (type === "PERSON" && last === second && s.nameWord(second + 1) && !s.breakBefore(second + 1) && (s.hyphenBefore(second + 1) || (s.bareArticle(second + 1) && !s.nisbaFamilyName(second)) || COMPOUND_NAME_ENDS.has(s.keyOf(second)))) last = second + 1;
      // «الرئيس التنفيذي سالم بن خميس الحارثي»: after «بن» the father's name, then the family name.
      if (type === "PERSON" && last === second && CONNECTORS.has(s.keyOf(second))) {
        if (s.nameWord(second + 1) && !s.breakBefore(second + 1)) {
          last = second + 1;
          if (s.nameWord(last + 1) && !s.breakBefore(last + 1) && s.bareArticle(last + 1)) last++;
          else if (s.familyOfHouse(last + 1)) last += 2;
        } else last = first; // «بن» with no name after it is not part of one
      }
    }
    if (type === "PRODUCT" || type === "LOCATION" || type === "ORG") {
      // Product and place names in Arabic text are transliterations: keep only linked ones,
      // and an unlinked organisation needs a foreign-looking word (not a nisba adjective).
      const linkOf = (to: number, maxDistance: number): number | null =>
        romanizationLink(gazetteer, norm.slice(pos[ks[first]!], pos[ke[to]! - 1]! + 1), first === to, maxDistance);
      let link = linkOf(last, 1);
      // A known name and the verb after it («شركة سنوبروك ستتوسع»): the name alone, when its
      // key is exactly the name's (one word is «شركتين» one edit from Character).
      if (link === null && last > first && (link = linkOf(first, 0)) !== null) last = first;
      // After «مدينة», «محافظة»… a place may be unlisted («مدينة تايلور», «محافظة بني سويف»).
      if (link === null && type !== "ORG" && !unlistedPlace) continue;
      if (link === null && s.keyOf(last).endsWith("ي")) continue;
    }
    s.pushCandidate(first, last + 1, type, CONFIDENCE.context, "context", true);
    // «بنك مسقط», «مصرف السلام», «جامعة خليفة»: these nouns are part of the name they announce
    // (a «شركة» is not), a proclitic on them is not.
    const skip = lexicon.skip[2 * w + 1]!;
    const name = out[out.length - 1]!;
    if (spanned === 1 && name.type === "ORG" && NAME_TRIGGERS.has(s.keyOf(w).slice(skip))) {
      name.start = mapper.toSourceStart(pos[ks[w]! + skip]!);
      if (skip > 0) name.prefix = source.slice(wordStarts[w], name.start);
    }
    after = last + 1;
  }
}

/**
 * Where a quoted name starts after trigger word `trigger`, past what describes it from word
 * `from` (at most MAX_QUOTE_ADJECTIVES words): adjectives («شركة سعودية ناشئة «نبراس»»,
 * «الشركة الناشئة المصرية «مشوارك»») and a definite complement («نظام الدفع الفوري «كليك»»,
 * «نموذج اللغة العربية «علّام»»): words with the article, or without it ending as adjectives
 * of origin or feminine ones do. `from` when no quote opens there.
 */
function pastAdjectives(s: GuessScope, trigger: number, from: number): number {
  const { count } = s;
  let v = from;
  for (let n = 0; n < MAX_QUOTE_ADJECTIVES && v < count && !s.breakBefore(v) && s.isArabic(v) && s.free(v); n++, v++) {
    if ((s.plainBits(v) | s.procliticBits(v)) & (ANY_TRIGGER | STOPWORD) && !s.startsWithArticle(v)) break;
    if (s.startsWithArticle(v)) continue;
    const key = s.keyOf(v);
    if (s.startsWithArticle(trigger) || (!key.endsWith("ه") && !key.endsWith("ي"))) break;
  }
  return v < count && s.breakBefore(v) ? v : from;
}

/**
 * Triggers that are part of the organisation's name they announce: the ones that are also
 * institution nouns of names («بنك», «مصرف», «جامعة»), folded.
 */
const NAME_TRIGGERS: ReadonlySet<string> = new Set(
  triggerData.before.ORG.filter((word) => triggerData.institutionsBeforePlace.includes(word) || triggerData.institutionsBeforePerson.includes(word)).map(matchKey),
);
