import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Edits, type EditsJSON } from "@qalam/normalize";

function editsOf(json: EditsJSON): Edits {
  return Edits.fromJSON(json);
}

describe("Edits recording", () => {
  test("merges adjacent unchanged runs, keeps changes apart", () => {
    const edits = new Edits();
    edits.addUnchanged(2);
    edits.addUnchanged(3);
    edits.addReplace(1, 0);
    edits.addReplace(2, 1);
    edits.addReplace(0, 0);
    edits.addUnchanged(0);
    edits.addReplace(0, 4);
    expect(edits.toJSON()).toEqual([5, [1, 0], [2, 1], [0, 4]]);
    expect(edits.sourceLength).toBe(8);
    expect(edits.destinationLength).toBe(10);
    expect(edits.hasChanges).toBe(true);
    expect(edits.numberOfChanges).toBe(3);
  });

  test("an empty list has no changes and maps 0 to 0", () => {
    const edits = new Edits();
    expect(edits.hasChanges).toBe(false);
    expect(edits.sourceIndexFromDestinationIndex(0)).toBe(0);
    expect(edits.mapSpanToSource(0, 0)).toEqual({ start: 0, end: 0 });
  });

  test("rejects bad lengths with a TypeError naming them", () => {
    const edits = new Edits();
    expect(() => edits.addUnchanged(-1)).toThrow(/length/);
    expect(() => edits.addReplace(1.5, 1)).toThrow(/oldLength/);
    expect(() => edits.addReplace(1, Number.NaN)).toThrow(/newLength/);
    expect(() => edits.addUnchanged("3" as unknown as number)).toThrow(TypeError);
    expect(() => edits.sourceIndexFromDestinationIndex(0.5)).toThrow(/index/);
    expect(() => Edits.fromJSON({})).toThrow(TypeError);
    expect(() => Edits.fromJSON([[1]])).toThrow(TypeError);
  });

  test("changes() lists every run with both starts", () => {
    expect([...editsOf([2, [3, 1], 4]).changes()]).toEqual([
      { sourceStart: 0, sourceLength: 2, destinationStart: 0, destinationLength: 2, changed: false },
      { sourceStart: 2, sourceLength: 3, destinationStart: 2, destinationLength: 1, changed: true },
      { sourceStart: 5, sourceLength: 4, destinationStart: 3, destinationLength: 4, changed: false },
    ]);
  });

  test("mappingRuns() counts one-unit replacements as unchanged and merges the runs around them", () => {
    expect(editsOf([2, [1, 1], 3, [2, 1], [1, 1], 1, [0, 2], [1, 1]]).mappingRuns()).toEqual([6, [2, 1], 2, [0, 2], 1]);
    expect(editsOf([[1, 1]]).mappingRuns()).toEqual([1]);
    expect(editsOf([]).mappingRuns()).toEqual([]);
  });

  test("toJSON survives JSON.stringify and fromJSON", () => {
    const edits = editsOf([3, [1, 0], 5, [1, 2]]);
    expect(JSON.stringify(edits)).toBe("[3,[1,0],5,[1,2]]");
    expect(Edits.fromJSON(JSON.parse(JSON.stringify(edits))).toJSON()).toEqual(edits.toJSON());
  });
});

