import type { Message } from "./types.js";

/**
 * Explicit directional formatting characters (Unicode UAX #9, section 2): the
 * embeddings, overrides and isolates that "Trojan Source" (CVE-2021-42574) uses
 * to make text display in a different order than it is stored. The implicit
 * marks (LRM, RLM, ALM) cannot reorder runs and are ordinary in Arabic text, so
 * they are not reported.
 */
const BIDI_CONTROL_NAMES: ReadonlyMap<number, string> = new Map([
  [0x202a, "LEFT-TO-RIGHT EMBEDDING"],
  [0x202b, "RIGHT-TO-LEFT EMBEDDING"],
  [0x202c, "POP DIRECTIONAL FORMATTING"],
  [0x202d, "LEFT-TO-RIGHT OVERRIDE"],
  [0x202e, "RIGHT-TO-LEFT OVERRIDE"],
  [0x2066, "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "RIGHT-TO-LEFT ISOLATE"],
  [0x2068, "FIRST STRONG ISOLATE"],
  [0x2069, "POP DIRECTIONAL ISOLATE"],
]);

/** Rule id of the messages `findBidiControls` reports. */
export const BIDI_CONTROL_RULE = "bidi-control";

/**
 * Reports every run of explicit bidi controls in `text` as a message with its
 * span (one message per run of adjacent controls, so a hostile input of 100k
 * controls does not turn into 100k messages).
 *
 * @example
 * findBidiControls("abc\u202Edef")
 * // [{ rule: "bidi-control", reason: "U+202E RIGHT-TO-LEFT OVERRIDE …", start: 3, end: 4, stage: "input" }]
 */
export function findBidiControls(text: string, stage = "input"): Message[] {
  if (typeof text !== "string") throw new TypeError("findBidiControls: `text` must be a string");
  const messages: Message[] = [];
  let runStart = -1;
  // A set: at most nine distinct controls exist, so memory stays flat on long runs.
  const runNames = new Set<string>();
  const flush = (end: number): void => {
    if (runStart < 0) return;
    messages.push({
      rule: BIDI_CONTROL_RULE,
      reason:
        `Bidirectional control ${[...runNames].join(", ")} can make the text display in a different order ` +
        "than it is stored (Trojan Source); check the text before trusting how it looks",
      start: runStart,
      end,
      stage,
    });
    runStart = -1;
    runNames.clear();
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const name = BIDI_CONTROL_NAMES.get(code);
    if (name === undefined) {
      flush(i);
      continue;
    }
    if (runStart < 0) runStart = i;
    runNames.add(`U+${code.toString(16).toUpperCase()} ${name}`);
  }
  flush(text.length);
  return messages;
}
