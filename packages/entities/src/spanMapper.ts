import type { Edits } from "@qalam/normalize";
import { roomInt32, roomUint8, Use } from "./scratch.js";

/**
 * `edits.mapSpanToSource` for many spans given in (mostly) increasing order, as the
 * tagger asks for every word of a text: the run list is copied once into typed arrays and
 * the answer is looked for a few runs after the previous one before falling back to a binary
 * search, so mapping every word in order costs about one pass over the runs. The answers are those of
 * `Edits.mapSpanToSource`, which the tests check on random texts.
 */
export class ForwardSpanMapper {
  private readonly sourceStarts: Int32Array;
  private readonly destinationStarts: Int32Array;
  private readonly sourceLengths: Int32Array;
  private readonly changed: Uint8Array;
  private readonly count: number;
  private readonly sourceTotal: number;
  private readonly destinationTotal: number;
  private cursor = 0;

  constructor(edits: Edits) {
    // The runs that mapping needs (one-unit replacements count as unchanged, which makes the
    // list of folded text several times shorter), as plain JSON data; `changes()` would
    // yield an object per run through a generator.
    const runs = edits.mappingRuns();
    const count = runs.length;
    this.count = count;
    this.sourceStarts = roomInt32(Use.MapperSourceStarts, count);
    this.destinationStarts = roomInt32(Use.MapperDestinationStarts, count);
    this.sourceLengths = roomInt32(Use.MapperSourceLengths, count);
    this.changed = roomUint8(Use.MapperChanged, count);
    let sourceStart = 0;
    let destinationStart = 0;
    for (let i = 0; i < count; i++) {
      const run = runs[i]!;
      const sourceLength = typeof run === "number" ? run : run[0];
      this.sourceStarts[i] = sourceStart;
      this.destinationStarts[i] = destinationStart;
      this.sourceLengths[i] = sourceLength;
      this.changed[i] = typeof run === "number" ? 0 : 1;
      sourceStart += sourceLength;
      destinationStart += typeof run === "number" ? run : run[1];
    }
    this.sourceTotal = edits.sourceLength;
    this.destinationTotal = edits.destinationLength;
  }

  /** The source span of destination span [start, end), widened to whole changes. */
  mapSpanToSource(start: number, end: number): { start: number; end: number } {
    const mappedStart = this.mapIndex(start, false);
    if (end <= start) return { start: mappedStart, end: mappedStart };
    return { start: mappedStart, end: Math.max(mappedStart, this.mapIndex(end, true)) };
  }

  /** The source index where a destination span starting at `start` starts (no object built). */
  toSourceStart(start: number): number {
    return this.mapIndex(start, false);
  }

  /**
   * The source index where a non-empty destination span ending at `end` ends, before the
   * `Math.max` with its start that `mapSpanToSource` applies.
   */
  toSourceEnd(end: number): number {
    return this.mapIndex(end, true);
  }

  /**
   * Maps many destination spans to source spans in place, as `mapSpanToSource` would: span
   * i is [starts[i], ends[i]). The spans must come in order, each ending no later than the
   * next starts (the words of a text): then one walk over the runs serves them all.
   */
  mapOrderedSpansInPlace(starts: Int32Array, ends: Int32Array, count: number): void {
    const { destinationStarts, sourceStarts, sourceLengths, changed, destinationTotal } = this;
    const runs = this.count;
    let run = 0;
    // The destination start of the run after `run` (past the text after the last run).
    let next = runs > 1 ? destinationStarts[1]! : destinationTotal + 1;
    for (let i = 0; i < count; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      if (runs === 0 || start < 0 || end <= start || end > destinationTotal) {
        // Outside the usual case (a non-empty span inside the text): as mapSpanToSource.
        const span = this.mapSpanToSource(start, end);
        starts[i] = span.start;
        ends[i] = span.end;
        continue;
      }
      while (next <= start) next = ++run + 1 < runs ? destinationStarts[run + 1]! : destinationTotal + 1;
      const mappedStart = changed[run] === 0 ? sourceStarts[run]! + (start - destinationStarts[run]!) : sourceStarts[run]!;
      while (next <= end - 1) next = ++run + 1 < runs ? destinationStarts[run + 1]! : destinationTotal + 1;
      const mappedEnd = changed[run] === 0 ? sourceStarts[run]! + (end - destinationStarts[run]!) : sourceStarts[run]! + sourceLengths[run]!;
      starts[i] = mappedStart;
      ends[i] = Math.max(mappedStart, mappedEnd);
    }
  }

  private mapIndex(index: number, isEnd: boolean): number {
    if (this.count === 0) return 0;
    const clamped = Math.min(Math.max(index, 0), this.destinationTotal);
    if (!isEnd && clamped === this.destinationTotal) return this.sourceTotal;
    if (isEnd && clamped === 0) return 0;
    const run = this.runAt(isEnd ? clamped - 1 : clamped);
    if (this.changed[run] === 0) return this.sourceStarts[run]! + (clamped - this.destinationStarts[run]!);
    return isEnd ? this.sourceStarts[run]! + this.sourceLengths[run]! : this.sourceStarts[run]!;
  }

  /** The last run whose destination start is <= unit (a run empty there is never the last). */
  private runAt(unit: number): number {
    const starts = this.destinationStarts;
    let run = this.cursor;
    // A few steps forward from the previous answer cover the usual next word; anything
    // farther, or behind, is a binary search, so no call costs more than O(log runs).
    for (let step = 0; step < 8 && starts[run]! <= unit; step++) {
      if (run + 1 >= this.count || starts[run + 1]! > unit) {
        this.cursor = run;
        return run;
      }
      run++;
    }
    let low = starts[run]! <= unit ? run : 0;
    let high = starts[run]! <= unit ? this.count - 1 : run;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! <= unit) low = middle;
      else high = middle - 1;
    }
    this.cursor = low;
    return low;
  }
}