describe("Edits index and span mapping", () => {
  // source "abXYZcd" → destination "abQcd": "XYZ" replaced by "Q"
  const edits = editsOf([2, [3, 1], 2]);

  test("indexes inside unchanged runs map exactly", () => {
    expect(edits.sourceIndexFromDestinationIndex(1)).toBe(1);
    expect(edits.sourceIndexFromDestinationIndex(3)).toBe(5);
    expect(edits.destinationIndexFromSourceIndex(6)).toBe(4);
  });

  test("an index inside a change maps to the change's start", () => {
    expect(edits.sourceIndexFromDestinationIndex(2)).toBe(2);
    expect(edits.destinationIndexFromSourceIndex(3)).toBe(2);
    expect(edits.destinationIndexFromSourceIndex(4)).toBe(2);
  });

  test("the ends map to the ends; out of range is clamped", () => {
    expect(edits.sourceIndexFromDestinationIndex(5)).toBe(7);
    expect(edits.destinationIndexFromSourceIndex(7)).toBe(5);
    expect(edits.sourceIndexFromDestinationIndex(99)).toBe(7);
    expect(edits.sourceIndexFromDestinationIndex(-3)).toBe(0);
  });

  test("spans widen to whole changes and never collapse", () => {
    expect(edits.mapSpanToSource(2, 3)).toEqual({ start: 2, end: 5 });
    expect(edits.mapSpanToSource(1, 3)).toEqual({ start: 1, end: 5 });
    expect(edits.mapSpanToSource(3, 5)).toEqual({ start: 5, end: 7 });
    expect(edits.mapSpanToDestination(3, 4)).toEqual({ start: 2, end: 3 });
    expect(edits.mapSpanToDestination(0, 7)).toEqual({ start: 0, end: 5 });
  });

  test("deletions next to a span stay outside it", () => {
    // "aXb" → "ab" with X deleted
    const deletion = editsOf([1, [1, 0], 1]);
    expect(deletion.mapSpanToSource(0, 1)).toEqual({ start: 0, end: 1 });
    expect(deletion.mapSpanToSource(1, 2)).toEqual({ start: 2, end: 3 });
    expect(deletion.mapSpanToSource(0, 2)).toEqual({ start: 0, end: 3 });
    expect(deletion.mapSpanToDestination(1, 2)).toEqual({ start: 1, end: 1 });
  });

  test("a span inside an insertion has no source text", () => {
    const insertion = editsOf([1, [0, 2], 1]);
    expect(insertion.mapSpanToSource(1, 3)).toEqual({ start: 1, end: 1 });
    expect(insertion.mapSpanToSource(0, 3)).toEqual({ start: 0, end: 1 });
  });
});

// Random edit lists applied to real strings: each source unit is a distinct CJK character,
// replacements write Latin letters, so the units that survive can be traced.
const runArbitrary = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })),
);

function apply(edits: Edits, source: string): string {
  let out = "";
  for (const run of edits.changes()) {
    out += run.changed ? "x".repeat(run.destinationLength) : source.slice(run.sourceStart, run.sourceStart + run.sourceLength);
  }
  return out;
}

function editsFor(runs: EditsJSON): Edits {
  return Edits.fromJSON(runs);
}

/** Fits a random run list to a source of exactly `length` units. */
function fitted(runs: EditsJSON, length: number): Edits {
  const edits = new Edits();
  let left = length;
  for (const run of runs) {
    if (typeof run === "number") {
      const take = Math.min(run, left);
      edits.addUnchanged(take);
      left -= take;
    } else {
      const take = Math.min(run[0], left);
      edits.addReplace(take, run[1]);
      left -= take;
    }
  }
  edits.addUnchanged(left);
  return edits;
}

/** Two random edits that chain (the second applies to the first's output), on a source of `length` units. */
const chainedEdits = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.array(runArbitrary, { maxLength: 12 }), fc.array(runArbitrary, { maxLength: 12 }))
  .map(([length, firstRuns, secondRuns]) => {
    const first = fitted(firstRuns, length);
    return { length, first, second: fitted(secondRuns, first.destinationLength) };
  });

