import { doubled } from "../grow.js";
import { WordStart, hashFilterOf, markCanStart, wordCanStart, wordHash, wordStartOf, type AnchorIndex } from "./anchors.js";
import { FOLD_TABLE, foldSameLength } from "./fold.js";
import { CharKind, rawKind, wordFold, type Lexeme } from "./lexer.js";
import { roomInt32, Use } from "../scratch.js";

/**
 * Where every lexeme of a text is — the same split as {@link lex}, as numbers in
 * typed arrays instead of an object and a string each — and which lexemes may start
 * a value expression (the anchors). One pass over the text finds both; objects are
 * made only for the few lexemes the matchers look at ({@link lexemeAt}).
 */
export interface LexemeTable {
  text: string;
  count: number;
  /** Offsets in `text` of lexeme k: [starts[k], ends[k]). */
  starts: Int32Array;
  ends: Int32Array;
  /** Indexes of the lexemes that may start an expression, in order; `anchorCount` of them. */
  anchors: Int32Array;
  anchorCount: number;
}

const isSeparator = (code: number): boolean => code === 0x2e || code === 0x2c || code === 0x3a; // . , :

/**
 * Words a caller has already found in the text (a tagger's key stream), so that the text
 * is not split twice: spans of letters only, in order, each with the number of its text
 * (words of the same text, the same number), and `facts`, indexed by those numbers, where
 * {@link wordStartOf}'s answer for each text is kept from one call to the next (0 until
 * asked: the caller keeps it as long as its numbers mean the same texts).
 */
export interface KnownWords {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  facts: Int32Array;
}

/**
 * Lexes `text` (already normalized) into a {@link LexemeTable}, testing each lexeme with
 * `index`. With `known` words, each known word that is a whole lexeme is taken as it is
 * and asked about once per text; only the text around them is read here.
 */
export function scanLexemes(text: string, index: AnchorIndex, known?: KnownWords): LexemeTable {
  const length = text.length;
  const filter = hashFilterOf(index);
  // About one lexeme per five code units in prose; grown when a text has more.
  const capacity = (length >> 2) + 16;
  const table: LexemeTable = {
    text,
    count: 0,
    starts: roomInt32(Use.LexemeStarts, capacity),
    ends: roomInt32(Use.LexemeEnds, capacity),
    anchors: roomInt32(Use.LexemeAnchors, (capacity >> 3) + 16),
    anchorCount: 0,
  };
  let from = 0;
  if (known !== undefined) {
    const { starts, ends, ids, facts } = known;
    for (let w = 0; w < known.count; w++) {
      const start = starts[w]!;
      const end = ends[w]!;
      const id = ids[w]!;
      // (A span out of order or out of the text, or a number with no fact, is not taken.)
      if (start < from || end <= start || end > length || id >= facts.length) continue;
      // A letter or mark right before or after it makes the word part of a longer lexeme
      // (the key stream splits «لOpenAI» and ignores some marks): the scan reads it then.
      if ((start > 0 && rawKind(text.charCodeAt(start - 1)) === CharKind.Word) || (end < length && rawKind(text.charCodeAt(end)) === CharKind.Word)) continue;
      // Between two words there is mostly a single space: nothing to scan.
      if (start - from > 1 || (start > from && rawKind(text.charCodeAt(from)) !== CharKind.Space)) scanRange(table, from, start, index, filter);
      let fact = facts[id]! as WordStart;
      if (fact === WordStart.Unknown) fact = facts[id] = wordStartOf(text, start, end, index, filter);
      push(table, start, end, fact === WordStart.Always || (fact === WordStart.Depends && wordCanStart(text, start, end, wordHash(text, start, end), index, filter)));
      from = end;
    }
  }
  scanRange(table, from, length, index, filter);
  return table;
}

/** Adds lexeme [start, end) to the table, and to its anchors if `anchor`. */
function push(table: LexemeTable, start: number, end: number, anchor: boolean): void {
  const count = table.count;
  if (count === table.starts.length) {
    table.starts = doubled(table.starts);
    table.ends = doubled(table.ends);
  }
  table.starts[count] = start;
  table.ends[count] = end;
  table.count = count + 1;
  if (anchor) {
    if (table.anchorCount === table.anchors.length) table.anchors = doubled(table.anchors);
    table.anchors[table.anchorCount++] = count;
  }
}

