import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalize, normalizeWithEdits } from "@qalam/normalize";

const nfcOnly = { preset: "none", nfc: true } as const;
// Marks of several combining classes, ones NFC joins (U+0653–0655), ones NFC changes
// (U+0340, U+0344), a class-0 mark (U+0903) and marks beyond the BMP (U+1D165, U+1D167), to
// stress canonical ordering.
const marks = fc.constantFrom("\u064B", "\u064E", "\u0650", "\u0651", "\u0652", "\u0670", "\u0653", "\u0654", "\u0655", "\u0656", "\u06E3", "\u0300", "\u0316", "\u0340", "\u0344", "\u0903", "\u0345", "\u{1D167}", "\u{1D165}");
const bases = fc.constantFrom("ا", "و", "ي", "ب", "ە", "ۓ");

describe("NFC pass", () => {
  test("equals String.prototype.normalize on clusters holding Arabic, short and long", () => {
    fc.assert(
      fc.property(bases, fc.array(marks, { minLength: 1, maxLength: 120 }), (base, list) => {
        const cluster = base + list.join("");
        expect(normalize(cluster, nfcOnly)).toBe(cluster.normalize("NFC"));
        const { text, edits } = normalizeWithEdits(cluster, nfcOnly);
        expect(text).toBe(cluster.normalize("NFC"));
        expect(edits.destinationLength).toBe(text.length);
      }),
    );
  });

  test("keeps a mark beyond the BMP in its cluster and puts it in canonical order", () => {
    // U+1D167 (class 1) sorts before U+064E (class 30); its surrogate pair must not split the cluster.
    for (const cluster of ["ب\u064E\u{1D167}", "ب\u064E\u{1D167}\u0651", "ا\u{1D167}\u0654", "ب\u{1D165}\u064E\u{1D167}"]) {
      expect(normalize(cluster, nfcOnly)).toBe(cluster.normalize("NFC"));
      const { text, edits } = normalizeWithEdits(cluster, nfcOnly);
      expect(text).toBe(cluster.normalize("NFC"));
      expect(edits.mapSpanToSource(0, text.length)).toEqual({ start: 0, end: cluster.length });
    }
    expect(normalize("ب\u064E\u{1D167}", "display")).toBe("ب\u{1D167}\u064E");
  });

  test("leaves clusters without Arabic alone, composes those with it", () => {
    expect(normalize("Cafe\u0301 \u1100\u1161 ا\u0653", nfcOnly)).toBe("Cafe\u0301 \u1100\u1161 آ");
  });

  test("a long disordered run of marks costs linear time", () => {
    // ICU alone needs tens of seconds for this (insertion sort of 400 000 marks).
    const long = "ب" + "\u0651\u064E".repeat(200_000);
    const started = performance.now();
    const text = normalize(long, "display");
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(text).toBe("ب" + "\u064E".repeat(200_000) + "\u0651".repeat(200_000));
    expect(normalize(long, "search")).toBe("ب");
  });
});
