/**
 * Typed arrays lent to the passes over one chunk and lent again for the next one.
 *
 * Tagging a short text (a sentence, one article) allocated some fifty typed arrays per
 * call — a few per pass, sized by the text — and each one past a few dozen bytes has a
 * backing store of its own outside V8's heap, which costs about a microsecond to make and
 * collect: a 125-character sentence took 50 µs with them and 17 µs without, a 5 KB
 * article about a tenth less (measured on the benchmark machine). Here each use keeps one
 * array and lends out a zeroed view of its first `length` numbers.
 *
 * Safe because tagging is synchronous: one chunk is tagged at a time, in this thread, and
 * each call site has a use of its own. A view is valid until its use is asked for again,
 * which each site does once per chunk (once per call of its function); nothing lent here
 * may be kept past that. Arrays longer than MOST_KEPT numbers are allocated as usual:
 * beside the work on that many words their allocation is small, and a long text should
 * not leave megabytes behind.
 */
export const enum Use {
  // words.ts
  WordEnds,
  // vocabulary.ts
  TypeOf,
  IdOf,
  TypeIds,
  // spanMapper.ts
  MapperSourceStarts,
  MapperDestinationStarts,
  MapperSourceLengths,
  MapperChanged,
  // wordLexicon.ts
  LexiconBits,
  LexiconSpanned,
  LexiconSkip,
  TriggerBefore,
  // resolve.ts
  CoverageStarts,
  CoverageEnds,
  ResolveTaken,
  // guess.ts
  GuessTaken,
  GuessWordStarts,
  GuessWordEnds,
  GuessCovered,
  GuessWordFlags,
  GuessArticles,
  GuessPlans,
  GuessSurnameOfType,
  GuessSurnameShapes,
  GuessWindowCodes,
  GuessTriggers,
  GuessGivenNames,
  GuessTitles,
  NearbyFirstCodes,
  NearbyLengths,
  ExactFilterBits,
  ExactFilterHashes,
  NearFilterBits,
  NearFilterHashes,
  StartFilterBits,
  StartFilterHashes,
  // phraseKeys.ts
  SkeletonSlotData,
  SkeletonSlots,
  SkeletonCodes,
  // values/lexeme-table.ts
  LexemeStarts,
  LexemeEnds,
  LexemeAnchors,
}

/** Longest array kept for reuse (numbers). */
const MOST_KEPT = 1 << 15;
/** Shortest array kept: a use grows at most a few times. */
const LEAST_KEPT = 256;

const keptInt32: Array<Int32Array | undefined> = [];
const keptUint8: Array<Uint8Array | undefined> = [];
const keptUint16: Array<Uint16Array | undefined> = [];

/** Room for `length` numbers in a kept array of at least `current` (0: none yet). */
const roomFor = (length: number, current: number): number => Math.max(length, LEAST_KEPT, 2 * current);

/** An Int32Array of `length` numbers, all `fill` (0 by default), lent to `use`. */
export function lendInt32(use: Use, length: number, fill = 0): Int32Array {
  if (length > MOST_KEPT) return fill === 0 ? new Int32Array(length) : new Int32Array(length).fill(fill);
  let kept = keptInt32[use];
  if (kept === undefined || kept.length < length) kept = keptInt32[use] = new Int32Array(roomFor(length, kept?.length ?? 0));
  return kept.subarray(0, length).fill(fill);
}

/**
 * A zeroed Int32Array lent to `use` for a list of at most `most` numbers, which usually
 * holds far fewer: room for all of them while that fits what is kept, else what is kept
 * (a list that outgrows it moves to an array of its own). A long text does not allocate
 * room for every word for a list of a few.
 */
export function lendInt32Room(use: Use, most: number): Int32Array {
  return lendInt32(use, Math.min(most, MOST_KEPT));
}

/** A zeroed Uint8Array of `length` numbers lent to `use`. */
export function lendUint8(use: Use, length: number): Uint8Array {
  if (length > MOST_KEPT) return new Uint8Array(length);
  let kept = keptUint8[use];
  if (kept === undefined || kept.length < length) kept = keptUint8[use] = new Uint8Array(roomFor(length, kept?.length ?? 0));
  return kept.subarray(0, length).fill(0);
}

/** A zeroed Uint16Array of `length` numbers lent to `use`. */
export function lendUint16(use: Use, length: number): Uint16Array {
  if (length > MOST_KEPT) return new Uint16Array(length);
  let kept = keptUint16[use];
  if (kept === undefined || kept.length < length) kept = keptUint16[use] = new Uint16Array(roomFor(length, kept?.length ?? 0));
  return kept.subarray(0, length).fill(0);
}
