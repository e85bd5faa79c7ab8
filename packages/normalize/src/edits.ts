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

const INITIAL_CAPACITY = 16;

/** A copy of `array` with twice the room (run arrays grow by doubling). */
export function grown<T extends Int32Array | Uint8Array>(array: T): T {
  const copy = new (array.constructor as new (length: number) => T)(array.length * 2);
  copy.set(array);
  return copy;
}

function checkLength(value: number, name: string): number {
  // One comparison covers non-numbers, NaN, fractions, negatives and values >= 2^32.
  if (value >>> 0 !== value) {
    throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

function checkIndex(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`${name} must be an integer, got ${String(value)}`);
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
  // Run lengths, one entry per run; `changedFlags[i]` is 1 for a change.
  #oldLengths: Int32Array = new Int32Array(INITIAL_CAPACITY);
  #newLengths: Int32Array = new Int32Array(INITIAL_CAPACITY);
  #changedFlags: Uint8Array = new Uint8Array(INITIAL_CAPACITY);
  #runCount = 0;
  #totalOld = 0;
  #totalNew = 0;
  #changeCount = 0;
  // Start indexes of each run, built on the first lookup after a change to the list.
  #sourceStarts: Int32Array | null = null;
  #destinationStarts: Int32Array | null = null;

  // A normalizer's change log (see `fromLog`), turned into the run arrays on first use: the
  // log holds about a fifth of their bytes, and many callers only read the text.
  #log: Int32Array | null = null;
  #logged = 0;

  /**
   * Builds edits from the change log of a normalizer's inner loop, in source order: an entry
   * `i >= 0` is a one-unit replacement at source index `i`; otherwise three entries `~start,
   * ~oldLength, ~newLength` are one change. Unchanged runs are the gaps between changes.
   * The log is taken over, not copied.
   * @internal
   */
  static fromLog(log: Int32Array, logged: number, sourceLength: number, destinationLength: number): Edits {
    const edits = new Edits();
    edits.#log = log;
    edits.#logged = logged;
    edits.#totalOld = sourceLength;
    edits.#totalNew = destinationLength;
    return edits;
  }

  /** Turns a change log into the run arrays (once). */
  #expand(): void {
    const log = this.#log;
    if (log === null) return;
    this.#log = null;
    // At most two runs per entry (a gap and a change) and the last gap.
    const size = 2 * this.#logged + 1;
    const oldLengths = (this.#oldLengths = new Int32Array(size));
    const newLengths = (this.#newLengths = new Int32Array(size));
    const changedFlags = (this.#changedFlags = new Uint8Array(size));
    let runs = 0;
    let end = 0; // source index after the last change
    for (let entry = 0; entry < this.#logged; ) {
      let start = log[entry++]!;
      let oldLength = 1;
      let newLength = 1;
      if (start < 0) {
        start = ~start;
        oldLength = ~log[entry++]!;
        newLength = ~log[entry++]!;
      }
      if (start > end) {
        oldLengths[runs] = newLengths[runs] = start - end;
        runs++;
      }
      oldLengths[runs] = oldLength;
      newLengths[runs] = newLength;
      changedFlags[runs++] = 1;
      this.#changeCount++;
      end = start + oldLength;
    }
    if (this.#totalOld > end) {
      oldLengths[runs] = newLengths[runs] = this.#totalOld - end;
      runs++;
    }
    this.#runCount = runs;
  }

  /** Length of the source text these edits apply to. */
  get sourceLength(): number {
    return this.#totalOld;
  }

  /** Length of the destination text these edits produce. */
  get destinationLength(): number {
    return this.#totalNew;
  }

  /** `true` when at least one change was recorded. */
  get hasChanges(): boolean {
    this.#expand();
    return this.#changeCount > 0;
  }

  /** Number of changes (replacements, insertions, deletions) recorded; unchanged runs are not counted. */
  get numberOfChanges(): number {
    this.#expand();
    return this.#changeCount;
  }

  /** Records `length` units copied unchanged; merges with a preceding unchanged run. */
  addUnchanged(length: number): void {
    checkLength(length, "length");
    if (length === 0) return;
    this.#expand();
    const last = this.#runCount - 1;
    if (last >= 0 && this.#changedFlags[last] === 0) {
      this.#oldLengths[last] = this.#oldLengths[last]! + length;
      this.#newLengths[last] = this.#newLengths[last]! + length;
    } else {
      this.#push(length, length, 0);
    }
    this.#totalOld += length;
    this.#totalNew += length;
  }

  /**
   * Records one change: `oldLength` source units became `newLength` destination units.
   * An insertion is `(0, n)`, a deletion `(n, 0)`; `(0, 0)` records nothing.
   * Adjacent changes stay separate, so each keeps its own bounds.
   */
  addReplace(oldLength: number, newLength: number): void {
    checkLength(oldLength, "oldLength");
    checkLength(newLength, "newLength");
    if (oldLength === 0 && newLength === 0) return;
    this.#push(oldLength, newLength, 1);
    this.#totalOld += oldLength;
    this.#totalNew += newLength;
    this.#changeCount++;
  }

  #push(oldLength: number, newLength: number, changed: number): void {
    this.#expand();
    if (this.#runCount === this.#oldLengths.length) {
      this.#oldLengths = grown(this.#oldLengths);
      this.#newLengths = grown(this.#newLengths);
      this.#changedFlags = grown(this.#changedFlags);
    }
    this.#oldLengths[this.#runCount] = oldLength;
    this.#newLengths[this.#runCount] = newLength;
    this.#changedFlags[this.#runCount] = changed;
    this.#runCount++;
    this.#sourceStarts = null;
    this.#destinationStarts = null;
  }

  #buildStarts(): void {
    const count = this.#runCount;
    const sourceStarts = new Int32Array(count + 1);
    const destinationStarts = new Int32Array(count + 1);
    let source = 0;
    let destination = 0;
    for (let run = 0; run < count; run++) {
      sourceStarts[run] = source;
      destinationStarts[run] = destination;
      source += this.#oldLengths[run]!;
      destination += this.#newLengths[run]!;
    }
    sourceStarts[count] = source;
    destinationStarts[count] = destination;
    this.#sourceStarts = sourceStarts;
    this.#destinationStarts = destinationStarts;
  }

  /**
   * Maps `index` from one side to the other. For a span start, the unit that matters is the
   * one at the index; for a span end (`atEnd`), the one just before it: deletions (or
   * insertions) right outside those units stay outside.
   */
  #mapIndex(index: number, fromSource: boolean, atEnd: boolean): number {
    this.#expand();
    if (this.#sourceStarts === null) this.#buildStarts();
    const sides = [this.#sourceStarts!, this.#destinationStarts!, this.#totalOld, this.#totalNew] as const;
    const [fromStarts, toStarts, fromTotal, toTotal] = fromSource ? sides : ([sides[1], sides[0], sides[3], sides[2]] as const);
    if (this.#runCount === 0) return 0;
    const clamped = Math.min(Math.max(index, 0), fromTotal);
    if (atEnd ? clamped === 0 : clamped === fromTotal) return atEnd ? 0 : toTotal;
    // Binary search for the run holding the unit: the last run whose start is <= it (a run of
    // length 0 on this side starts where the next run starts, so it is never the last one).
    const unit = atEnd ? clamped - 1 : clamped;
    let run = 0;
    let high = this.#runCount - 1;
    while (run < high) {
      const middle = (run + high + 1) >>> 1;
      if (fromStarts[middle]! <= unit) run = middle;
      else high = middle - 1;
    }
    if (this.#changedFlags[run] === 0) return toStarts[run]! + (clamped - fromStarts[run]!);
    return toStarts[atEnd ? run + 1 : run]!;
  }

  /**
   * Maps a destination index to the source. An index inside a change maps to the start of
   * that change in the source; `destinationLength` maps to `sourceLength`. Out-of-range
   * indexes are clamped.
   */
  sourceIndexFromDestinationIndex(index: number): number {
    return this.#mapIndex(checkIndex(index, "index"), false, false);
  }

  /**
   * Maps a source index to the destination. An index inside a change maps to the start of
   * that change in the destination; `sourceLength` maps to `destinationLength`.
   * Out-of-range indexes are clamped.
   */
  destinationIndexFromSourceIndex(index: number): number {
    return this.#mapIndex(checkIndex(index, "index"), true, false);
  }

  /**
   * Maps a destination span `[start, end)` to the source span that produced it, widened to
   * cover every change it touches whole. A non-empty span maps to a non-empty span unless it
   * lies inside a pure insertion. Deletions just outside the span are not included.
   */
  mapSpanToSource(start: number, end: number): Span {
    return this.#mapSpan(checkIndex(start, "start"), checkIndex(end, "end"), false);
  }

  /**
   * Maps a source span `[start, end)` to the destination span it became, widened to cover
   * every change it touches whole (a span inside a deletion maps to an empty span).
   */
  mapSpanToDestination(start: number, end: number): Span {
    return this.#mapSpan(checkIndex(start, "start"), checkIndex(end, "end"), true);
  }

  #mapSpan(start: number, end: number, fromSource: boolean): Span {
    const mappedStart = this.#mapIndex(start, fromSource, false);
    if (end <= start) return { start: mappedStart, end: mappedStart };
    const mappedEnd = this.#mapIndex(end, fromSource, true);
    return { start: mappedStart, end: Math.max(mappedStart, mappedEnd) };
  }

  /**
   * Every run in source order, unchanged runs included (`changed: false`).
   */
  *changes(): IterableIterator<EditRun> {
    this.#expand();
    let sourceStart = 0;
    let destinationStart = 0;
    for (let run = 0; run < this.#runCount; run++) {
      const sourceLength = this.#oldLengths[run]!;
      const destinationLength = this.#newLengths[run]!;
      yield {
        sourceStart,
        sourceLength,
        destinationStart,
        destinationLength,
        changed: this.#changedFlags[run] === 1,
      };
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
    if (next.#totalOld !== this.#totalNew) {
      throw new RangeError(
        `cannot compose: next.sourceLength ${next.#totalOld} differs from destinationLength ${this.#totalNew}`,
      );
    }
    this.#expand();
    next.#expand();
    const result = new Edits();
    // Cursors into both run lists, each with what is left of its current run.
    let first = -1;
    let firstOld = 0; // a-units of the current a→b run not yet accounted for
    let firstNew = 0; // b-units of the current a→b run not yet passed
    let firstChanged = false;
    let firstInPending = false; // this change already joined the pending change
    let second = -1;
    let secondOld = 0; // b-units of the current b→c run not yet passed
    let secondNew = 0; // c-units of the current b→c run not yet accounted for
    let secondChanged = false;
    let secondInPending = false;
    let firstDone = true;
    let secondDone = true;
    // A change being built from overlapping changes of both sides.
    let pendingOld = 0;
    let pendingNew = 0;
    let pending = false;
    for (;;) {
      if (firstDone && first + 1 < this.#runCount) {
        first++;
        firstOld = this.#oldLengths[first]!;
        firstNew = this.#newLengths[first]!;
        firstChanged = this.#changedFlags[first] === 1;
        firstInPending = false;
        firstDone = false;
      }
      if (secondDone && second + 1 < next.#runCount) {
        second++;
        secondOld = next.#oldLengths[second]!;
        secondNew = next.#newLengths[second]!;
        secondChanged = next.#changedFlags[second] === 1;
        secondInPending = false;
        secondDone = false;
      }
      // No change still open on either side: the pending change is complete.
      if (pending && !firstInPending && !secondInPending) {
        result.addReplace(pendingOld, pendingNew);
        pendingOld = pendingNew = 0;
        pending = false;
      }
      if (firstDone && secondDone) break;
      if (!firstDone && firstChanged && firstNew === 0) {
        // A deletion in a → b: its a-units join the pending change.
        pendingOld += firstOld;
        pending = true;
        firstDone = true;
        firstInPending = false;
        continue;
      }
      if (!secondDone && secondChanged && secondOld === 0) {
        // An insertion in b → c: its c-units join the pending change.
        pendingNew += secondNew;
        pending = true;
        secondDone = true;
        secondInPending = false;
        continue;
      }
      // Both runs now hold b-units (the b lengths agree, so neither side is exhausted).
      const shared = Math.min(firstNew, secondOld);
      if (!firstChanged && !secondChanged) {
        if (pending) {
          result.addReplace(pendingOld, pendingNew);
          pendingOld = pendingNew = 0;
          pending = false;
        }
        result.addUnchanged(shared);
      } else {
        pending = true;
        if (firstChanged) {
          pendingOld += firstOld;
          firstOld = 0;
          firstInPending = true;
        } else {
          pendingOld += shared;
        }
        if (secondChanged) {
          pendingNew += secondNew;
          secondNew = 0;
          secondInPending = true;
        } else {
          pendingNew += shared;
        }
      }
      firstNew -= shared;
      secondOld -= shared;
      if (firstNew === 0) {
        firstDone = true;
        firstInPending = false;
      }
      if (secondOld === 0) {
        secondDone = true;
        secondInPending = false;
      }
    }
    return result;
  }

  /** The run list as plain JSON data ({@link EditsJSON}); `Edits.fromJSON` reads it back. */
  toJSON(): EditsJSON {
    this.#expand();
    const runs: EditsJSON = [];
    for (let run = 0; run < this.#runCount; run++) {
      if (this.#changedFlags[run] === 1) runs.push([this.#oldLengths[run]!, this.#newLengths[run]!]);
      else runs.push(this.#oldLengths[run]!);
    }
    return runs;
  }

  /**
   * Rebuilds edits from the output of `toJSON()`.
   * @throws TypeError if `json` is not a valid {@link EditsJSON} list.
   */
  static fromJSON(json: unknown): Edits {
    if (!Array.isArray(json)) throw new TypeError("json must be an array of runs");
    const edits = new Edits();
    for (const run of json) {
      if (typeof run === "number") edits.addUnchanged(run);
      else if (Array.isArray(run) && run.length === 2) {
        edits.addReplace(run[0] as number, run[1] as number);
      } else throw new TypeError("json runs must be numbers or [oldLength, newLength] pairs");
    }
    return edits;
  }
}
