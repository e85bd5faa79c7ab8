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
  // The changes only, as in ICU: `sourceStart, oldLength, newLength` for each, in source
  // order; the unchanged runs are the gaps between them.
  #changes: number[] = [];
  #totalOld = 0;
  #totalNew = 0;
  // For index mapping, built on the first lookup after a change: the source and destination
  // start of each change of `list` (the log if there is one, else the full list: they map alike,
  // see `fromLog`).
  #starts: [Int32Array, Int32Array, number[]] | null = null;
  // The lazy form a normalizer's loop leaves (see `fromLog`), turned into `#changes` on the
  // first call that lists changes: many callers only read the text or map spans.
  #lazy: [log: number[], source: string, destination: string] | null = null;

  /**
   * Builds edits from the change log of a normalizer's pass: `start, oldLength, newLength`
   * for each change it made, in source order, where one unit replaced by one other unit may
   * be left out. Those one-unit replacements map indexes exactly like unchanged text, so the
   * loop does not log them: the log alone answers every mapping, and listing the changes finds
   * them by comparing `source` and `destination` between the logged changes. The log is taken
   * over, not copied; both texts are held until the changes are first listed.
   * @internal
   */
  static fromLog(log: number[], source: string, destination: string): Edits {
    const edits = new Edits();
    edits.#lazy = [log, source, destination];
    edits.#totalOld = source.length;
    edits.#totalNew = destination.length;
    return edits;
  }

  /** The change list, completed from the log and the texts first if there is a log. */
  #list(): number[] {
    if (this.#lazy !== null) {
      const [log, source, destination] = this.#lazy;
      this.#lazy = null;
      let from = 0; // source index after the last change
      let shift = 0; // destination index minus source index from there
      for (let entry = 0; entry <= log.length; entry += 3) {
        const start = entry < log.length ? log[entry]! : source.length;
        for (let index = from; index < start; index++) {
          if (source.charCodeAt(index) !== destination.charCodeAt(index + shift)) this.#changes.push(index, 1, 1);
        }
        if (start === source.length) break;
        const oldLength = log[entry + 1]!;
        const newLength = log[entry + 2]!;
        this.#changes.push(start, oldLength, newLength);
        from = start + oldLength;
        shift += newLength - oldLength;
      }
    }
    return this.#changes;
  }

  /**
   * Every run, unchanged ones included: `oldLength, newLength, changed (0 or 1)` each. With
   * `forMapping`, a one-unit replacement counts as unchanged (it maps like unchanged text),
   * and the log, when there is one, is read instead of the full list.
   */
  #runs(forMapping = false): number[] {
    // The log and the full list map alike (see `fromLog`).
    const list = forMapping ? (this.#lazy?.[0] ?? this.#changes) : this.#list();
    const runs: number[] = [];
    let end = 0; // source index after the last change listed
    for (let at = 0; at < list.length; at += 3) {
      const start = list[at]!;
      const oldLength = list[at + 1]!;
      const newLength = list[at + 2]!;
      if (forMapping && oldLength === 1 && newLength === 1) continue;
      if (start > end) runs.push(start - end, start - end, 0);
      runs.push(oldLength, newLength, 1);
      end = start + oldLength;
    }
    if (this.#totalOld > end) runs.push(this.#totalOld - end, this.#totalOld - end, 0);
    return runs;
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
    // A log is only ever built for a text that changed.
    return this.#lazy !== null || this.#changes.length > 0;
  }

  /** Number of changes (replacements, insertions, deletions) recorded; unchanged runs are not counted. */
  get numberOfChanges(): number {
    return this.#list().length / 3;
  }

  /** Records `length` units copied unchanged; merges with a preceding unchanged run. */
  addUnchanged(length: number): void {
    checkInteger(length, "length", true);
    this.#add(length, length, false);
  }

  /**
   * Records one change: `oldLength` source units became `newLength` destination units.
   * An insertion is `(0, n)`, a deletion `(n, 0)`; `(0, 0)` records nothing.
   * Adjacent changes stay separate, so each keeps its own bounds.
   */
  addReplace(oldLength: number, newLength: number): void {
    checkInteger(oldLength, "oldLength", true);
    checkInteger(newLength, "newLength", true);
    this.#add(oldLength, newLength, true);
  }

  #add(oldLength: number, newLength: number, changed: boolean): void {
    if (oldLength === 0 && newLength === 0) return;
    if (changed) this.#list().push(this.#totalOld, oldLength, newLength);
    this.#totalOld += oldLength;
    this.#totalNew += newLength;
    this.#starts = null;
  }

  /**
   * Maps `index` from one side to the other. For a span start, the unit that matters is the
   * one at the index; for a span end (`atEnd`), the one just before it: deletions (or
   * insertions) right outside those units stay outside.
   */
  #mapIndex(index: number, fromSource: boolean, atEnd: boolean): number {
    if (this.#starts === null) {
      const list = this.#lazy?.[0] ?? this.#changes;
      const count = list.length / 3;
      const sourceStarts = new Int32Array(count);
      const destinationStarts = new Int32Array(count);
      let shift = 0; // destination minus source index, before the change
      for (let change = 0; change < count; change++) {
        sourceStarts[change] = list[3 * change]!;
        destinationStarts[change] = sourceStarts[change]! + shift;
        shift += list[3 * change + 2]! - list[3 * change + 1]!;
      }
      this.#starts = [sourceStarts, destinationStarts, list];
    }
    const [sourceStarts, destinationStarts, changes] = this.#starts;
    const count = sourceStarts.length;
    const [fromStarts, toStarts, fromTotal, toTotal, fromLength] = fromSource
      ? [sourceStarts, destinationStarts, this.#totalOld, this.#totalNew, 1]
      : [destinationStarts, sourceStarts, this.#totalNew, this.#totalOld, 2];
    const clamped = Math.min(Math.max(index, 0), fromTotal);
    if (atEnd ? clamped === 0 : clamped === fromTotal) return atEnd ? 0 : toTotal;
    // Binary search for the last change starting at or before the unit.
    const unit = atEnd ? clamped - 1 : clamped;
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (fromStarts[middle]! <= unit) low = middle + 1;
      else high = middle;
    }
    const change = low - 1;
    if (change < 0) return clamped; // before every change
    const fromEnd = fromStarts[change]! + changes[3 * change + fromLength]!;
    const toEnd = toStarts[change]! + changes[3 * change + 3 - fromLength]!;
    // Inside the change: its start (or end, for a span end); else in the unchanged run after it.
    if (unit < fromEnd) return atEnd ? toEnd : toStarts[change]!;
    return toEnd + clamped - fromEnd;
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
    const runs = this.#runs();
    let sourceStart = 0;
    let destinationStart = 0;
    for (let at = 0; at < runs.length; at += 3) {
      const sourceLength = runs[at]!;
      const destinationLength = runs[at + 1]!;
      yield { sourceStart, sourceLength, destinationStart, destinationLength, changed: runs[at + 2] === 1 };
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
        `next.sourceLength ${next.#totalOld} must equal destinationLength ${this.#totalNew}`,
      );
    }
    const firstRuns = this.#runs();
    const secondRuns = next.#runs();
    const result = new Edits();
    // Cursors into both run lists, each with what is left of its current run.
    let first = -3;
    let firstOld = 0; // a-units of the current a→b run not yet accounted for
    let firstNew = 0; // b-units of the current a→b run not yet passed
    let firstChanged = false;
    let firstInPending = false; // this change already joined the pending change
    let second = -3;
    let secondOld = 0; // b-units of the current b→c run not yet passed
    let secondNew = 0; // c-units of the current b→c run not yet accounted for
    let secondChanged = false;
    let secondInPending = false;
    let firstDone = true;
    let secondDone = true;
    // A change being built from overlapping changes of both sides.
    let pendingOld = 0;
    let pendingNew = 0;
    for (;;) {
      if (firstDone && first + 3 < firstRuns.length) {
        first += 3;
        firstOld = firstRuns[first]!;
        firstNew = firstRuns[first + 1]!;
        firstChanged = firstRuns[first + 2] === 1;
        firstInPending = false;
        firstDone = false;
      }
      if (secondDone && second + 3 < secondRuns.length) {
        second += 3;
        secondOld = secondRuns[second]!;
        secondNew = secondRuns[second + 1]!;
        secondChanged = secondRuns[second + 2] === 1;
        secondInPending = false;
        secondDone = false;
      }
      // No change still open on either side: the pending change is complete.
      if (!firstInPending && !secondInPending) {
        // ((0, 0) adds nothing.)
        result.addReplace(pendingOld, pendingNew);
        pendingOld = pendingNew = 0;
      }
      if (firstDone && secondDone) break;
      if (!firstDone && firstChanged && firstNew === 0) {
        // A deletion in a → b: its a-units join the pending change.
        pendingOld += firstOld;
        firstDone = true;
        continue;
      }
      if (!secondDone && secondChanged && secondOld === 0) {
        // An insertion in b → c: its c-units join the pending change.
        pendingNew += secondNew;
        secondDone = true;
        continue;
      }
      // Both runs now hold b-units (the b lengths agree, so neither side is exhausted).
      const shared = Math.min(firstNew, secondOld);
      // (With both runs unchanged, no change is open: the pending change went at the top.)
      if (!firstChanged && !secondChanged) {
        result.addUnchanged(shared);
      } else {
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
    const runs = this.#runs(forMapping);
    const json: EditsJSON = [];
    for (let at = 0; at < runs.length; at += 3) json.push(runs[at + 2] === 1 ? [runs[at]!, runs[at + 1]!] : runs[at]!);
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
