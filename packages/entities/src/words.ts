import type { KeyStream } from "./keyStream.js";
import { roomInt32, Use } from "./scratch.js";

/** The words of a key stream: word w is key characters [ks[w], ke[w]). */
export interface Words {
  count: number;
  ks: Int32Array;
  ke: Int32Array;
}

/** The words of a key stream, from the word starts its scan recorded. */
export function wordsOf(stream: KeyStream): Words {
  const ks = stream.wordStarts;
  const count = ks.length;
  const ke = roomInt32(Use.WordEnds, count);
  for (let w = 0; w + 1 < count; w++) ke[w] = ks[w + 1]!;
  if (count > 0) ke[count - 1] = stream.length;
  return { count, ks, ke };
}
