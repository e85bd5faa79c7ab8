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
