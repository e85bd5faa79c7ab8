import { arabicSkeletonInto, SKELETON_PER_UNIT } from "./romanize.js";
import type { WordTypes } from "./wordTypes.js";

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
   * word a slot of its own (types.count + w). Per slot: 1 once computed, and the start of
   * its collapsed codes in `codes`. (Zero means "not yet" in every per-slot and per-word
   * array: they are sized for every word, and fresh zeroed memory costs nothing until used.)
   */
  private readonly computed: Uint8Array;
  private readonly start: Int32Array;
  /** Length of a slot's skeleton before and after collapsing repeated classes. */
  private readonly roughLength: Int32Array;
  private readonly collapsedLength: Int32Array;
  private readonly texts = new Map<number, string>();
  private codes: Uint16Array;
  private used = 0;

  /** mayMatchWord per slot: 2 yes, 1 no, 0 not asked yet. */
  private readonly mayMatchKnown: Uint8Array;
  /** 1 + the slot of each word, 0 until asked. */
  private readonly slots: Int32Array;

  /**
   * Words are the normalized ranges [from(w), to(w)) of `norm`, of the given types;
   * `writtenAsKey(w)` is true when that range holds exactly the word's key characters.
   */
  constructor(
    private readonly norm: string,
    private readonly from: (w: number) => number,
    private readonly to: (w: number) => number,
    private readonly types: WordTypes,
    private readonly writtenAsKey: (w: number) => boolean,
  ) {
    const count = types.count + types.typeOf.length;
    this.slots = new Int32Array(types.typeOf.length);
    this.computed = new Uint8Array(count);
    this.start = new Int32Array(count);
    this.roughLength = new Int32Array(count);
    this.collapsedLength = new Int32Array(count);
    this.mayMatchKnown = new Uint8Array(count);
    this.codes = new Uint16Array(1024);
  }

  /** Length of word w's skeleton before collapsing (what `arabicSkeletonOfRange` returns). */
  rough(w: number): number {
    const t = this.slotOf(w);
    if (this.computed[t] === 0) this.compute(w, t);
    return this.roughLength[t]!;
  }

  /**
   * `filter.mayMatch` of word w's collapsed skeleton, worked out once per slot (an instance
   * is asked with one filter only). An empty skeleton always may.
   */
  mayMatchWord(w: number, filter: KeyFilter): boolean {
    const t = this.slotOf(w);
    if (this.computed[t] === 0) this.compute(w, t);
    let known = this.mayMatchKnown[t]!;
    if (known === 0) {
      const n = this.collapsedLength[t]!;
      const at = this.start[t]!;
      known = n === 0 || filter.mayMatch(this.codes.subarray(at, at + n), n) ? 2 : 1;
      this.mayMatchKnown[t] = known;
    }
    return known === 2;
  }

  /** Length of collapseKey(skeletons of words first..last joined), from the collapsed words. */
  phraseLength(first: number, last: number): number {
    let length = 0;
    let previousClass = -1; // last class of the joined key so far
    for (let v = first; v <= last; v++) {
      const t = this.slotOf(v);
      if (this.computed[t] === 0) this.compute(v, t);
      const n = this.collapsedLength[t]!;
      if (n === 0) continue;
      const at = this.start[t]!;
      length += n - (this.codes[at] === previousClass ? 1 : 0);
      previousClass = this.codes[at + n - 1]!;
    }
    return length;
  }

  /** Writes the codes of the joined, collapsed key of words first..last into `out`; returns its length. */
  writePhrase(first: number, last: number, out: Uint16Array): number {
    let length = 0;
    for (let v = first; v <= last; v++) {
      const t = this.slotOf(v);
      if (this.computed[t] === 0) this.compute(v, t);
      const at = this.start[t]!;
      const n = this.collapsedLength[t]!;
      for (let i = n > 0 && length > 0 && this.codes[at] === out[length - 1] ? 1 : 0; i < n; i++) out[length++] = this.codes[at + i]!;
    }
    return length;
  }

  /** Word w's collapsed skeleton as a string (cached). */
  text(w: number): string {
    const t = this.slotOf(w);
    let text = this.texts.get(t);
    if (text === undefined) {
      if (this.computed[t] === 0) this.compute(w, t);
      text = "";
      const end = this.start[t]! + this.collapsedLength[t]!;
      // A few thousand codes per call: spreading a whole very long word would overflow the stack.
      for (let at = this.start[t]!; at < end; at += CODES_PER_CALL) {
        text += String.fromCharCode.apply(null, this.codes.subarray(at, Math.min(end, at + CODES_PER_CALL)) as unknown as number[]);
      }
      this.texts.set(t, text);
    }
    return text;
  }

  private slotOf(w: number): number {
    let slot = this.slots[w]! - 1;
    if (slot === -1) {
      slot = this.writtenAsKey(w) ? this.types.typeOf[w]! : this.types.count + w;
      this.slots[w] = slot + 1;
    }
    return slot;
  }

  /** Computes the skeleton of slot t from its word w. */
  private compute(w: number, t: number): void {
    const from = this.from(w);
    const to = this.to(w);
    const room = this.used + (to - from) * SKELETON_PER_UNIT;
    if (room > this.codes.length) {
      const grown = new Uint16Array(Math.max(room, 2 * this.codes.length));
      grown.set(this.codes.subarray(0, this.used));
      this.codes = grown;
    }
    const codes = this.codes;
    const at = this.used;
    const end = arabicSkeletonInto(this.norm, from, to, codes, at);
    // Collapse in place: keep a class only when it differs from the one kept before it.
    let kept = at;
    for (let i = at; i < end; i++) if (kept === at || codes[i] !== codes[kept - 1]) codes[kept++] = codes[i]!;
    this.computed[t] = 1;
    this.start[t] = at;
    this.roughLength[t] = end - at;
    this.collapsedLength[t] = kept - at;
    this.used = kept;
  }
}

