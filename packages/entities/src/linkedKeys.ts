import type { Gazetteer } from "./gazetteer.js";
import { KeyFilter } from "./phraseKeys.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * What the co-mention stage (guess/linkedSpellings.ts) needs of an entry linked in a text: its
 * romanization keys and what they set in that stage's filters. A stream of texts links the
 * same names again and again, so this is worked out once per tagger and entry; a text then
 * reads numbers and lists instead of walking strings and looking keys up in maps (that
 * setup took 3 µs of a 25 µs sentence).
 */
export interface LinkedKeys {
  /** Its romanization keys of 4+ classes, in the gazetteer's order: the ones a window may match. */
  readonly windowKeys: readonly string[];
  /** The length of each of its romanization keys, short ones included. */
  readonly lengths: readonly number[];
  /** The longest of them (0 when it has none). */
  readonly longest: number;
  /**
   * Per window key, what it sets in the stage's filters: KeyFilter.hashesToAdd without and
   * with one edit, and prefixHashesToAdd (null: the key is too long to hash).
   */
  readonly exact: ReadonlyArray<Int32Array | null>;
  readonly near: ReadonlyArray<Int32Array | null>;
  readonly starts: ReadonlyArray<Int32Array | null>;
  /** Hashes the near and start lists set, at most: n + 1 and n (n + 3) / 2 per key of n classes. */
  readonly nearCount: number;
  readonly startCount: number;
}

/** Shortest romanization key a co-mention window may match. */
const SHORTEST_WINDOW_KEY = 4;

/** The vocabulary's key for the kept LinkedKeys (they depend on the gazetteer only). */
const LINKED_KEYS = "linkedKeys";

// Filters that only compute hash lists (a list does not depend on the filter it is made by).
const EXACT = new KeyFilter(false);
const NEAR = new KeyFilter(true);

/** A function giving each entry's LinkedKeys, kept with the tagger's vocabulary. */
export function linkedKeysOf(vocabulary: Vocabulary, gazetteer: Gazetteer): (entry: number) => LinkedKeys {
  const kept = vocabulary.kept(LINKED_KEYS, () => new Map<number, LinkedKeys>());
  return (entry) => {
    let keys = kept.get(entry);
    if (keys === undefined) kept.set(entry, (keys = linkedKeys(gazetteer.romanKeys[entry]!)));
    return keys;
  };
}

function linkedKeys(romanKeys: readonly string[]): LinkedKeys {
  const windowKeys = romanKeys.filter((key) => key.length >= SHORTEST_WINDOW_KEY);
  let nearCount = 0;
  let startCount = 0;
  for (const { length } of windowKeys) {
    nearCount += length + 1;
    startCount += (length * (length + 3)) / 2;
  }
  const lengths = romanKeys.map((key) => key.length);
  return {
    windowKeys,
    lengths,
    longest: Math.max(0, ...lengths),
    exact: windowKeys.map((key) => EXACT.hashesToAdd(key)),
    near: windowKeys.map((key) => NEAR.hashesToAdd(key)),
    starts: windowKeys.map((key) => NEAR.prefixHashesToAdd(key)),
    nearCount,
    startCount,
  };
}
