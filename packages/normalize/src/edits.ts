/**
 * One run of an {@link Edits} list: a stretch of the source and the stretch of the
 * destination it became. Unchanged runs have equal lengths and `changed: false`.
 */
export interface EditRun {
  /** UTF-16 index where the run starts in the source text. */
  sourceStart: number;
  /** UTF-16 length of the run in the source text (0 for an insertion). */
  sourceLength: number;
  /** UTF-16 index where the run starts in the destination text. */
  destinationStart: number;
  /** UTF-16 length of the run in the destination text (0 for a deletion). */
  destinationLength: number;
  /** `false` for text copied unchanged, `true` for a replacement, insertion or deletion. */
  changed: boolean;
}

/** A half-open span of UTF-16 indexes, `end` exclusive (what `String.prototype.slice` takes). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The serialized form of {@link Edits}, produced by `toJSON()` and read by `Edits.fromJSON()`:
 * a list of runs in order, where a number `n` is `n` units copied unchanged and a pair
 * `[oldLength, newLength]` is one change (`[0, n]` an insertion, `[n, 0]` a deletion).
 * Example: `[3, [1, 0], 5, [1, 2]]`.
 */
export type EditsJSON = Array<number | [number, number]>;

/** `value` if it is an integer (a length below 2^32 with `nonNegative`), else a TypeError naming it. */
function checkInteger(value: unknown, name: string, nonNegative = false): number {
  // `value >>> 0` equals exactly the integers from 0 to 2^32 - 1.
  if (typeof value !== "number" || (nonNegative ? value >>> 0 !== value : !Number.isInteger(value))) {
    throw new TypeError(`${name} must be ${nonNegative ? "a non-negative" : "an"} integer, got ${String(value)}`);
  }
  return value;
}

/**
 * A record of how a text was changed, by lengths only (after ICU's `Edits`): a list of
 * unchanged runs and changes (replacements, insertions, deletions) in source order.
 * It maps UTF-16 indexes and spans between the source and the destination text in both
 * directions, and composes with the edits of a following transform.
 *
 * Mapping rules: an index inside an unchanged run maps exactly; an index inside a change
 * maps to the START of that change on the other side. A span maps to a span that covers
 * every change it touches whole, so a non-empty span never collapses to an empty one
 * (except a span lying entirely inside a pure insertion, which has no source text).
 */
export class Edits {
  // The changes only, as in ICU, in order: four numbers for each, its start and end in the
  // source and its start and end in the destination. The unchanged runs are the gaps between
  // them. One list serves index mapping (a binary search on either side's starts), listing
  // runs and composing.
  #changes: number[] = [];
  #sourceLength = 0;
  #destinationLength = 0;
  // The lazy form a normalizer's loop leaves (see `fromLog`), turned into `#changes` on the
  // first call that lists changes: many callers only read the text or map spans.
  #lazy: [log: number[], source: string, destination: string] | null = null;

  /**
   * Builds edits from the change log of a normalizer's pass, in the form of `#changes`,
   * where one unit replaced by one other unit may be left out. Those one-unit replacements
   * map indexes exactly like unchanged text, so the loop does not log them: the log alone
   * answers every mapping, and listing the changes finds them by comparing `source` and
   * `destination` between the logged changes. The log is taken over, not copied; both texts
   * are held until the changes are first listed.
   * @internal
   */
  static fromLog(log: number[], source: string, destination: string): Edits {
    const edits = new Edits();
    edits.#lazy = [log, source, destination];
    edits.#sourceLength = source.length;
    edits.#destinationLength = destination.length;
    return edits;
  }

