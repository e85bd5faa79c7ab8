import { doubled } from "./grow.js";
import { arabicSkeletonInto, SKELETON_PER_UNIT } from "./romanize.js";
import type { TypeFacts, Vocabulary } from "./vocabulary.js";
import type { WordTypes } from "./wordTypes.js";
import { lendInt32, roomInt32, roomUint16, Use } from "./scratch.js";

/**
 * The collapsed romanization skeletons of a chunk's words — what
 * `collapseKey(arabicSkeletonOfRange(norm, …))` gives for each — computed on first use as
 * class codes in one flat array, so the co-mention stage can measure and test phrases of
 * one to three words without building a string per word or per phrase. Words of one type
 * that are written as their key characters (hence have the same text) share a skeleton.
 */
export class WordSkeletons {
  /**
   * Skeletons are stored by slot: a word written as its key has its type's slot, any other
   * word a slot of its own after them, given on first use. Per slot (fields in `Slot` order):
   * 1 + the start of its collapsed codes in `codes` (0: not computed yet), the skeleton's
   * length before and after collapsing repeated classes, and mayMatchWord's answer (2 yes,
   * 1 no, 0 not asked yet).
   */
  private slotData: Int32Array;
  private slotCount: number;
  private readonly texts = new Map<number, string>();
  private codes: Uint16Array;
  private used = 0;
  /** 1 + the slot of each word, 0 until asked. */
  private readonly slots: Int32Array;
  /** Skeletons of the types met in earlier chunks, when a vocabulary keeps them. */
  private readonly store: SkeletonStore | null;

  /**
   * Words are the normalized ranges [from(w), to(w)) of `norm`, of the given types;
   * `writtenAsKey(w)` is true when that range holds exactly the word's key characters. With
   * a vocabulary (the one the types come from), the skeletons of types' slots are kept in
   * it for later chunks.
   */
  constructor(
    private readonly norm: string,
    private readonly from: (w: number) => number,
    private readonly to: (w: number) => number,
    private readonly types: WordTypes,
    private readonly writtenAsKey: (w: number) => boolean,
    vocabulary?: Vocabulary,
  ) {
    this.store = vocabulary === undefined ? null : SkeletonStore.of(vocabulary);
    this.slotCount = types.count;
    this.slotData = lendInt32(Use.SkeletonSlotData, (types.count + 64) * Slot.Fields);
    this.slots = roomInt32(Use.SkeletonSlots, types.typeOf.length);
    this.codes = roomUint16(Use.SkeletonCodes, 1024);
  }

  /** Length of word w's skeleton before collapsing (what `arabicSkeletonOfRange` returns). */
  rough(w: number): number {
    return this.slotData[this.computedSlot(w) * Slot.Fields + Slot.Rough]!;
  }

  /**
   * A slot of its own for the skeleton of word w read from `from` (a normalized index inside
   * the word) on: the word without a proclitic («وسنوبروك» → «سنوبروك»), for `textOf`.
   * Computed at once; each call gives a new slot.
   */
  stemSlot(w: number, from: number): number {
    const slot = this.slotCount++;
    if (this.slotCount * Slot.Fields > this.slotData.length) this.slotData = doubled(this.slotData);
    this.computeRange(slot, from, this.to(w));
    return slot;
  }

  /**
   * `filter.mayMatch` of word w's collapsed skeleton, worked out once per slot (an instance
   * is asked with one filter only). An empty skeleton always may.
   */
  mayMatchWord(w: number, filter: KeyFilter): boolean {
    const at = this.computedSlot(w) * Slot.Fields;
    const data = this.slotData;
    if (data[at + Slot.MayMatch] === 0) {
      const n = data[at + Slot.Collapsed]!;
      const start = data[at + Slot.Start]! - 1;
      data[at + Slot.MayMatch] = n === 0 || filter.mayMatch(this.codes, n, start) ? 2 : 1;
    }
    return data[at + Slot.MayMatch] === 2;
  }

  /** May a slot's collapsed skeleton be a key of `filter`, `shortest` classes long or longer? */
  isKeyInSlot(slot: number, shortest: number, filter: KeyFilter): boolean {
    const at = slot * Slot.Fields;
    const n = this.slotData[at + Slot.Collapsed]!;
    return n >= shortest && filter.mayMatch(this.codes, n, this.slotData[at + Slot.Start]! - 1);
  }

  /** Length of collapseKey(skeletons of words first..last joined), from the collapsed words. */
  phraseLength(first: number, last: number): number {
    let length = 0;
    let previousClass = -1; // last class of the joined key so far
    for (let v = first; v <= last; v++) {
      const at = this.computedSlot(v) * Slot.Fields;
      const n = this.slotData[at + Slot.Collapsed]!;
      if (n === 0) continue;
      const start = this.slotData[at + Slot.Start]! - 1;
      length += n - (this.codes[start] === previousClass ? 1 : 0);
      previousClass = this.codes[start + n - 1]!;
    }
    return length;
  }

