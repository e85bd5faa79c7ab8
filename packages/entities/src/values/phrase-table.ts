import type { Lexeme } from "./lexer.js";
import { keyOf } from "./lexer.js";

/** One lexeme of a phrase in a {@link PhraseTable}: the value of the phrase that ends here, and what may follow. */
interface PhraseNode<V> {
  value: V | undefined;
  next: Map<string, PhraseNode<V>> | null;
}

/**
 * A multi-word lookup table: keys are folded lexemes joined by spaces. Looked up
 * as a tree of lexeme texts, so a match reads each lexeme once and builds no
 * joined key strings (a lexeme's text never holds a space, so walking the tree
 * finds exactly the keys that joining the texts would).
 */
export class PhraseTable<V> {
  readonly map = new Map<string, V>();
  maxWords = 1;
  private readonly roots = new Map<string, PhraseNode<V>>();

  add(name: string, value: V): void {
    const key = keyOf(name);
    if (!key) return;
    // First entry wins: specific curated forms are added before generic ones.
    if (this.map.has(key)) return;
    this.map.set(key, value);
    const words = key.split(" ");
    this.maxWords = Math.max(this.maxWords, words.length);
    let level = this.roots;
    for (let w = 0; w < words.length; w++) {
      let node = level.get(words[w]!);
      if (node === undefined) level.set(words[w]!, (node = { value: undefined, next: null }));
      if (w === words.length - 1) node.value = value;
      else level = node.next ??= new Map<string, PhraseNode<V>>();
    }
  }

  private firstWordSet: Set<string> | null = null;

  /** The first lexeme of every key: a lexeme not in here cannot start a phrase. */
  firstWords(): ReadonlySet<string> {
    this.firstWordSet ??= new Set(this.roots.keys());
    return this.firstWordSet;
  }

  /** Longest phrase starting at lexeme i: its value and the index after it. */
  match(lexemes: readonly Lexeme[], i: number): { value: V; end: number } | null {
    const first = lexemes[i];
    return first ? this.matchFrom(first.text, lexemes, i) : null;
  }

  /**
   * Longest phrase whose first lexeme is `text` (lexeme i, or the stem of lexeme i
   * without its proclitics) and whose others are lexemes i+1, i+2 …
   */
  matchFrom(text: string, lexemes: readonly Lexeme[], i: number): { value: V; end: number } | null {
    let node = this.roots.get(text);
    let best: { value: V; end: number } | null = null;
    for (let k = i + 1; node !== undefined; k++) {
      if (node.value !== undefined) best = { value: node.value, end: k };
      const next = lexemes[k];
      if (next === undefined || node.next === null) break;
      node = node.next.get(next.text);
    }
    return best;
  }
}