/** Lexes text[from, to) onto the table: `from` and `to` lie between lexemes. */
function scanRange(table: LexemeTable, from: number, to: number, index: AnchorIndex, filter: Int32Array): void {
  const { text } = table;
  const length = text.length;
  // The arrays as locals (the loop's hottest stores), written back to the table when grown.
  let { starts, ends, anchors, count, anchorCount } = table;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const kind = rawKind(code);
    if (kind === CharKind.Space) {
      i++;
      continue;
    }
    const start = i;
    let anchor: boolean;
    if (kind === CharKind.Word) {
      // The word's reverseHash, built forwards: Σ fold(code)·31^(offset in the word).
      let hash = FOLD_TABLE[code]!;
      let power = 31;
      for (i++; i < length; i++) {
        const folded = wordFold(text.charCodeAt(i));
        if (folded === 0) break;
        hash = (hash + Math.imul(folded, power)) | 0;
        power = Math.imul(power, 31);
      }
      anchor = wordCanStart(text, start, i, hash, index, filter);
    } else if (kind === CharKind.Digit) {
      // Digits with single separators between digits: "13.75", "1,000", "11:02".
      for (i++; i < length; i++) {
        const next = rawKind(text.charCodeAt(i));
        if (next === CharKind.Digit) continue;
        if (i + 1 < length && isSeparator(FOLD_TABLE[text.charCodeAt(i)]!) && rawKind(text.charCodeAt(i + 1)) === CharKind.Digit) continue;
        break;
      }
      anchor = true;
    } else {
      // One other character; a surrogate pair stays together.
      const folded = FOLD_TABLE[code]!;
      const pair = folded >= 0xd800 && folded <= 0xdbff && i + 1 < length && isLowSurrogate(FOLD_TABLE[text.charCodeAt(i + 1)]!);
      i += pair ? 2 : 1;
      anchor = markCanStart(folded, index);
    }
    if (count === starts.length) {
      starts = table.starts = doubled(starts);
      ends = table.ends = doubled(ends);
    }
    starts[count] = start;
    ends[count] = i;
    // Kept up to date in the loop: code after a long loop runs only in the loop's
    // on-stack-replaced optimized code, which has no type feedback for it, and was
    // thrown away at the end of every call.
    table.count = ++count;
    if (anchor) {
      if (anchorCount === anchors.length) anchors = table.anchors = doubled(anchors);
      anchors[anchorCount] = count - 1;
      table.anchorCount = ++anchorCount;
    }
  }
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Lexeme["kind"] by the CharKind of a lexeme's first character (never Space). */
const KIND_NAMES: readonly Lexeme["kind"][] = ["mark", "word", "number", "mark"];

/**
 * The lexemes [first, first + lexemes.length) of a table as the matchers read them. A
 * window is dropped when the next one starts, so its objects are kept for the next: in a
 * text rich in numbers windows hold most of its lexemes, and an object for each was a
 * sixth of what the tagger allocated. Up to MAX_KEPT are kept between windows and calls
 * (holding no text between calls: see release).
 */
export class LexemeWindow {
  readonly lexemes: Lexeme[] = [];
  first = 0;
  private readonly kept: TableLexeme[] = [];

  /** Starts an empty window at lexeme `first`. */
  restart(first: number): void {
    this.lexemes.length = 0;
    this.first = first;
  }

  /** Adds the table's lexemes up to (not including) `end`. */
  extendTo(table: LexemeTable, end: number): void {
    const { lexemes, kept } = this;
    for (let k = this.first + lexemes.length; k < end; k++) {
      const start = table.starts[k]!;
      const kind = KIND_NAMES[rawKind(table.text.charCodeAt(start))]!;
      const j = lexemes.length;
      let lexeme = kept[j];
      if (lexeme === undefined) {
        lexeme = new TableLexeme(table.text, start, table.ends[k]!, kind);
        if (j < MAX_KEPT) kept.push(lexeme);
      } else lexeme.reset(table.text, start, table.ends[k]!, kind);
      lexemes.push(lexeme);
    }
  }

  /** Empties the window and lets go of the text its kept objects read. */
  release(): void {
    this.lexemes.length = 0;
    for (const lexeme of this.kept) lexeme.reset("", 0, 0, "mark");
  }
}

const MAX_KEPT = 1024;

class TableLexeme implements Lexeme {
  analyses?: readonly { prefix: string; stem: string }[];
  private folded: string | undefined;

  constructor(
    private source: string,
    public start: number,
    public end: number,
    public kind: Lexeme["kind"],
  ) {}

  reset(source: string, start: number, end: number, kind: Lexeme["kind"]): void {
    this.source = source;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.folded = undefined;
    this.analyses = undefined;
  }

  /** Its folded text, made on first read: the matchers read the text of two or three lexemes of a window. */
  get text(): string {
    return (this.folded ??= foldSameLength(this.source.slice(this.start, this.end)));
  }
}
