import { CONFIDENCE, type Candidate } from "../candidate.js";
import { AMBIGUOUS_GIVEN, ANY_TRIGGER, STOPWORD } from "../lexicon.js";
import type { GuessScope } from "./scope.js";

/**
 * Stage 3b: the other mentions of names found from context above: a trigger's name («شركة
 * «دفعتك»» … «لـ«دفعتك»»), and a person's family name alone («وأضاف الحديدي» after «رامي
 * الحديدي») unless it is also a given name or a lexicon word. A text names first and
 * shortens after: a name whose words stand alone before its first mention is a common
 * word there, and its other mentions are left alone.
 */
export function guessMentions(s: GuessScope): void {
  const { count, ks, ke, out, taken, wordStarts, wordEnds, typeOf, mentionOfType, mentionables } = s;
  if (mentionOfType !== null) {
    for (let w = 0; w < count; w++) {
      const m = mentionOfType[typeOf[w]!]!;
      if (m === 0 || !s.free(w)) continue;
      const item = mentionables[m - 1]!;
      if (item.common || !isMentionAt(s, item.types, w)) continue;
      // A family name may be a given name too («منصور»), unless it is also a common word («علي»).
      // (A family name after a connector is two words, the first short: «بن غلبون», «أبو شقرا».)
      if (item.surname && ((s.plainBits(w) | s.procliticBits(w)) & (STOPWORD | AMBIGUOUS_GIVEN | ANY_TRIGGER) || (item.types.length === 1 && ke[w]! - ks[w]! < 3))) continue;
      if (item.surname && !s.isArabic(w) && !/^\p{Lu}/u.test(s.wordText(w))) continue;
      item.common = w < item.first;
      if (item.common) continue;
      const last = w + item.types.length - 1;
      out.push(mentionOf(item.name, wordStarts[w]!, wordEnds[last]!));
      for (let v = w; v <= last; v++) taken[v] = 1;
      w = last;
    }
  }
}

function isMentionAt(s: GuessScope, types: readonly number[], w: number): boolean {
  const { count, typeOf } = s;
  return types.every((type, i) => w + i < count && typeOf[w + i] === type && s.free(w + i) && (i === 0 || !s.breakBefore(w + i)));
}

/** Another mention, at [start, end), of a name found from context: as sure as the name. */
function mentionOf(name: Candidate, start: number, end: number): Candidate {
  const mention: Candidate = { start, end, type: name.type, confidence: Math.min(name.confidence, CONFIDENCE.coreference), source: "coreference" };
  if (name.entry !== undefined) mention.entry = name.entry;
  return mention;
}