  /** Writes the codes of the joined, collapsed key of words first..last into `out`; returns its length. */
  writePhrase(first: number, last: number, out: Uint16Array): number {
    let length = 0;
    for (let v = first; v <= last; v++) {
      const at = this.computedSlot(v) * Slot.Fields;
      const start = this.slotData[at + Slot.Start]! - 1;
      const n = this.slotData[at + Slot.Collapsed]!;
      for (let i = n > 0 && length > 0 && this.codes[start] === out[length - 1] ? 1 : 0; i < n; i++) out[length++] = this.codes[start + i]!;
    }
    return length;
  }

  /** Word w's collapsed skeleton as a string (cached). */
  text(w: number): string {
    return this.textOf(this.computedSlot(w));
  }

  /** A slot's collapsed skeleton as a string (cached). */
  textOf(slot: number): string {
    let text = this.texts.get(slot);
    if (text === undefined) {
      text = "";
      const start = this.slotData[slot * Slot.Fields + Slot.Start]! - 1;
      const end = start + this.slotData[slot * Slot.Fields + Slot.Collapsed]!;
      // A few thousand codes per call: spreading a whole very long word would overflow the stack.
      for (let at = start; at < end; at += CODES_PER_CALL) {
        text += String.fromCharCode.apply(null, this.codes.subarray(at, Math.min(end, at + CODES_PER_CALL)) as unknown as number[]);
      }
      this.texts.set(slot, text);
    }
    return text;
  }

  /** Word w's slot, its skeleton computed. */
  private computedSlot(w: number): number {
    let slot = this.slots[w]! - 1;
    if (slot === -1) {
      if (this.writtenAsKey(w)) slot = this.types.typeOf[w]!;
      else {
        slot = this.slotCount++;
        if (this.slotCount * Slot.Fields > this.slotData.length) {
          this.slotData = doubled(this.slotData);
        }
      }
      this.slots[w] = slot + 1;
    }
    if (this.slotData[slot * Slot.Fields + Slot.Start] === 0) this.compute(w, slot);
    return slot;
  }

  /** Computes the skeleton of a slot from its word w (or copies it from the store, for a type's slot). */
  private compute(w: number, slot: number): void {
    const from = this.from(w);
    const to = this.to(w);
    const id = slot < this.types.count && this.store !== null ? this.types.ids[slot]! : -1;
    if (id >= 0 && this.store!.has(id)) {
      this.used = this.store!.copy(id, this, slot);
      return;
    }
    this.computeRange(slot, from, to);
    if (id >= 0) {
      const at = slot * Slot.Fields;
      this.store!.save(id, this.codes, this.slotData[at + Slot.Start]! - 1, this.slotData[at + Slot.Rough]!, this.slotData[at + Slot.Collapsed]!);
    }
  }

  /** Computes a slot's skeleton from the normalized text [from, to). */
  private computeRange(slot: number, from: number, to: number): void {
    const codes = this.reserve((to - from) * SKELETON_PER_UNIT);
    const at = this.used;
    const end = arabicSkeletonInto(this.norm, from, to, codes, at);
    // Collapse in place: keep a class only when it differs from the one kept before it.
    let kept = at;
    for (let i = at; i < end; i++) if (kept === at || codes[i] !== codes[kept - 1]) codes[kept++] = codes[i]!;
    this.place(slot, at, end - at, kept - at);
    this.used = kept;
  }

  /** Makes room for `n` more codes; returns the code buffer. */
  reserve(n: number): Uint16Array {
    if (this.used + n > this.codes.length) {
      const grown = new Uint16Array(Math.max(this.used + n, 2 * this.codes.length));
      grown.set(this.codes.subarray(0, this.used));
      this.codes = grown;
    }
    return this.codes;
  }

  /** Records that slot's skeleton is at `codes[start, start + collapsed)`. */
  place(slot: number, start: number, rough: number, collapsed: number): void {
    const data = this.slotData;
    data[slot * Slot.Fields + Slot.Start] = start + 1;
    data[slot * Slot.Fields + Slot.Rough] = rough;
    data[slot * Slot.Fields + Slot.Collapsed] = collapsed;
  }

  /** Codes used so far. */
  get codeCount(): number {
    return this.used;
  }
}

/**
 * The skeletons of word types, kept with a tagger's vocabulary from one chunk to the next:
 * for words written as their key, a skeleton depends on the type's letters alone.
 */
class SkeletonStore {
  private codes = new Uint16Array(1 << 12);
  private used = 0;
  private generation: number;
  /** Per vocabulary type: 1 + where its collapsed codes start in `codes` (0: none), rough length, collapsed length. */
  private readonly facts: TypeFacts;

