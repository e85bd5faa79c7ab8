import { ARABIC, UNLIKE_KEY, type KeyStream } from "./keyStream.js";
import { roomInt32, Use } from "./scratch.js";
import type { KnownWords } from "./values/lexeme-table.js";
import type { Words } from "./words.js";

/**
 * The words of a chunk that the values finder may take as they are (see KnownWords):
 * Arabic words written as their keys (no character folded or ignored: nearly every Arabic
 * word once normalized), as spans of the normalized text, numbered by vocabulary type: the
 * same type, the same letters. The values finder then splits only the text around them, and
 * asks whether a word may start an expression once per type, keeping the answer in `facts`
 * (a vocabulary fact table, so it lasts from one chunk to the next).
 */
export function plainArabicWords(stream: KeyStream, words: Words, idOf: Int32Array, facts: Int32Array): KnownWords {
  const { pos, flags } = stream;
  const { ks, ke, count } = words;
  const starts = roomInt32(Use.PlainWordStarts, count);
  const ends = roomInt32(Use.PlainWordEnds, count);
  const ids = roomInt32(Use.PlainWordIds, count);
  let plain = 0;
  for (let w = 0; w < count; w++) {
    const first = flags[ks[w]!]!;
    if ((first & ARABIC) === 0 || (first & UNLIKE_KEY) !== 0) continue;
    starts[plain] = pos[ks[w]!]!;
    ends[plain] = pos[ke[w]! - 1]! + 1;
    ids[plain++] = idOf[w]!;
  }
  return { count: plain, starts, ends, ids, facts };
}
