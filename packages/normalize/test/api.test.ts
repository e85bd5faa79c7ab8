import { describe, expect, test } from "vitest";
import * as api from "@qalam/normalize";
import { normalize, normalizeWithEdits, PRESETS, resolveOptions } from "@qalam/normalize";

describe("public API", () => {
  test("exports exactly these names", () => {
    expect(Object.keys(api).sort()).toEqual([
      "Edits",
      "PRESETS",
      "createNormalizeStream",
      "normalize",
      "normalizeWithEdits",
      "resolveOptions",
    ]);
  });

  test("presets are frozen and resolveOptions fills every option", () => {
    expect(Object.isFrozen(PRESETS)).toBe(true);
    expect(Object.isFrozen(PRESETS.search)).toBe(true);
    expect(resolveOptions(undefined)).toEqual(PRESETS.search);
    expect(resolveOptions({ preset: "display", digits: "arab" })).toEqual({ ...PRESETS.display, digits: "arab" });
    expect(resolveOptions({ preset: "none", tatweel: undefined })).toEqual(PRESETS.none);
  });
});

describe("large input", () => {
  // About 50 MB of UTF-8: the seed-like sentence repeated (≈ 28 M UTF-16 units).
  const sentence = "أَعْلَنَتْ شركةُ OpenAI عن نموذجـها GPT-4.5 في مؤتمرٍ على الإنترنت، وقالت إنّ ٣٠٪ من المستخدمين… ";
  const bytesPerCopy = new TextEncoder().encode(sentence).length;
  const copies = Math.ceil(50_000_000 / bytesPerCopy);
  const big = sentence.repeat(copies);
  const expectedSentence = normalize(sentence, "search");

  test("a 50 MB string is normalized, with edits that map back", () => {
    const { text, edits } = normalizeWithEdits(big, "search");
    expect(text.length).toBe(expectedSentence.length * copies);
    expect(text.slice(-expectedSentence.length)).toBe(expectedSentence);
    expect(edits.sourceLength).toBe(big.length);
    expect(edits.destinationLength).toBe(text.length);
    const word = "المستخدمين";
    const last = text.lastIndexOf(word);
    const span = edits.mapSpanToSource(last, last + word.length);
    expect(span.end).toBe(big.length - sentence.length + sentence.indexOf(word) + word.length);
    expect(big.slice(span.start, span.end)).toBe(word);
  });

  test("a 50 MB single line through the display preset", () => {
    const text = normalize(big, "display");
    expect(text.startsWith("أَعْلَنَتْ شركةُ OpenAI عن نموذجها GPT-4.5")).toBe(true);
    expect(text.length).toBeLessThan(big.length);
  });
});
