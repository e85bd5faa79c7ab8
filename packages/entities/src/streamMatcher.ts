import { ARABIC, BREAK_BEFORE, WORD_START } from "./keyStream.js";
import type { KeyStream } from "./keyStream.js";
import { LAM_ARTICLE, PROCLITICS } from "./lexicon.js";
import type { KeyTrie } from "./trie.js";
import type { Words } from "./words.js";
import type { Vocabulary } from "./vocabulary.js";
import type { WordTypes } from "./wordTypes.js";

/**
 * Values of the word-end cache besides a node with children (>= 0): a walk that fell off
 * inside the word, one not worked out yet, and (LEAF - key) a walk that ended on a leaf,
 * which is the whole answer: no key goes on into the next words.
 */
const FELL_OFF = -1;
const UNKNOWN = -2;
const LEAF = -3;

/** 1 at the first letters of the proclitic forms, for a quick "may a proclitic start here?". */
export const PROCLITIC_LETTERS = new Uint8Array(0x10000);
for (const form of [...PROCLITICS, ...LAM_ARTICLE]) PROCLITIC_LETTERS[form.charCodeAt(0)] = 1;

/** Proclitic forms tried at an Arabic word start: «لل» (then a virtual «ال») first, longest first. */
export const STRIP_FORMS: ReadonlyArray<{ form: string; skip: number; virtual: string }> = [
  ...LAM_ARTICLE.map((form) => ({ form, skip: form.length, virtual: "ال" })),
  ...PROCLITICS.map((form) => ({ form, skip: form.length, virtual: "" })),
];

/**
 * Most forms that can be stripped at one word start: they are then all prefixes of the
 * longest of them («ولل», «ول», «و»), so at most as many as the forms that are prefixes of
 * one form.
 */
const MOST_FORMS_AT_ONCE = Math.max(...STRIP_FORMS.map(({ form }) => STRIP_FORMS.filter((other) => form.startsWith(other.form)).length));

/** Number of bits set in a 32-bit integer. */
function bitCount(bits: number): number {
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Where walks of one trie through a word type end (see `longestEndOfWord`) take this many
 * numbers per type: the plain walk, then the walks after each proclitic form the type may
 * strip, in the order of the forms' bits in its proclitic mask. Kept small (16 bytes a
 * type): a slot per form and type (60 bytes) no longer stayed in the processor's cache.
 */
const ENDS_WIDTH = 1 + MOST_FORMS_AT_ONCE;

/** The vocabulary's key for proclitic masks. */
const PROCLITIC_MASKS = "procliticMasks";

/** A one-slot "cache" for a walk that is not kept. */
const UNCACHED = new Int32Array(1);

/** Trie matches on the words of one key stream (gazetteer names, lexicon words). */
export class StreamMatcher {
  /** The key of the last match `longestEnd` found: a number, not an object per word. */
  matchedKey = -1;
  private readonly chars: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly length: number;
  /** procliticStarts per word type, -1 until asked: the gazetteer and the lexicon both ask for every word. */
  private readonly procliticMasks: Int32Array;
  /** The tries asked about so far and, for each, where walks through the word types end (ENDS_WIDTH per type). */
  private readonly cachedTries: KeyTrie[] = [];
  private readonly wordEnds: Int32Array[] = [];

  /**
   * `types` are the words' types in `vocabulary`, which keeps what is worked out about each
   * type (read and written in place, by the words' vocabulary numbers) for this chunk and
   * later ones.
   */
  constructor(
    stream: KeyStream,
    private readonly words: Words,
    readonly types: WordTypes,
    private readonly vocabulary: Vocabulary,
  ) {
    this.chars = stream.chars;
    this.flags = stream.flags;
    this.length = stream.length;
    this.procliticMasks = this.vocabulary.factsOf(PROCLITIC_MASKS, 1, -1).table;
  }

  /**
   * End of the longest trie match from key index k (optionally after a virtual prefix)
   * that ends at a word end, or -1; its key is left in `matchedKey`.
   */
  longestEnd(trie: KeyTrie, k: number, virtual: string): number {
    const node = virtual === "" ? trie.root : trie.walk(trie.root, virtual);
    if (node < 0 || k >= this.length) return -1;
    return this.walkOn(trie, trie.step(node, this.chars[k]!), k + 1, -1, -1);
  }

