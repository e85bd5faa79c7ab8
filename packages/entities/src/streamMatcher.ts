import { ARABIC, BREAK_BEFORE, WORD_START } from "./keyStream.js";
import type { KeyStream } from "./keyStream.js";
import { LAM_ARTICLE, PROCLITICS } from "./lexicon.js";
import type { KeyTrie } from "./trie.js";
import type { Words } from "./words.js";

/** 1 at the first letters of the proclitic forms, for a quick "may a proclitic start here?". */
export const PROCLITIC_LETTERS = new Uint8Array(0x10000);
for (const form of [...PROCLITICS, ...LAM_ARTICLE]) PROCLITIC_LETTERS[form.charCodeAt(0)] = 1;

/** Proclitic forms tried at an Arabic word start: «لل» (then a virtual «ال») first, longest first. */
export const STRIP_FORMS: ReadonlyArray<{ form: string; skip: number; virtual: string }> = [
  ...LAM_ARTICLE.map((form) => ({ form, skip: form.length, virtual: "ال" })),
  ...PROCLITICS.map((form) => ({ form, skip: form.length, virtual: "" })),
];

/** Trie matches on the words of one key stream (gazetteer names, lexicon words). */
export class StreamMatcher {
  /** The key of the last match `longestEnd` found: a number, not an object per word. */
  matchedKey = -1;
  private readonly chars: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly length: number;
  /** procliticStarts per word, -1 until asked: the gazetteer and the lexicon both ask for every word. */
  private readonly procliticMasks: Int32Array;

  constructor(
    stream: KeyStream,
    private readonly words: Words,
  ) {
    this.chars = stream.chars;
    this.flags = stream.flags;
    this.length = stream.length;
    this.procliticMasks = new Int32Array(words.count).fill(-1);
  }

  /**
   * End of the longest trie match from key index k (optionally after a virtual prefix)
   * that ends at a word end, or -1; its key is left in `matchedKey`.
   */
  longestEnd(trie: KeyTrie, k: number, virtual: string): number {
    const { chars, flags, length } = this;
    let node = virtual === "" ? trie.root : trie.walk(trie.root, virtual);
    let bestEnd = -1;
    let bestKey = -1;
    for (let j = k; j < length && node >= 0; j++) {
      if (j > k && flags[j]! & BREAK_BEFORE) break;
      node = trie.step(node, chars[j]!);
      if (node < 0) break;
      const key = trie.terminalOf(node);
      if (key >= 0 && (j + 1 >= length || flags[j + 1]! & WORD_START)) {
        bestEnd = j + 1;
        bestKey = key;
      }
    }
    // One write to the shared slot per match, none for the many words with no match.
    if (bestEnd >= 0) this.matchedKey = bestKey;
    return bestEnd;
  }

  /** Bit i set: STRIP_FORMS[i] may be stripped at word w (leaving 3+ key characters in the word). */
  procliticStarts(w: number): number {
    const known = this.procliticMasks[w]!;
    if (known >= 0) return known;
    const mask = this.findProcliticStarts(w);
    this.procliticMasks[w] = mask;
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
