import { doubled, quadrupled } from "./grow.js";
import type { KeyStream } from "./keyStream.js";
import type { WordTypes } from "./wordTypes.js";
import type { Words } from "./words.js";
import { lendInt32, roomForList, Use } from "./scratch.js";

/** Types a vocabulary holds before it starts again from empty (its facts then take ~20 MB). */
const MOST_TYPES = 1 << 17;
/** Key characters a vocabulary holds before it starts again from empty. */
const MOST_POOLED = 1 << 21;

/**
 * The word types a tagger has met, with what it worked out about each, kept from one text
 * to the next. A tagger mostly sees short texts (one article at a time), and those repeat
 * each other's words («في», «من», «الشركة» …): without it, every text would walk the tries
 * and look up the lexicon for its whole vocabulary again. Facts that depend on the type's
 * key characters and the tagger's (fixed) data only are kept here; what depends on the
 * text (the names it links) stays per chunk. Memory is bounded: past MOST_TYPES types or
 * MOST_POOLED characters the vocabulary is emptied before the next chunk.
 */
export class Vocabulary {
  /** Key characters of every type, one type after the other. */
  private pool = new Uint16Array(1 << 12);
  private pooled = 0;
  /**
   * Per type, TypeField.Count numbers side by side: where its characters start in `pool`, how
   * many, the number of the last chunk that met it (`chunks`), and its number among that
   * chunk's types (how a chunk numbers its own types without a table of its own). Side by
   * side, a lookup of a word reads one cache line of them rather than one per array: with a
   * fresh text's words most lookups miss the cache, and typing words was a tenth of the time.
   */
  private types = new Int32Array(1024 * TypeField.Count);
  /** Types the arrays have room for. */
  private capacity = 1024;
  /** Open-addressing table of pairs: [hash, 1 + the type stored there] (0 = empty). */
  private slots = new Int32Array(2 * 2048);
  /** Types held. */
  private size = 0;
  private chunks = 0;
  private readonly facts = new Map<unknown, TypeFacts>();
  private readonly extras = new Map<unknown, unknown>();
  /**
   * Per type, its key characters as a string once asked (sized with the types: an empty
   * array written at a far index turns into a slow dictionary).
   */
  private keys = new Array<string | undefined>(1024);
  /** Bumped each time the vocabulary is emptied: what others keep beside it is stale then. */
  generation = 0;

  /**
   * Assigns each word of a chunk its type, adding the types not met before, and numbers
   * the chunk's own types in the order met. Each word is looked up here directly: a short
   * text (one article) has nearly as many types as words, so a table of the chunk's own
   * in front of this one would mostly add a second lookup. The arrays are lent
   * (scratch.ts): valid until the next chunk is typed.
   */
  typesOf(stream: KeyStream, words: Words): WordTypes {
    if (this.size > MOST_TYPES || this.pooled > MOST_POOLED) this.clear();
    if (this.chunks === 0x7fffffff) {
      this.chunks = 0;
      for (let t = 0; t < this.size; t++) this.types[t * TypeField.Count + TypeField.MetIn] = 0;
    }
    const chunk = ++this.chunks;
    const { chars } = stream;
    const { ks, ke, count } = words;
    const typeOf = lendInt32(Use.TypeOf, count);
    const idOf = lendInt32(Use.IdOf, count);
    let ids = roomForList(Use.TypeIds, count);
    let types = 0;
    for (let w = 0; w < count; w++) {
      const k0 = ks[w]!;
      const length = ke[w]! - k0;
      let hash = length;
      for (let i = 0; i < length; i++) hash = Math.imul(hash ^ chars[k0 + i]!, 0x01000193);
      hash ^= hash >>> 15;
      const { slots } = this;
      const mask = (slots.length >> 1) - 1;
      let slot = hash & mask;
      let id = -1;
      for (let stored = slots[2 * slot + 1]!; stored !== 0; slot = (slot + 1) & mask, stored = slots[2 * slot + 1]!) {
        if (slots[2 * slot] !== hash) continue;
        const at = (stored - 1) * TypeField.Count;
        if (this.types[at + TypeField.Length] !== length) continue;
        const from = this.types[at + TypeField.Start]!;
        let i = 0;
        while (i < length && this.pool[from + i] === chars[k0 + i]) i++;
        if (i === length) {
          id = stored - 1;
          break;
        }
      }
      if (id < 0) id = this.add(chars, k0, length, hash, slot);
      const record = this.types;
      const at = id * TypeField.Count;
      if (record[at + TypeField.MetIn] !== chunk) {
        record[at + TypeField.MetIn] = chunk;
        record[at + TypeField.ChunkType] = types;
        if (types === ids.length) ids = doubled(ids);
        ids[types++] = id;
      }
      typeOf[w] = record[at + TypeField.ChunkType]!;
      idOf[w] = id;
    }
    return { count: types, typeOf, ids: ids.subarray(0, types), idOf };
  }