const CODES_PER_CALL = 8192;

/** Longest key the filters hash; a longer one always passes (the caller checks it exactly). */
const MAX_HASHED = 128;
/** 31^k mod 2^32, for combining the hashes of a key's parts. */
const POWERS = new Int32Array(MAX_HASHED + 1);
POWERS[0] = 1;
for (let k = 1; k <= MAX_HASHED; k++) POWERS[k] = Math.imul(POWERS[k - 1]!, 31);

/**
 * A set of keys (strings of class codes) that answers "may this key be in the set?", or, in
 * `oneEdit` mode, "may some key of the set be at most one edit (substitution, insertion,
 * deletion) away?", from codes in a buffer, with a few array reads and no string. It holds
 * 32-bit hashes in a 2^21-bit table: a "no" is certain, a "yes" must be checked exactly.
 * One edit apart means that the two keys, or one of them with one class deleted and the
 * other whole or with one class deleted, are equal (symmetric deletion), so the table
 * holds each key and its deletions and a lookup tries the key and its deletions.
 */
export class KeyFilter {
  private readonly bits = new Int32Array(1 << 16);
  private readonly hashes = new Int32Array(MAX_HASHED + 1);
  private readonly scratch = new Uint16Array(MAX_HASHED);

  constructor(private readonly oneEdit: boolean) {}

  /** A key this long or longer is not hashed: with one in the set, everything may match. */
  private passAll = false;

  add(key: string): void {
    if (key.length >= MAX_HASHED) {
      this.passAll = true;
      return;
    }
    for (let i = 0; i < key.length; i++) this.scratch[i] = key.charCodeAt(i);
    const count = this.hashesOf(this.scratch, key.length);
    for (let h = 0; h < count; h++) {
      const slot = mix(this.hashes[h]!);
      this.bits[slot >>> 5]! |= 1 << (slot & 31);
    }
  }

  /** Adds every non-empty prefix of `key`: the set then answers "may this start a key?". */
  addPrefixes(key: string): void {
    for (let length = 1; length <= key.length && !this.passAll; length++) this.add(key.slice(0, length));
  }

  /** False when no key of the set can match `codes[0, length)`. */
  mayMatch(codes: Uint16Array, length: number): boolean {
    if (this.passAll || length > MAX_HASHED) return true;
    const count = this.hashesOf(codes, length);
    for (let h = 0; h < count; h++) {
      const slot = mix(this.hashes[h]!);
      if ((this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0) return true;
    }
    return false;
  }

  /**
   * Writes into `hashes` the hash of `codes[0, length)` and, in one-edit mode, of each of its
   * one-deletion variants; returns how many. A variant's hash is combined from the hashes of
   * the prefix before and the suffix after the deleted class: O(length) for all of them.
   */
  private hashesOf(codes: Uint16Array, length: number): number {
    const hashes = this.hashes;
    // hashes[i] = hash of codes[i, length) for now (suffix hashes).
    let suffix = 0;
    hashes[length] = 0;
    for (let i = length - 1; i >= 0; i--) {
      suffix = (Math.imul(codes[i]!, POWERS[length - 1 - i]!) + suffix) | 0;
      hashes[i] = suffix;
    }
    const whole = hashes[0]!;
    if (!this.oneEdit) {
      hashes[0] = whole;
      return 1;
    }
    // The variant without codes[i]: prefix codes[0, i) shifted past the suffix codes[i+1, length).
    let prefix = 0;
    for (let i = 0; i < length; i++) {
      const next = hashes[i + 1]!;
      hashes[i] = (Math.imul(prefix, POWERS[length - 1 - i]!) + next) | 0;
      prefix = (Math.imul(prefix, 31) + codes[i]!) | 0;
    }
    hashes[length] = whole;
    return length + 1;
  }
}

/** Spreads a hash over the table's 21 bits. */
function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (hash ^ (hash >>> 16)) >>> 11;
}