  /** The change list, completed from the log and the texts first if there is a log. */
  #list(): number[] {
    if (this.#lazy) {
      const [log, source, destination] = this.#lazy;
      this.#lazy = null;
      let from = 0; // source index after the last change
      let shift = 0; // destination index minus source index from there
      for (let at = 0; at <= log.length; at += 4) {
        const start = log[at] ?? source.length; // (after the last change: the end)
        for (let index = from; index < start; index++) {
          if (source.charCodeAt(index) !== destination.charCodeAt(index + shift)) {
            this.#changes.push(index, index + 1, index + shift, index + shift + 1);
          }
        }
        if (start === source.length) break;
        from = log[at + 1]!;
        shift = log[at + 3]! - from;
        this.#changes.push(start, from, log[at + 2]!, log[at + 3]!);
      }
    }
    return this.#changes;
  }

  /** The changes index mapping needs: the log, when there is one, maps like the full list. */
  #mappingList(): number[] {
    return this.#lazy?.[0] ?? this.#changes;
  }

  /** Length of the source text these edits apply to. */
  get sourceLength(): number {
    return this.#sourceLength;
  }

  /** Length of the destination text these edits produce. */
  get destinationLength(): number {
    return this.#destinationLength;
  }

  /** `true` when at least one change was recorded. */
  get hasChanges(): boolean {
    // A log is only ever built for a text that changed.
    return this.#lazy !== null || this.#changes.length > 0;
  }

  /** Number of changes (replacements, insertions, deletions) recorded; unchanged runs are not counted. */
  get numberOfChanges(): number {
    return this.#list().length / 4;
  }

  /** Records `length` units copied unchanged; merges with a preceding unchanged run. */
  addUnchanged(length: number): void {
    this.#add(checkInteger(length, "length", true), length, false);
  }

  /**
   * Records one change: `oldLength` source units became `newLength` destination units.
   * An insertion is `(0, n)`, a deletion `(n, 0)`; `(0, 0)` records nothing.
   * Adjacent changes stay separate, so each keeps its own bounds.
   */
  addReplace(oldLength: number, newLength: number): void {
    this.#add(checkInteger(oldLength, "oldLength", true), checkInteger(newLength, "newLength", true), true);
  }

  #add(oldLength: number, newLength: number, changed: boolean): void {
    if (changed && oldLength + newLength > 0) {
      this.#list().push(this.#sourceLength, this.#sourceLength + oldLength, this.#destinationLength, this.#destinationLength + newLength);
    }
    this.#sourceLength += oldLength;
    this.#destinationLength += newLength;
  }

  /**
   * Maps `index` from one side to the other. For a span start, the unit that matters is the
   * one at the index; for a span end (`atEnd`), the one just before it: deletions (or
   * insertions) right outside those units stay outside.
   */
  #mapIndex(index: number, fromSource: boolean, atEnd: boolean): number {
    const changes = this.#mappingList();
    // Offsets in a change's four numbers of the start on the side mapped from and on the other.
    const from = fromSource ? 0 : 2;
    const to = 2 - from;
    const clamped = Math.min(Math.max(index, 0), fromSource ? this.#sourceLength : this.#destinationLength);
    // Binary search for the last change starting at or before the unit (none for a span end
    // at 0; the end of the text maps to the other end through the last change).
    const unit = atEnd ? clamped - 1 : clamped;
    let low = 0;
    let high = changes.length / 4;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (changes[4 * middle + from]! <= unit) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return clamped; // before every change
    const change = 4 * low - 4;
    const fromEnd = changes[change + from + 1]!;
    // Inside the change: its start (or end, for a span end); else in the unchanged run after it.
    if (unit < fromEnd) return changes[change + to + +atEnd]!;
    return changes[change + to + 1]! + clamped - fromEnd;
  }

  /**
   * Maps a destination index to the source. An index inside a change maps to the start of
   * that change in the source; `destinationLength` maps to `sourceLength`. Out-of-range
   * indexes are clamped.
   */
  sourceIndexFromDestinationIndex(index: number): number {
    return this.#mapIndex(checkInteger(index, "index"), false, false);
  }

  /**
   * Maps a source index to the destination. An index inside a change maps to the start of
   * that change in the destination; `sourceLength` maps to `destinationLength`.
   * Out-of-range indexes are clamped.
   */
  destinationIndexFromSourceIndex(index: number): number {
    return this.#mapIndex(checkInteger(index, "index"), true, false);
  }

  /**
   * Maps a destination span `[start, end)` to the source span that produced it, widened to
   * cover every change it touches whole. A non-empty span maps to a non-empty span unless it
   * lies inside a pure insertion. Deletions just outside the span are not included.
   */
  mapSpanToSource(start: number, end: number): Span {
    return this.#mapSpan(checkInteger(start, "start"), checkInteger(end, "end"), false);
  }

  /**
   * Maps a source span `[start, end)` to the destination span it became, widened to cover
   * every change it touches whole (a span inside a deletion maps to an empty span).
   */
  mapSpanToDestination(start: number, end: number): Span {
    return this.#mapSpan(checkInteger(start, "start"), checkInteger(end, "end"), true);
  }

  #mapSpan(start: number, end: number, fromSource: boolean): Span {
    const mappedStart = this.#mapIndex(start, fromSource, false);
    // An empty span stays empty; a non-empty one never ends before it starts.
    return { start: mappedStart, end: end <= start ? mappedStart : Math.max(mappedStart, this.#mapIndex(end, fromSource, true)) };
  }

  /**
   * Every run in source order, unchanged runs included (`changed: false`).
   */
  *changes(): IterableIterator<EditRun> {
    let sourceStart = 0;
    let destinationStart = 0;
    for (const run of this.toJSON()) {
      const changed = typeof run !== "number";
      const [sourceLength, destinationLength] = changed ? run : [run, run];
      yield { sourceStart, sourceLength, destinationStart, destinationLength, changed };
      sourceStart += sourceLength;
      destinationStart += destinationLength;
    }
  }

  /**
   * Composes these edits (text a → b) with `next` (text b → c) into edits a → c.
   * Changes that overlap or touch in b merge into one change.
   * @throws RangeError if `next.sourceLength` differs from this `destinationLength`.
   */
  compose(next: Edits): Edits {
    if (!(next instanceof Edits)) throw new TypeError("next must be an Edits instance");
    if (next.#sourceLength !== this.#destinationLength) {
      throw new RangeError(
        `next.sourceLength ${next.#sourceLength} must equal destinationLength ${this.#destinationLength}`,
      );
    }
    // Every change of both sides as a span of the middle text b, with what it adds to the
    // length of a (changes of `this`) or of c (changes of `next`) beyond its length in b.
    // A deletion of `this` and an insertion of `next` are empty spans.
    const spans: Array<[order: number, start: number, end: number, sourceGrowth: number, destinationGrowth: number]> = [];
    for (const [edits, side] of [[this, 2], [next, 0]] as const) {
      // `side`: the offset of b's start in a change's four numbers.
      const changes = edits.#list();
      for (let at = 0; at < changes.length; at += 4) {
        const start = changes[at + side]!;
        const end = changes[at + side + 1]!;
        const growth = changes[at + 3 - side]! - changes[at + 2 - side]! - end + start;
        // In order of start, an empty span before a non-empty one at the same place.
        spans.push([2 * start + +(end > start), start, end, side && growth, side ? 0 : growth]);
      }
    }
    // A stable sort: of two spans at the same place, the change of `this` first. Both halves
    // are already in order, so the engine's merge sort only merges them.
    spans.sort((x, y) => x[0] - y[0]);
    const result = new Edits();
    let sourceEnd = 0; // a index after the last change
    let shift = 0; // a index minus b index there
    for (let at = 0; at < spans.length; ) {
      // One change of a → c: spans that overlap, and empty spans strictly inside them.
      // eslint-disable-next-line prefer-const -- one destructuring: `start` stays, the rest grows
      let [, start, end, sourceGrowth, destinationGrowth] = spans[at++]!;
      while (at < spans.length && spans[at]![1] < end) {
        const [, , spanEnd, sourceMore, destinationMore] = spans[at++]!;
        end = Math.max(end, spanEnd);
        sourceGrowth += sourceMore;
        destinationGrowth += destinationMore;
      }
      result.addUnchanged(start + shift - sourceEnd);
      result.addReplace(end - start + sourceGrowth, end - start + destinationGrowth);
      shift += sourceGrowth;
      sourceEnd = end + shift;
    }
    result.addUnchanged(this.#sourceLength - sourceEnd);
    return result;
  }

  /**
   * The run list that index and span mapping need, in the {@link EditsJSON} form: like
   * `toJSON()`, except that a replacement of one unit by one unit counts as unchanged, since
   * it maps exactly as unchanged text does. Folding letters makes many of those, so this list
   * is much shorter than `toJSON()`, and for edits from `normalizeWithEdits` it costs no pass
   * over the text.
   */
  mappingRuns(): EditsJSON {
    return this.#json(true);
  }

  /** The run list as plain JSON data ({@link EditsJSON}); `Edits.fromJSON` reads it back. */
  toJSON(): EditsJSON {
    return this.#json(false);
  }

  #json(forMapping: boolean): EditsJSON {
    const changes = forMapping ? this.#mappingList() : this.#list();
    const json: EditsJSON = [];
    let end = 0; // source index after the last change listed
    for (let at = 0; at < changes.length; at += 4) {
      const start = changes[at]!;
      const oldLength = changes[at + 1]! - start;
      const newLength = changes[at + 3]! - changes[at + 2]!;
      if (forMapping && oldLength === 1 && newLength === 1) continue;
      if (start > end) json.push(start - end);
      json.push([oldLength, newLength]);
      end = start + oldLength;
    }
    if (this.#sourceLength > end) json.push(this.#sourceLength - end);
    return json;
  }

  /**
   * Rebuilds edits from the output of `toJSON()`.
   * @throws TypeError if `json` is not a valid {@link EditsJSON} list.
   */
  static fromJSON(json: unknown): Edits {
    const invalid = "json must be an array of runs: numbers and [oldLength, newLength] pairs";
    if (!Array.isArray(json)) throw new TypeError(invalid);
    const edits = new Edits();
    for (const run of json) {
      if (typeof run === "number") edits.addUnchanged(run);
      else if (Array.isArray(run) && run.length === 2) {
        edits.addReplace(run[0] as number, run[1] as number);
      } else throw new TypeError(invalid);
    }
    return edits;
  }
}
