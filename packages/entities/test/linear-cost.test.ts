import { describe, expect, it } from "vitest";
import { chunks } from "../src/tagger.js";

/** Least of a few timings: the run least disturbed by other load on a shared machine. */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe("linear cost", () => {
  it("splits a long text with no line break or space in linear time", () => {
    // A single run of letters: every chunk boundary search must stop at the chunk, not
    // scan back to the start of the text (quadratic: ~80× for 8× the text).
    const small = "ب".repeat(4_000_000);
    const large = "ب".repeat(32_000_000);
    const spans = [...chunks(large)];
    expect(spans[0]![0]).toBe(0);
    expect(spans[spans.length - 1]![1]).toBe(large.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBe(spans[i - 1]![1]);
    const count = (text: string) => () => {
      for (const span of chunks(text)) void span;
    };
    const ratio = fastest(count(large)) / Math.max(fastest(count(small)), 1);
    expect(ratio).toBeLessThan(24);
  });
  it("cuts long texts at the last line break, else the last space, inside each chunk", () => {
    const line = "كلمة ".repeat(100_000) + "\n"; // 500,001 characters
    const text = line.repeat(5);
    const spans = [...chunks(text)];
    for (const [, end] of spans.slice(0, -1)) expect(text[end - 1]).toBe("\n");
    const spaced = "كلمة ".repeat(600_000);
    for (const [, end] of [...chunks(spaced)].slice(0, -1)) expect(spaced[end - 1]).toBe(" ");
  });
});