  /**
   * `longestEnd` from the start of word w, after STRIP_FORMS[form] when form >= 0. The walk
   * through the word itself depends only on its letters, so the node it reaches at the
   * word's end is kept per word type (or the answer itself, when no key goes on past that
   * node); only the rest of the walk, into the next words, is made per word (and mostly
   * stops at their first letter).
   */
  longestEndOfWord(trie: KeyTrie, w: number, form: number): number {
    let cache = this.wordEndsOf(trie);
    let at = this.types.idOf[w]! * ENDS_WIDTH;
    if (form >= 0) {
      // After the plain walk, the form's rank among the forms this type may strip; a form
      // it may not strip (no caller asks for one) is walked without a cache.
      const mask = this.procliticStarts(w);
      if ((mask >>> form) & 1) at += 1 + bitCount(mask & ((1 << form) - 1));
      else {
        cache = UNCACHED;
        at = 0;
        UNCACHED[0] = UNKNOWN;
      }
    }
    let node = cache[at]!;
    if (node === UNKNOWN) {
      node = form < 0 ? trie.root : trie.walk(trie.root, STRIP_FORMS[form]!.virtual);
      const end = this.words.ke[w]!;
      for (let j = this.words.ks[w]! + (form < 0 ? 0 : STRIP_FORMS[form]!.skip); j < end && node >= 0; j++) node = trie.step(node, this.chars[j]!);
      if (node >= 0 && !trie.hasChildren(node)) node = trie.terminalOf(node) >= 0 ? LEAF - trie.terminalOf(node) : FELL_OFF;
      cache[at] = node;
    }
    if (node === FELL_OFF) return -1;
    if (node <= LEAF) {
      this.matchedKey = LEAF - node;
      return this.words.ke[w]!;
    }
    return this.walkOn(trie, node, this.words.ke[w]!, -1, -1);
  }

  /**
   * True when no walk made so far through word w's type, in any form, may go on past the
   * word: then what `longestEndOfWord` answered for it holds for every word of the type.
   */
  walksEndInWord(trie: KeyTrie, w: number): boolean {
    const ends = this.wordEndsOf(trie);
    const base = this.types.idOf[w]! * ENDS_WIDTH;
    for (let i = 0; i < ENDS_WIDTH; i++) if (ends[base + i]! >= 0) return false;
    return true;
  }

  /** The word-end cache of a trie (a chunk asks about two or three tries: a short list beats a Map). */
  private wordEndsOf(trie: KeyTrie): Int32Array {
    for (let i = 0; i < this.cachedTries.length; i++) if (this.cachedTries[i] === trie) return this.wordEnds[i]!;
    const ends = this.vocabulary.factsOf(trie, ENDS_WIDTH, UNKNOWN).table;
    this.cachedTries.push(trie);
    this.wordEnds.push(ends);
    return ends;
  }

  /**
   * Goes on with a walk that reached `node` (-1: fell off) after key character j - 1:
   * records a key ending there at a word end, then steps on from j until the walk falls
   * off or meets a break. Returns the best end (or -1) and leaves its key in `matchedKey`.
   */
  private walkOn(trie: KeyTrie, node: number, j: number, bestEnd: number, bestKey: number): number {
    const { chars, flags, length } = this;
    while (node >= 0) {
      const key = trie.terminalOf(node);
      if (key >= 0 && (j >= length || flags[j]! & WORD_START)) {
        bestEnd = j;
        bestKey = key;
      }
      if (j >= length || flags[j]! & BREAK_BEFORE) break;
      node = trie.step(node, chars[j]!);
      j++;
    }
    // One write to the shared slot per match, none for the many words with no match.
    if (bestEnd >= 0) this.matchedKey = bestKey;
    return bestEnd;
  }

  /** Bit i set: STRIP_FORMS[i] may be stripped at word w (leaving 3+ key characters in the word). */
  procliticStarts(w: number): number {
    const id = this.types.idOf[w]!;
    const known = this.procliticMasks[id]!;
    if (known >= 0) return known;
    const mask = this.findProcliticStarts(w);
    this.procliticMasks[id] = mask;
    return mask;
  }

  private findProcliticStarts(w: number): number {
    const { chars, flags } = this;
    const k = this.words.ks[w]!;
    // Most words start with no proclitic letter: answer at once.
    if (!(flags[k]! & ARABIC) || PROCLITIC_LETTERS[chars[k]!] === 0) return 0;
    const room = this.words.ke[w]! - k - 3;
    let mask = 0;
    for (let f = 0; f < STRIP_FORMS.length; f++) {
      const form = STRIP_FORMS[f]!.form;
      if (form.length > room) continue;
      let same = true;
      for (let i = 0; i < form.length && same; i++) same = chars[k + i] === form.charCodeAt(i);
      if (same) mask |= 1 << f;
    }
    return mask;
  }
}