  private constructor(vocabulary: Vocabulary) {
    this.generation = vocabulary.generation;
    this.facts = vocabulary.factsOf(SKELETONS, 3, 0);
  }

  static of(vocabulary: Vocabulary): SkeletonStore {
    const store = vocabulary.kept(SKELETONS, () => new SkeletonStore(vocabulary));
    if (store.generation !== vocabulary.generation) {
      // The vocabulary was emptied (its facts with it): so are the codes.
      store.generation = vocabulary.generation;
      store.used = 0;
    }
    return store;
  }

  has(id: number): boolean {
    return this.facts.get(id, 0) !== 0;
  }

  /** Copies type `id`'s skeleton into `into`'s codes as slot `slot`; returns the codes used after it. */
  copy(id: number, into: WordSkeletons, slot: number): number {
    const start = this.facts.get(id, 0) - 1;
    const collapsed = this.facts.get(id, 2);
    const codes = into.reserve(collapsed);
    const at = into.codeCount;
    for (let i = 0; i < collapsed; i++) codes[at + i] = this.codes[start + i]!;
    into.place(slot, at, this.facts.get(id, 1), collapsed);
    return at + collapsed;
  }

  save(id: number, codes: Uint16Array, at: number, rough: number, collapsed: number): void {
    if (this.used + collapsed > this.codes.length) {
      const grown = new Uint16Array(Math.max(this.used + collapsed, 2 * this.codes.length));
      grown.set(this.codes.subarray(0, this.used));
      this.codes = grown;
    }
    for (let i = 0; i < collapsed; i++) this.codes[this.used + i] = codes[at + i]!;
    this.facts.set(id, 0, this.used + 1);
    this.facts.set(id, 1, rough);
    this.facts.set(id, 2, collapsed);
    this.used += collapsed;
  }
}

/** The vocabulary's key for kept skeletons. */
const SKELETONS = "skeletons";

/** The numbers WordSkeletons keeps per slot, in order (`Slot.Fields` of them). */
const enum Slot {
  Start,
  Rough,
  Collapsed,
  MayMatch,
  Fields,
}

const CODES_PER_CALL = 8192;

/** Sizes of a KeyFilter's table: 2^MIN_TABLE_BITS bits at first, 2^MAX_TABLE_BITS at most. */
const MIN_TABLE_BITS = 10;
const MAX_TABLE_BITS = 21;
/** Table bits per hash set, at least, while the table may grow: about one "yes" in 64 for a key not in the set, per hash tried. */
const BITS_PER_HASH = 64;

/** Longest key the filters hash; a longer one always passes (the caller checks it exactly). */
const MAX_HASHED = 128;
/** Scratch space of every KeyFilter: the hashes of a key and its deletions, a key's codes. */
const HASHES = new Int32Array(MAX_HASHED + 1);
const SCRATCH = new Uint16Array(MAX_HASHED);
/** 31^k mod 2^32, for combining the hashes of a key's parts. */
const POWERS = new Int32Array(MAX_HASHED + 1);
POWERS[0] = 1;
for (let k = 1; k <= MAX_HASHED; k++) POWERS[k] = Math.imul(POWERS[k - 1]!, 31);

/**
 * A set of keys (strings of class codes) that answers "may this key be in the set?", or, in
 * `oneEdit` mode, "may some key of the set be at most one edit (substitution, insertion,
 * deletion) away?", from codes in a buffer, with a few array reads and no string. It holds
 * 32-bit hashes in a bit table: a "no" is certain, a "yes" must be checked exactly. The
 * table grows with what it holds (at least 64 bits a hash, up to 2^21 bits), so a filter
 * for the few names of a short article costs a few hundred bytes, not 256 KB.
 * One edit apart means that the two keys, or one of them with one class deleted and the
 * other whole or with one class deleted, are equal (symmetric deletion), so the table
 * holds each key and its deletions and a lookup tries the key and its deletions.
 */
export class KeyFilter {
  private bits: Int32Array;
  /** A mixed hash's slot is its top `32 - shift` bits. */
  private shift = 32 - MIN_TABLE_BITS;
  /** The mixed hashes set so far, to set again in a larger table. */
  private mixed: Int32Array;
  private mixedCount = 0;
  // Scratch space shared by all filters (tagging is synchronous): a text makes three filters.
  private readonly hashes = HASHES;
  private readonly scratch = SCRATCH;

  /**
   * `expected`: how many hashes will be set (the table is sized for them at once), if known.
   * `uses`: the scratch uses (scratch.ts) to borrow the table and the hash list from, for a
   * filter that lives while one chunk is tagged.
   */
  constructor(
    private readonly oneEdit: boolean,
    expected = 0,
    uses?: { bits: Use; hashes: Use },
  ) {
    while (32 - this.shift < MAX_TABLE_BITS && expected * BITS_PER_HASH > (1 << (32 - this.shift))) this.shift--;
    const words = 1 << (32 - this.shift - 5);
    const hashes = Math.max(16, expected);
    this.bits = uses === undefined ? new Int32Array(words) : lendInt32(uses.bits, words);
    this.mixed = uses === undefined ? new Int32Array(hashes) : roomInt32(uses.hashes, hashes);
  }

