/** Children from which a trie node gets a dense row (see {@link KeyTrie}). */
const WIDE_NODE = 8;

/**
 * A read-only trie over folded key strings, stored as flat typed arrays (CSR layout):
 * node `n` owns the edges `edgeStart[n] .. edgeStart[n + 1]`, sorted by character, so a
 * step is a binary search among a node's children. The root's children are looked up
 * in a direct 64K table because every walk starts there. Building from sorted keys
 * allocates no per-node objects, which keeps 100,000+ entries small and fast to build.
 *
 * Most walks end after a step or two, at the nodes with the most children (the first
 * letters of many names), so those steps are made cheap: characters are numbered in a
 * small alphabet (a character no key holds ends every walk at once), and nodes with
 * WIDE_NODE children or more look their child up in a dense row over that alphabet
 * instead of a binary search.
 */
export class KeyTrie {
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  /** Per node: index of the key ending there (into the `keys` passed in), or -1. */
  private readonly terminal: Int32Array;
  private readonly rootTable: Int32Array;
  /** Per UTF-16 code: its number in the alphabet of the keys (1..), or 0 when no key holds it. */
  private readonly alphabet: Uint16Array;
  /** Per node: the offset of its dense row in `wideRows`, or -1 (a binary search among its edges). */
  private readonly wideRow: Int32Array;
  /** Dense rows of child nodes (-1: none), `alphabetSize + 1` entries each, indexed by alphabet number. */
  private readonly wideRows: Int32Array;
  readonly nodeCount: number;

  /**
   * @param keys non-empty key strings; `terminalOf(node)` later returns the index of the
   *   key in this array (of its first occurrence when a key is repeated).
   */
  constructor(keys: readonly string[]) {
    const order = keys.map((_, index) => index);
    order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
    const sorted = order.map((index) => keys[index]!);

    // Upper bound on nodes: total characters + 1 (the root).
    let total = 1;
    for (const key of sorted) total += key.length;
    const edgeStart = new Int32Array(total + 1);
    const edgeChar = new Uint16Array(total);
    const edgeTarget = new Int32Array(total);
    const terminal = new Int32Array(total).fill(-1);

    // Breadth-first construction: each queued node is a range of sorted keys sharing a
    // prefix of length `depth`; its children are the runs of equal characters at `depth`.
    let nodeCount = 1;
    let edgeCount = 0;
    const queueLo: number[] = [0];
    const queueHi: number[] = [sorted.length];
    const queueDepth: number[] = [0];
    for (let head = 0; head < queueLo.length; head++) {
      let lo = queueLo[head]!;
      const hi = queueHi[head]!;
      const depth = queueDepth[head]!;
      edgeStart[head] = edgeCount;
      if (lo < hi && sorted[lo]!.length === depth) {
        terminal[head] = order[lo]!;
        lo++;
        // A repeated key ends here too: the first one keeps the node (without this skip
        // the repeat would be queued again and again at the same depth).
        while (lo < hi && sorted[lo]!.length === depth) lo++;
      }
      while (lo < hi) {
        const ch = sorted[lo]!.charCodeAt(depth);
        let end = lo + 1;
        while (end < hi && sorted[end]!.charCodeAt(depth) === ch) end++;
        edgeChar[edgeCount] = ch;
        edgeTarget[edgeCount] = nodeCount++;
        edgeCount++;
        queueLo.push(lo);
        queueHi.push(end);
        queueDepth.push(depth + 1);
        lo = end;
      }
    }
    // Nodes are numbered in the order they were queued, so node `head` is the head-th.
    edgeStart[nodeCount] = edgeCount;

    this.nodeCount = nodeCount;
    this.edgeStart = edgeStart.slice(0, nodeCount + 1);
    this.edgeChar = edgeChar.slice(0, edgeCount);
    this.edgeTarget = edgeTarget.slice(0, edgeCount);
    this.terminal = terminal.slice(0, nodeCount);
    this.rootTable = new Int32Array(0x10000).fill(-1);
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) this.rootTable[this.edgeChar[e]!] = this.edgeTarget[e]!;

    this.alphabet = new Uint16Array(0x10000);
    let alphabetSize = 0;
    for (let e = 0; e < edgeCount; e++) if (this.alphabet[this.edgeChar[e]!] === 0) this.alphabet[this.edgeChar[e]!] = ++alphabetSize;
    const rowLength = alphabetSize + 1;
    this.wideRow = new Int32Array(nodeCount).fill(-1);
    let wideCount = 0;
    for (let node = 1; node < nodeCount; node++) if (this.edgeStart[node + 1]! - this.edgeStart[node]! >= WIDE_NODE) wideCount++;
    this.wideRows = new Int32Array(wideCount * rowLength).fill(-1);
    let row = 0;
    for (let node = 1; node < nodeCount; node++) {
      if (this.edgeStart[node + 1]! - this.edgeStart[node]! < WIDE_NODE) continue;
      this.wideRow[node] = row;
      for (let e = this.edgeStart[node]!; e < this.edgeStart[node + 1]!; e++) this.wideRows[row + this.alphabet[this.edgeChar[e]!]!] = this.edgeTarget[e]!;
      row += rowLength;
    }
  }

  /** The root node (0). */
  get root(): number {
    return 0;
  }

  /** The child of `node` along character `ch`, or -1. */
  step(node: number, ch: number): number {
    if (node === 0) return this.rootTable[ch]!;
    const letter = this.alphabet[ch] ?? 0;
    if (letter === 0) return -1;
    const row = this.wideRow[node]!;
    if (row >= 0) return this.wideRows[row + letter]!;
    let lo = this.edgeStart[node]!;
    let hi = this.edgeStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.edgeChar[mid]!;
      if (c === ch) return this.edgeTarget[mid]!;
      if (c < ch) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Walks a whole string from `node`; -1 when it falls off the trie. */
  walk(node: number, text: string): number {
    for (let i = 0; i < text.length && node >= 0; i++) node = this.step(node, text.charCodeAt(i));
    return node;
  }

  /** True when some key goes on past `node`. */
  hasChildren(node: number): boolean {
    return this.edgeStart[node + 1]! > this.edgeStart[node]!;
  }

  /** Index of the key ending at `node`, or -1. */
  terminalOf(node: number): number {
    return this.terminal[node]!;
  }

  /** Bytes held by the typed arrays (for the benchmark's memory report). */
  get byteLength(): number {
    return (
      this.edgeStart.byteLength +
      this.edgeChar.byteLength +
      this.edgeTarget.byteLength +
      this.terminal.byteLength +
      this.rootTable.byteLength +
      this.alphabet.byteLength +
      this.wideRow.byteLength +
      this.wideRows.byteLength
    );
  }
}
