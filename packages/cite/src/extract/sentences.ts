import type { QuotePair } from "./quotes.js";
import type { TextSpan } from "./types.js";

/**
 * Sentence spans for attribution: a sentence ends after . ! ? ؟ … (followed by a space,
 * a line break or the end; «OpenAI..» is not an end) and at every line break. A mark
 * inside a quotation does not end the sentence that quotes it («قال: “نحن ممتنون. لقد…”»).
 * Spans are trimmed; blank lines give none. Linear.
 */
export function splitSentences(text: string, quotes: readonly QuotePair[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let q = 0;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (s < e) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    // By code unit: most characters are neither a line break nor a sentence mark.
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      push(i);
      start = i + 1;
      continue;
    }
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x061f && code !== 0x2026) continue; // . ! ? ؟ …
    const c = text[i]!;
    while (q < quotes.length && quotes[q]!.close < i) q++;
    const quote = quotes[q];
    if (quote !== undefined && quote.open < i && i < quote.close) continue;
    const next = text[i + 1];
    if (c === "." && (next === "." || text[i - 1] === ".")) continue;
    if (next === undefined || /\s/u.test(next)) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return spans;
}