  /** A key this long or longer is not hashed: with one in the set, everything may match. */
  private passAll = false;

  add(key: string): void {
    this.addHashes(this.hashesToAdd(key));
  }

  /**
   * What `add(key)` sets, as a list (null: the key is too long to hash, and everything may
   * match), for a caller that adds the same keys to many filters: `addHashes` of the list
   * then does what `add` does.
   */
  hashesToAdd(key: string): Int32Array | null {
    if (key.length >= MAX_HASHED) return null;
    for (let i = 0; i < key.length; i++) this.scratch[i] = key.charCodeAt(i);
    const count = this.hashesOf(this.scratch, 0, key.length);
    const mixed = new Int32Array(count);
    for (let h = 0; h < count; h++) mixed[h] = mix(this.hashes[h]!);
    return mixed;
  }

  /** What `addPrefixes(key)` sets, as a list (see `hashesToAdd`). */
  prefixHashesToAdd(key: string): Int32Array | null {
    if (key.length >= MAX_HASHED) return null;
    const lists: Int32Array[] = [];
    for (let length = 1; length <= key.length; length++) lists.push(this.hashesToAdd(key.slice(0, length))!);
    const all = new Int32Array(lists.reduce((sum, list) => sum + list.length, 0));
    let at = 0;
    for (const list of lists) {
      all.set(list, at);
      at += list.length;
    }
    return all;
  }

  /** Sets hashes listed by `hashesToAdd` or `prefixHashesToAdd` (null: lets everything through). */
  addHashes(mixed: Int32Array | null): void {
    if (mixed === null) this.passAll = true;
    else for (let h = 0; h < mixed.length; h++) this.set(mixed[h]!);
  }

  private set(mixed: number): void {
    if (this.mixedCount === this.mixed.length) this.mixed = doubled(this.mixed);
    this.mixed[this.mixedCount++] = mixed;
    if (this.mixedCount * BITS_PER_HASH > this.bits.length * 32 && 32 - this.shift < MAX_TABLE_BITS) {
      // Twice the table, and every hash set again.
      this.shift--;
      this.bits = new Int32Array(this.bits.length * 2);
      for (let i = 0; i < this.mixedCount; i++) this.setBit(this.mixed[i]!);
    } else this.setBit(mixed);
  }

  private setBit(mixed: number): void {
    const slot = mixed >>> this.shift;
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  /** Adds every non-empty prefix of `key`: the set then answers "may this start a key?". */
  addPrefixes(key: string): void {
    this.addHashes(this.prefixHashesToAdd(key));
  }

  /**
   * False when no key of the set can match `codes[from, from + length)` (an offset rather
   * than a subarray: a view object per word type cost more than the test).
   */
  mayMatch(codes: Uint16Array, length: number, from = 0): boolean {
    if (this.passAll || length > MAX_HASHED) return true;
    const count = this.hashesOf(codes, from, length);
    for (let h = 0; h < count; h++) {
      const slot = mix(this.hashes[h]!) >>> this.shift;
      if ((this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0) return true;
    }
    return false;
  }

  /**
   * Writes into `hashes` the hash of `codes[from, from + length)` and, in one-edit mode, of each of its
   * one-deletion variants; returns how many. A variant's hash is combined from the hashes of
   * the prefix before and the suffix after the deleted class: O(length) for all of them.
   */
  private hashesOf(codes: Uint16Array, from: number, length: number): number {
    const hashes = this.hashes;
    // hashes[i] = hash of the codes from i on for now (suffix hashes; i counts from `from`).
    let suffix = 0;
    hashes[length] = 0;
    for (let i = length - 1; i >= 0; i--) {
      suffix = (Math.imul(codes[from + i]!, POWERS[length - 1 - i]!) + suffix) | 0;
      hashes[i] = suffix;
    }
    const whole = hashes[0]!;
    if (!this.oneEdit) {
      hashes[0] = whole;
      return 1;
    }
    // The variant without code i: the prefix before it shifted past the suffix after it.
    let prefix = 0;
    for (let i = 0; i < length; i++) {
      const next = hashes[i + 1]!;
      hashes[i] = (Math.imul(prefix, POWERS[length - 1 - i]!) + next) | 0;
      prefix = (Math.imul(prefix, 31) + codes[from + i]!) | 0;
    }
    hashes[length] = whole;
    return length + 1;
  }
}

/** Spreads a hash's bits, so that its top bits index a table of any size. */
function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return hash ^ (hash >>> 16);
}
