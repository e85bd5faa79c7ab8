/**
 * Typed arrays lent to the passes over one chunk and lent again for the next one.
 *
 * Tagging a short text (a sentence, one article) allocated some fifty typed arrays per
 * call — a few per pass, sized by the text — and each one past a few dozen bytes has a
 * backing store of its own outside V8's heap, which costs about a microsecond to make and
 * collect: a 125-character sentence took 50 µs with them and 17 µs without, a 5 KB
 * article about a tenth less (measured on the benchmark machine). Here each use keeps one
 * array and lends it out: as a zeroed view of exactly the length asked (`lend…`), or as
 * itself with that many numbers zeroed (`room…`, see below).
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
  TriggerBeforeBreak,
  // resolve.ts
  CoverageStarts,
  CoverageEnds,
  ResolveTaken,
  // guess/*.ts
  GuessTaken,
  GuessWordStarts,
  GuessWordEnds,
  GuessCovered,
  GuessWordFlags,
  GuessArticles,
  GuessPlans,
  GuessSurnameOfType,
  GuessStemLinks,
  GuessStemSkips,
  GuessMentions,
  GuessStemPairs,
  GuessSurnameShapes,
  GuessWindowCodes,
  GuessTriggers,
  GuessGivenNames,
  GuessTitles,
  GuessInstitutions,
  GuessQuoteStarts,
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
  // plainWords.ts
  PlainWordStarts,
  PlainWordEnds,
  PlainWordIds,
}

/** Longest array kept for reuse (numbers). */
const MOST_KEPT = 1 << 15;
/** Shortest array kept: a use grows at most a few times. */
const LEAST_KEPT = 256;

const keptInt32: Array<Int32Array | undefined> = [];
const keptUint8: Array<Uint8Array | undefined> = [];
const keptUint16: Array<Uint16Array | undefined> = [];

/** The array kept for `use` in `table`, grown to hold `length` numbers if it is shorter. */
function keptFor<T extends Int32Array | Uint8Array | Uint16Array>(table: Array<T | undefined>, use: Use, length: number, make: (length: number) => T): T {
  let kept = table[use];
  if (kept === undefined || kept.length < length) kept = table[use] = make(Math.max(length, LEAST_KEPT, 2 * (kept?.length ?? 0)));
  return kept;
}
const int32s = (length: number): Int32Array => new Int32Array(length);
const uint8s = (length: number): Uint8Array => new Uint8Array(length);
const uint16s = (length: number): Uint16Array => new Uint16Array(length);

/** An Int32Array of exactly `length` numbers, all `fill` (0 by default), lent to `use`. */
export function lendInt32(use: Use, length: number, fill = 0): Int32Array {
  if (length > MOST_KEPT) return fill === 0 ? new Int32Array(length) : new Int32Array(length).fill(fill);
  return keptFor(keptInt32, use, length, int32s).subarray(0, length).fill(fill);
}

/** A zeroed Uint8Array of exactly `length` numbers lent to `use`. */
export function lendUint8(use: Use, length: number): Uint8Array {
  if (length > MOST_KEPT) return new Uint8Array(length);
  return keptFor(keptUint8, use, length, uint8s).subarray(0, length).fill(0);
}

/*
 * Room: the kept array itself, its first `length` numbers zeroed, for a caller that indexes
 * it by its own count and never reads past what it zeroed or wrote: its `length` may be
 * larger. A short text asks for some forty arrays, and a view of exactly the length asked
 * (`subarray`) cost a tenth of the time of tagging a sentence.
 */

/** Room for at least `length` Int32 numbers, the first `length` set to `fill` (0 by default), lent to `use`. */
export function roomInt32(use: Use, length: number, fill = 0): Int32Array {
  if (length > MOST_KEPT) return fill === 0 ? new Int32Array(length) : new Int32Array(length).fill(fill);
  return keptFor(keptInt32, use, length, int32s).fill(fill, 0, length);
}

/** Room for at least `length` Uint8 numbers, the first `length` zeroed, lent to `use`. */
export function roomUint8(use: Use, length: number): Uint8Array {
  if (length > MOST_KEPT) return new Uint8Array(length);
  return keptFor(keptUint8, use, length, uint8s).fill(0, 0, length);
}

/** Room for at least `length` Uint16 numbers, the first `length` zeroed, lent to `use`. */
export function roomUint16(use: Use, length: number): Uint16Array {
  if (length > MOST_KEPT) return new Uint16Array(length);
  return keptFor(keptUint16, use, length, uint16s).fill(0, 0, length);
}

/**
 * Room for a list of at most `most` numbers, which usually holds far fewer: for all of them
 * while that fits what is kept, else what is kept (a list that outgrows it moves to an array
 * of its own). A long text does not allocate room for every word for a list of a few.
 */
export function roomForList(use: Use, most: number): Int32Array {
  return roomInt32(use, Math.min(most, MOST_KEPT));
}
