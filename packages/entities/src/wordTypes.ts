import { doubled } from "./grow.js";
import type { KeyStream } from "./keyStream.js";
import type { Words } from "./words.js";

/**
 * The word types of a chunk: words with the same key characters share a type (and so the
 * same script: each key character belongs to one script group, see chars.ts). What depends
 * on a word's letters alone — its trie matches, lexicon entry, proclitic forms and, for
 * words written as their key, the romanization skeleton — is worked out once per type
 * instead of once per word, and kept by the tagger's vocabulary (vocabulary.ts) for later chunks.
 */
export interface WordTypes {
  /** Number of distinct types in this chunk. */
  count: number;
  /** Type of each word, 0 .. count - 1 (this chunk's numbering). */
  typeOf: Int32Array;
  /** The vocabulary's number of each of this chunk's types. */
  ids: Int32Array;
  /** The vocabulary's number of each word's type (`ids[typeOf[w]]`). */
  idOf: Int32Array;
}

/** A chunk's own word types: each word's type, and each type's first key characters, length and hash. */
export interface ChunkTypes {
  count: number;
  typeOf: Int32Array;
  starts: Int32Array;
  lengths: Int32Array;
  hashes: Int32Array;
}

/** Types the words of a chunk (an open-addressing hash table on the key characters). */
export function typeWords(stream: KeyStream, words: Words): ChunkTypes {
  const { chars } = stream;
  const { ks, ke, count } = words;
  const typeOf = new Int32Array(count);
  /** Per type: the key index its first word starts at, its length and hash (grown as types come). */
  let typeStart = new Int32Array(1024);
  let typeLength = new Int32Array(1024);
  let typeHash = new Int32Array(1024);
  // Sized for the types, not the words, and doubled as they come: a small table stays in cache.
  let size = 1024;
  /** slot → 1 + the type stored there, 0 = empty. */
  let slots = new Int32Array(size);
  let types = 0;
  for (let w = 0; w < count; w++) {
    const k0 = ks[w]!;
    const length = ke[w]! - k0;
    let hash = length;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ chars[k0 + i]!, 0x01000193);
    hash ^= hash >>> 15;
    let slot = hash & (size - 1);
    let type = -1;
    for (let stored = slots[slot]!; stored !== 0; slot = (slot + 1) & (size - 1), stored = slots[slot]!) {
      const t = stored - 1;
      if (typeHash[t] !== hash || typeLength[t] !== length) continue;
      const other = typeStart[t]!;
      let i = 0;
      while (i < length && chars[other + i] === chars[k0 + i]) i++;
      if (i === length) {
        type = t;
        break;
      }
    }
    if (type >= 0) {
      typeOf[w] = type;
      continue;
    }
    if (types === typeStart.length) {
      typeStart = doubled(typeStart);
      typeLength = doubled(typeLength);
      typeHash = doubled(typeHash);
    }
    typeStart[types] = k0;
    typeLength[types] = length;
    typeHash[types] = hash;
    typeOf[w] = types;
    slots[slot] = ++types;
    if (2 * types > size) {
      size *= 2;
      slots = new Int32Array(size);
      for (let t = 0; t < types; t++) {
        let s = typeHash[t]! & (size - 1);
        while (slots[s] !== 0) s = (s + 1) & (size - 1);
        slots[s] = t + 1;
      }
    }
  }
  return { count: types, typeOf, starts: typeStart, lengths: typeLength, hashes: typeHash };
}
