import triggerData from "../../data/triggers.json";
import variants from "../../data/name-variants.json";
import { CONFIDENCE } from "../candidate.js";
import type { EntryType } from "../entry.js";
import { matchKey } from "../gazetteer.js";
import { SPEECH_VERB, STOPWORD } from "../lexicon.js";
import type { WordList } from "./startWords.js";
import type { GuessScope } from "./scope.js";

/**
 * Stage 3c: quoted names that the words around them, or their last word, make organisations
 * (after 3b: a later mention of a name found above is that name's): the outlet a person
 * speaks to, a quoted name right after «لـ» with a verb of saying before it in the sentence
 * («وقال المحلل، هاني الصايغ، لـ«العربية Business» إن», «وتقول البلوشية لـ"أثير" إن»), a
 * quoted name that a country's adjective follows («بمشاركة «الوادي فنتشرز» البحرينية»), and
 * one that ends in a company's designator («في «المال كابيتال»»). The quotes outweigh a
 * shorter entity found inside («لـ«اليوم السابع»» is no date), so the words need only be
 * untaken, and one of them untagged.
 */
export function guessQuotedOrganisations(s: GuessScope, quoteStarts: WordList): void {
  const { count, out, taken, wordStarts, wordEnds, covered, gazetteer } = s;
  // The type the words before quote w give its name as an example («شركات مثل «…»»), or the
  // quote it follows with «و» gave (exampleEnd: the last word of that quote).
  let exampleEnd = -1;
  let exampleType: EntryType | null = null;
  const exampleTypeBefore = (w: number): EntryType | null => {
    if (w >= 2 && s.keyOf(w - 1) === "و" && w - 2 === exampleEnd) return exampleType;
    if (w < 2 || s.keyOf(w - 1) !== "مثل" || s.breakBefore(w - 1)) return null;
    const kindOf = (v: number): EntryType | undefined => EXAMPLE_TYPES.get(s.keyOf(v)) ?? EXAMPLE_TYPES.get(s.keyOf(v).replace(/^و/u, ""));
    return kindOf(w - 2) ?? (w >= 3 && !s.breakBefore(w - 2) ? kindOf(w - 3) : undefined) ?? null;
  };
  for (let i = 0; i < quoteStarts.length; i++) {
    const w = quoteStarts.words[i]!;
    const example = exampleTypeBefore(w);
    if (example !== null) {
      const last = s.quotedNameLast(w, false);
      if (last < 0) continue;
      exampleEnd = last;
      exampleType = example;
      // An unlisted Latin name there was typed ORG by default (1): the example's type it takes.
      const latin = taken[w] !== 0 ? out.find((c) => c.start === wordStarts[w] && c.end === wordEnds[last] && c.confidence === CONFIDENCE.latinRun && c.entry === undefined) : undefined;
      if (latin !== undefined) latin.type = example;
      let plain = true;
      for (let v = w; v <= last; v++) plain &&= taken[v] === 0 && covered[v] === 0 && !(s.plainBits(v) & STOPWORD);
      if (plain) s.pushCandidate(w, last + 1, example, CONFIDENCE.context, "context", true);
      continue;
    }
    if (taken[w] !== 0) continue;
    const last = s.quotedNameLast(w, false);
    if (last < 0) continue;
    // A designator needs every word untagged: a listed company's name with it («كورك
    // تيليكوم») is that company, which the gazetteer pass found.
    const designated = last > w && ORG_DESIGNATORS.has(s.keyOf(last)); // «في «المال كابيتال»»
    const organisation = s.keyOf(w - 1) === "ل" ? saidBefore(s, w - 2) : last + 1 < count && gazetteer.countryAdjectives.has(s.keyOf(last + 1));
    let name = organisation || designated;
    let untagged = false;
    let allUntagged = true;
    for (let v = w; v <= last && name; v++) {
      name = taken[v] === 0 && (!((s.plainBits(v) | s.procliticBits(v)) & STOPWORD) || s.startsWithArticle(v));
      untagged ||= covered[v] === 0;
      allUntagged &&= covered[v] === 0;
    }
    if (!name || !untagged || (!organisation && !allUntagged)) continue;
    // A listed outlet whose name is also common words («اليوم السابع») is it.
    const listed = s.contextualAt(w);
    if (listed !== null && s.lastWordBefore(w, listed.end) === last && gazetteer.records[listed.entry]!.type === "ORG") {
      s.pushListed(w, last, "ORG", listed.entry);
    } else s.pushCandidate(w, last + 1, "ORG", CONFIDENCE.context, "context", true);
  }
}

function saidBefore(s: GuessScope, from: number): boolean {
  for (let v = from; v >= 0 && v > from - MAX_SPEECH_DISTANCE && !s.sentenceEndBefore(v + 1); v--) if (s.procliticBits(v) & SPEECH_VERB) return true;
  return false;
}

/** Last words that make a quoted name a company's («كابيتال», «القابضة»), as keys. */
const ORG_DESIGNATORS: ReadonlySet<string> = new Set(variants.arabicOrgDesignators.map(matchKey));
/** Plural nouns before «مثل» and quoted examples of their kind, folded: the type they give the names. */
const EXAMPLE_TYPES: ReadonlyMap<string, EntryType> = new Map(
  Object.entries(triggerData.examplesAfter).flatMap(([type, words]) => words.map((word) => [matchKey(word), type as EntryType] as const)),
);
/** Words looked back from «لـ«…»» for a verb of saying. */
const MAX_SPEECH_DISTANCE = 12;