  /**
   * The kept facts named `key` (one table per key: a trie, or a name), `width` numbers per
   * type, `unknown` until a chunk stores one.
   */
  factsOf(key: unknown, width: number, unknown: number): TypeFacts {
    let facts = this.facts.get(key);
    if (facts !== undefined && facts.width !== width) throw new Error(`vocabulary facts ${String(key)} have ${facts.width} numbers a type, not ${width}`);
    if (facts === undefined) {
      facts = new TypeFacts(width, unknown, this.capacity);
      this.facts.set(key, facts);
    }
    return facts;
  }

  /**
   * Something else kept with the vocabulary under `key`, made by `make` the first time.
   * Whatever it keeps per type is stale once `generation` has changed.
   */
  kept<T>(key: unknown, make: () => T): T {
    let value = this.extras.get(key) as T | undefined;
    if (value === undefined) {
      value = make();
      this.extras.set(key, value);
    }
    return value;
  }

  /** The key characters of type `id` as a string (kept). */
  keyText(id: number): string {
    let key = this.keys[id];
    if (key === undefined) {
      key = "";
      const start = this.types[id * TypeField.Count + TypeField.Start]!;
      const end = start + this.types[id * TypeField.Count + TypeField.Length]!;
      // A few thousand codes per call: spreading a very long word would overflow the stack.
      for (let at = start; at < end; at += 4096) {
        key += String.fromCharCode.apply(null, this.pool.subarray(at, Math.min(end, at + 4096)) as unknown as number[]);
      }
      this.keys[id] = key;
    }
    return key;
  }

  /** Adds a type at an empty slot of the table; returns its number. */
  private add(chars: Uint16Array, k0: number, length: number, hash: number, slot: number): number {
    const id = this.size++;
    if (id === this.capacity) {
      // Four times the room: each growth leaves the old arrays (and every fact table's) to
      // the collector, and a new tagger meeting a long text grows from 1,024 types to ~100,000.
      this.types = quadrupled(this.types);
      this.capacity *= 4;
      this.keys.length = this.capacity;
      for (const facts of this.facts.values()) facts.grow(this.capacity);
    }
    if (this.pooled + length > this.pool.length) {
      const grown = new Uint16Array(Math.max(2 * this.pool.length, this.pooled + length));
      grown.set(this.pool.subarray(0, this.pooled));
      this.pool = grown;
    }
    for (let i = 0; i < length; i++) this.pool[this.pooled + i] = chars[k0 + i]!;
    const at = id * TypeField.Count;
    this.types[at + TypeField.Start] = this.pooled;
    this.types[at + TypeField.Length] = length;
    this.types[at + TypeField.MetIn] = 0;
    this.pooled += length;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
    if (this.size > this.slots.length >> 2) {
      // Sized for the types (at most half full), doubled as they come: a small table stays in cache.
      const old = this.slots;
      const mask = old.length - 1; // twice as many slots, so twice the old pair count - 1
      this.slots = new Int32Array(2 * old.length);
      for (let p = 0; p < old.length; p += 2) {
        if (old[p + 1] === 0) continue;
        let t = old[p]! & mask;
        while (this.slots[2 * t + 1] !== 0) t = (t + 1) & mask;
        this.slots[2 * t] = old[p]!;
        this.slots[2 * t + 1] = old[p + 1]!;
      }
    }
    return id;
  }


  /** Forgets every type and fact. */
  private clear(): void {
    this.size = 0;
    this.pooled = 0;
    this.slots.fill(0);
    this.keys = new Array<string | undefined>(this.capacity);
    this.generation++;
    for (const facts of this.facts.values()) facts.clear();
  }
}

/** The numbers a vocabulary keeps of each type, side by side (see Vocabulary.types). */
const enum TypeField {
  Start,
  Length,
  MetIn,
  ChunkType,
  Count,
}

/** Numbers a vocabulary keeps per type: `width` of them, `unknown` until stored. */
export class TypeFacts {
  private values: Int32Array;

  constructor(
    readonly width: number,
    private readonly unknown: number,
    capacity: number,
  ) {
    this.values = new Int32Array(capacity * width).fill(unknown);
  }

  /**
   * The facts, type `id`'s at `id * width`, read and written in place by a chunk (by its
   * words' `idOf`). The array is replaced when the vocabulary grows, which happens only
   * while a chunk's words are typed: a chunk may hold on to it until the next one.
   */
  get table(): Int32Array {
    return this.values;
  }

  /** Fact `field` of vocabulary type `id`. */
  get(id: number, field: number): number {
    return id * this.width < this.values.length ? this.values[id * this.width + field]! : this.unknown;
  }

  set(id: number, field: number, value: number): void {
    this.values[id * this.width + field] = value;
  }

  /** Makes room for `capacity` types. */
  grow(capacity: number): void {
    const grown = new Int32Array(capacity * this.width).fill(this.unknown);
    grown.set(this.values);
    this.values = grown;
  }

  clear(): void {
    this.values.fill(this.unknown);
  }
}
