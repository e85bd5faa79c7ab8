import { WORD_START } from "./keyStream.js";
import type { KeyStream } from "./keyStream.js";

/** The words of a key stream: word w is key characters [ks[w], ke[w]). */
export interface Words {
  count: number;
  ks: Int32Array;
  ke: Int32Array;
}

/** Splits a key stream into words at its WORD_START flags. */
export function wordsOf(stream: KeyStream): Words {
  let count = 0;
  for (let k = 0; k < stream.length; k++) if (stream.flags[k]! & WORD_START) count++;
  const ks = new Int32Array(count);
  const ke = new Int32Array(count);
  let w = 0;
  for (let k = 0; k < stream.length; k++) {
    if (stream.flags[k]! & WORD_START) {
      if (w > 0) ke[w - 1] = k;
      ks[w++] = k;
    }
  }
  if (count > 0) ke[count - 1] = stream.length;
  return { count, ks, ke };
}
