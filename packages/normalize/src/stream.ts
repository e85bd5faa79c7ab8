import { hasContextRules } from "./context.js";
import { Char, CONTROL_RANGES } from "./data/characters.js";
import { checkText, run } from "./normalize.js";
import { resolveOptions, type NormalizeOptions, type PresetName } from "./options.js";
import { Kind, characterTables, inRanges } from "./tables.js";

/**
 * Where the buffered text can be cut so that normalizing both parts apart gives the same
 * text as normalizing them together; 0 when there is no such place yet. `from` is the
 * first index worth looking at (earlier ones were searched before).
 */
type CutFinder = (text: string, from: number) => number;

/**
 * `true` for a unit that ends a segment for NFC: a starter that never combines with what
 * precedes it, so NFC(a + b) = NFC(a) + NFC(b) when b starts with one of these. ASCII, and
 * the basic Arabic letters U+0621–064A (none is the second half of a canonical composition).
 */
function isNfcSafeStarter(unit: number): boolean {
  return unit < 0x80 || (unit >= 0x0621 && unit <= 0x064a);
}

/**
 * Character rules only: cut before a unit NFC never joins to what precedes it (ASCII, basic
 * Arabic letters), unless the unit before is a CR (CRLF is one line break) or a unit the
 * options remove or a control character (whether a ZWJ/ZWNJ is removed depends on what lies
 * beyond a run of removed units). Trailing marks, a trailing CR and anything after the last
 * such unit are held back.
 */
function characterCut(kind: Uint8Array): CutFinder {
  return (text, from) => {
    for (let index = text.length - 1; index > 0 && index >= from; index--) {
      const before = text.charCodeAt(index - 1);
      if (
        isNfcSafeStarter(text.charCodeAt(index)) &&
        !(before === Char.CarriageReturn || inRanges(before, CONTROL_RANGES) || kind[before] === Kind.Delete)
      ) {
        return index;
      }
    }
    return 0;
  };
}

/** Context rules work line by line: cut after the last line feed (looking only at new text). */
function lineCut(text: string, from: number): number {
  const at = text.slice(from).lastIndexOf("\n");
  return at < 0 ? 0 : from + at + 1;
}

/**
 * A WHATWG `TransformStream` of strings that normalizes text arriving in chunks. Its output
 * joined equals `normalize(wholeText, options)` wherever the chunks were cut: it holds back
 * the tail that a later chunk could still change (combining marks, a CR, with the display
 * rules the current line) and flushes it at the end.
 * @throws TypeError naming `options` when they are not valid; the stream errors with a
 *   TypeError if a chunk is not a string.
 * @example
 * const stream = createNormalizeStream("search");
 * // readable.pipeThrough(stream) yields normalized text
 */
export function createNormalizeStream(options?: NormalizeOptions | PresetName): TransformStream<string, string> {
  const resolved = resolveOptions(options);
  const findCut: CutFinder = hasContextRules(resolved) ? lineCut : characterCut(characterTables(resolved).kind);
  let pending = "";
  let searchedUpTo = 0; // cut positions below this index were already ruled out
  // Normalizes and sends the buffered text before `cut`, keeping the rest.
  const send = (cut: number, controller: TransformStreamDefaultController<string>): void => {
    const text = run(pending.slice(0, cut), resolved, false).text;
    pending = pending.slice(cut);
    if (text.length > 0) controller.enqueue(text);
  };
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      checkText(chunk, "chunk");
      // (An empty chunk finds no new cut: nothing happens.)
      pending += chunk;
      // (No cut yet: 0, which sends nothing.)
      send(findCut(pending, searchedUpTo), controller);
      // Only the last unit can change whether an earlier place is a valid cut.
      searchedUpTo = Math.max(0, pending.length - 1);
    },
    flush(controller) {
      send(pending.length, controller);
    },
  });
}
