import type { Candidate } from "./candidate.js";
import { lendInt32, roomUint8, Use } from "./scratch.js";

/**
 * Which source positions the accepted entities cover, for "is this word free?" checks.
 * The entities are kept as sorted, disjoint intervals (what {@link resolve} returns), and
 * queries that move forward through the text — one per word — advance a cursor, so asking
 * about every word costs one pass over words and entities together.
 */
export class Coverage {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Index of the first interval that may end after the last query's start. */
  private cursor = 0;

  /** `accepted`: sorted by start, not overlapping, as {@link resolve} returns them. */
  constructor(accepted: readonly Candidate[]) {
    this.starts = lendInt32(Use.CoverageStarts, accepted.length);
    this.ends = lendInt32(Use.CoverageEnds, accepted.length);
    for (let i = 0; i < accepted.length; i++) {
      this.starts[i] = accepted[i]!.start;
      this.ends[i] = accepted[i]!.end;
    }
  }

  /**
   * Sets out[i] to 1 when span i, [starts[i], ends[i]), overlaps an accepted entity, else 0:
   * `overlaps` for many spans given in order (starts never decreasing), in one walk.
   */
  markOverlapping(starts: Int32Array, ends: Int32Array, count: number, out: Uint8Array): void {
    const intervals = this.starts.length;
    let j = 0; // the first interval that may end after the current span's start
    for (let i = 0; i < count; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      while (j < intervals && this.ends[j]! <= start) j++;
      out[i] = end > start && j < intervals && this.starts[j]! < end ? 1 : 0;
    }
  }

  /** True when [start, end) overlaps an accepted entity. */
  overlaps(start: number, end: number): boolean {
    if (end <= start) return false;
    const { starts, ends } = this;
    let i = this.cursor;
    if (i > 0 && ends[i - 1]! > start) {
      // A query behind the cursor (guesses of different stages): binary search for the
      // first interval ending after `start` (ends are sorted as the intervals are).
      let low = 0;
      let high = i - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (ends[middle]! > start) high = middle;
        else low = middle + 1;
      }
      i = low;
    }
    while (i < ends.length && ends[i]! <= start) i++;
    this.cursor = i;
    return i < starts.length && starts[i]! < end;
  }
}

/**
 * True when the candidates are as {@link resolve} returns them: sorted by start, non-empty,
 * inside a text of `length` code units, none overlapping the next.
 */
export function isSettled(candidates: readonly Candidate[], length: number): boolean {
  let end = 0;
  for (const c of candidates) {
    if (c.start < end || c.end <= c.start || c.end > length) return false;
    end = c.end;
  }
  return true;
}

/**
 * Keeps the best of overlapping candidates: the longest span, then the most confident,
 * then the earliest (then the first given). Returns them sorted by start.
 *
 * Whether a candidate is kept depends only on the candidates it overlaps, directly or
 * through a chain, so the text splits into clusters of overlapping spans that are decided
 * one by one. Most clusters hold one candidate and are kept as they are; only the rest are
 * sorted by preference, which keeps the cost near one pass over candidates mostly given in
 * text order.
 */
export function resolve(candidates: readonly Candidate[], length: number): Candidate[] {
  // Candidates that can never be kept (empty or outside the text) take no part.
  const order: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.end > c.start && c.start >= 0 && c.end <= length) order.push(i);
  }
  // Stable by start; the candidates arrive mostly sorted, which the sort runs through quickly.
  let sorted = true;
  for (let i = 1; i < order.length && sorted; i++) sorted = candidates[order[i - 1]!]!.start <= candidates[order[i]!]!.start;
  if (!sorted) order.sort((a, b) => candidates[a]!.start - candidates[b]!.start || a - b);

  const kept: Candidate[] = [];
  let taken: Uint8Array | null = null;
  for (let first = 0; first < order.length; ) {
    let clusterEnd = candidates[order[first]!]!.end;
    let last = first + 1;
    while (last < order.length && candidates[order[last]!]!.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, candidates[order[last]!]!.end);
      last++;
    }
    if (last - first === 1) kept.push(candidates[order[first]!]!);
    else {
      taken ??= roomUint8(Use.ResolveTaken, length);
      kept.push(...resolveCluster(candidates, order.slice(first, last), taken));
    }
    first = last;
  }
  return kept;
}

/** The kept candidates of one cluster, sorted by start; marks them in `taken`. */
function resolveCluster(candidates: readonly Candidate[], members: number[], taken: Uint8Array): Candidate[] {
  members.sort((a, b) => {
    const x = candidates[a]!;
    const y = candidates[b]!;
    return y.end - y.start - (x.end - x.start) || y.confidence - x.confidence || x.start - y.start || a - b;
  });
  const kept: Candidate[] = [];
  for (const i of members) {
    const c = candidates[i]!;
    let free = true;
    for (let p = c.start; p < c.end && free; p++) free = taken[p] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * `accepted` and `guesses` in one list sorted by start, when every guess is a valid,
 * non-empty span that overlaps neither an accepted candidate nor another guess — then
 * `resolve` would keep them all, and a merge gives its answer without sorting everything
 * again. Null when that does not hold (the caller resolves).
 */
export function mergeDisjoint(accepted: readonly Candidate[], guesses: readonly Candidate[], covered: Coverage, length: number): Candidate[] | null {
  const sorted = [...guesses].sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  for (const g of sorted) {
    if (g.end <= g.start || g.start < previousEnd || g.end > length || covered.overlaps(g.start, g.end)) return null;
    previousEnd = g.end;
  }
  const merged: Candidate[] = [];
  let i = 0;
  for (const g of sorted) {
    while (i < accepted.length && accepted[i]!.start < g.start) merged.push(accepted[i++]!);
    merged.push(g);
  }
  while (i < accepted.length) merged.push(accepted[i++]!);
  return merged;
}