describe("Edits properties", () => {
  test("index maps are monotonic and spans never collapse", () => {
    fc.assert(
      fc.property(fc.array(runArbitrary, { maxLength: 12 }), (runs) => {
        const edits = editsFor(runs);
        let previous = 0;
        for (let index = 0; index <= edits.destinationLength; index++) {
          const mapped = edits.sourceIndexFromDestinationIndex(index);
          expect(mapped).toBeGreaterThanOrEqual(previous);
          previous = mapped;
        }
        previous = 0;
        for (let index = 0; index <= edits.sourceLength; index++) {
          const mapped = edits.destinationIndexFromSourceIndex(index);
          expect(mapped).toBeGreaterThanOrEqual(previous);
          previous = mapped;
        }
        // A non-empty destination span maps to a non-empty source span unless all of it is inserted text.
        const inserted = new Set<number>();
        for (const run of edits.changes()) {
          if (run.sourceLength === 0) {
            for (let unit = run.destinationStart; unit < run.destinationStart + run.destinationLength; unit++) inserted.add(unit);
          }
        }
        for (let start = 0; start < edits.destinationLength; start++) {
          for (let end = start + 1; end <= edits.destinationLength; end++) {
            const span = edits.mapSpanToSource(start, end);
            let allInserted = true;
            for (let unit = start; unit < end; unit++) if (!inserted.has(unit)) allInserted = false;
            if (!allInserted) expect(span.end).toBeGreaterThan(span.start);
          }
        }
      }),
    );
  });

  test("mappingRuns() maps every index and span as the full run list does", () => {
    fc.assert(
      fc.property(fc.array(runArbitrary, { maxLength: 12 }), (runs) => {
        const edits = editsFor(runs);
        const short = Edits.fromJSON(edits.mappingRuns());
        expect(short.sourceLength).toBe(edits.sourceLength);
        expect(short.destinationLength).toBe(edits.destinationLength);
        expect(short.toJSON()).toEqual(edits.mappingRuns()); // already merged: nothing left to merge
        for (let index = -1; index <= edits.destinationLength + 1; index++) {
          expect(short.sourceIndexFromDestinationIndex(index)).toBe(edits.sourceIndexFromDestinationIndex(index));
        }
        for (let index = -1; index <= edits.sourceLength + 1; index++) {
          expect(short.destinationIndexFromSourceIndex(index)).toBe(edits.destinationIndexFromSourceIndex(index));
        }
        for (let start = 0; start <= edits.destinationLength; start++) {
          for (let end = start; end <= edits.destinationLength; end++) {
            expect(short.mapSpanToSource(start, end)).toEqual(edits.mapSpanToSource(start, end));
          }
        }
        for (let start = 0; start <= edits.sourceLength; start++) {
          for (let end = start; end <= edits.sourceLength; end++) {
            expect(short.mapSpanToDestination(start, end)).toEqual(edits.mapSpanToDestination(start, end));
          }
        }
      }),
    );
  });

  test("mapped spans cover exactly the source that produced the destination span", () => {
    fc.assert(
      fc.property(fc.array(runArbitrary, { maxLength: 8 }), (runs) => {
        const edits = editsFor(runs);
        const source = Array.from({ length: edits.sourceLength }, (_, index) => String.fromCharCode(0x4e00 + index)).join("");
        const destination = apply(edits, source);
        expect(destination.length).toBe(edits.destinationLength);
        // Where each surviving source unit landed in the destination, and back.
        const destinationOf = new Map<number, number>();
        const sourceOf = new Map<number, number>();
        for (let index = 0; index < destination.length; index++) {
          const char = destination.charCodeAt(index);
          if (char !== 0x78) {
            destinationOf.set(char - 0x4e00, index);
            sourceOf.set(index, char - 0x4e00);
          }
        }
        for (let start = 0; start < destination.length; start++) {
          for (let end = start + 1; end <= destination.length; end++) {
            const span = edits.mapSpanToSource(start, end);
            // Every surviving source unit in the destination span is inside the source span.
            for (let index = start; index < end; index++) {
              const at = sourceOf.get(index);
              // Plain checks here: expect() in this hot inner loop dominates the test's time.
              if (at !== undefined && (at < span.start || at >= span.end)) {
                expect.fail(`source unit ${at} of [${start}, ${end}) is outside [${span.start}, ${span.end})`);
              }
            }
            // And the source span holds no surviving unit that lies outside the destination span.
            for (let index = span.start; index < span.end; index++) {
              const at = destinationOf.get(index);
              if (at !== undefined && (at < start || at >= end)) {
                expect.fail(`[${span.start}, ${span.end}) holds unit ${index}, which lands outside [${start}, ${end})`);
              }
            }
          }
        }
      }),
    );
  });

  test("compose(a→b, b→c) keeps exactly the units unchanged by both", () => {
    fc.assert(
      fc.property(
        chainedEdits,
        ({ length, first, second }) => {
          const source = Array.from({ length }, (_, index) => String.fromCharCode(0x4e00 + index)).join("");
          const middle = apply(first, source);
          const final = apply(second, middle);
          const composed = first.compose(second);
          expect(composed.sourceLength).toBe(length);
          expect(composed.destinationLength).toBe(final.length);
          expect(apply(composed, source)).toBe(final);
          let unchanged = 0;
          for (const run of composed.changes()) if (!run.changed) unchanged += run.sourceLength;
          const survivors = [...final].filter((char) => char !== "x").length;
          expect(unchanged).toBe(survivors);
          // Composing with an identity keeps the fine structure.
          const identity = new Edits();
          identity.addUnchanged(first.destinationLength);
          expect(first.compose(identity).toJSON()).toEqual(first.toJSON());
          const sourceIdentity = new Edits();
          sourceIdentity.addUnchanged(length);
          expect(sourceIdentity.compose(first).toJSON()).toEqual(first.toJSON());
        },
      ),
    );
  });

  test("compose merges the changes that overlap in the middle text, as the run-by-run walk does", () => {
    // The previous implementation of compose (a walk over both run lists), as a reference.
    const reference = (firstEdits: Edits, secondEdits: Edits): EditsJSON => {
      type Run = [oldLength: number, newLength: number, changed: boolean];
      const runsOf = (edits: Edits): Run[] =>
        edits.toJSON().map((run): Run => (typeof run === "number" ? [run, run, false] : [run[0], run[1], true]));
      const firstRuns = runsOf(firstEdits);
      const secondRuns = runsOf(secondEdits);
      const result = new Edits();
      // Each side's current run, with what is left of it, and whether it joined the pending change.
      let firstAt = -1;
      let [firstOld, firstNew, firstChanged] = [0, 0, false];
      let firstInPending = false;
      let firstDone = true;
      let secondAt = -1;
      let [secondOld, secondNew, secondChanged] = [0, 0, false];
      let secondInPending = false;
      let secondDone = true;
      let pendingOld = 0;
      let pendingNew = 0;
      for (;;) {
        if (firstDone && firstAt + 1 < firstRuns.length) {
          [firstOld, firstNew, firstChanged] = firstRuns[++firstAt]!;
          firstInPending = firstDone = false;
        }
        if (secondDone && secondAt + 1 < secondRuns.length) {
          [secondOld, secondNew, secondChanged] = secondRuns[++secondAt]!;
          secondInPending = secondDone = false;
        }
        if (!firstInPending && !secondInPending) {
          result.addReplace(pendingOld, pendingNew);
          pendingOld = pendingNew = 0;
        }
        if (firstDone && secondDone) break;
        if (!firstDone && firstChanged && firstNew === 0) {
          pendingOld += firstOld;
          firstDone = true;
          continue;
        }
        if (!secondDone && secondChanged && secondOld === 0) {
          pendingNew += secondNew;
          secondDone = true;
          continue;
        }
        const shared = Math.min(firstNew, secondOld);
        if (!firstChanged && !secondChanged) {
          result.addUnchanged(shared);
        } else {
          pendingOld += firstChanged ? firstOld : shared;
          pendingNew += secondChanged ? secondNew : shared;
          if (firstChanged) [firstOld, firstInPending] = [0, true];
          if (secondChanged) [secondNew, secondInPending] = [0, true];
        }
        firstNew -= shared;
        secondOld -= shared;
        if (firstNew === 0) [firstDone, firstInPending] = [true, false];
        if (secondOld === 0) [secondDone, secondInPending] = [true, false];
      }
      return result.toJSON();
    };
    // Touching changes stay apart; an empty change inside another joins it, at its edge not.
    expect(editsOf([[1, 1], 1]).compose(editsOf([1, [1, 1]])).toJSON()).toEqual([[1, 1], [1, 1]]);
    expect(editsOf([1, [1, 0], 1]).compose(editsOf([[2, 3]])).toJSON()).toEqual([[3, 3]]);
    expect(editsOf([[1, 0], 2]).compose(editsOf([[2, 3]])).toJSON()).toEqual([[1, 0], [2, 3]]);
    expect(editsOf([[2, 2]]).compose(editsOf([1, [0, 1], 1])).toJSON()).toEqual([[2, 3]]);
    expect(editsOf([[1, 0]]).compose(editsOf([[0, 1]])).toJSON()).toEqual([[1, 0], [0, 1]]);
    fc.assert(
      fc.property(
        chainedEdits,
        ({ first, second }) => {
          expect(first.compose(second).toJSON()).toEqual(reference(first, second));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("compose checks lengths", () => {
    expect(() => editsOf([3]).compose(editsOf([4]))).toThrow(RangeError);
  });
});
