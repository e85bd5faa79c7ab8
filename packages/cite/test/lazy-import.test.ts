import { expect, it, vi } from "vitest";
import type * as Normalize from "@qalam/normalize";

// Importing the package must not fold lexicons or build the tagger: that work belongs to the
// first extractor call (see src/lazy.ts). @qalam/entities is replaced by a stub here so that only
// cite's own import-time calls are counted (entities folds its own tables when it loads).
const spies = vi.hoisted(() => ({ normalizeCalls: 0, createTagger: 0 }));

vi.mock("@qalam/normalize", async (importOriginal) => {
  const real = await importOriginal<typeof Normalize>();
  return {
    ...real,
    normalize: (...args: Parameters<typeof real.normalize>) => {
      spies.normalizeCalls++;
      return real.normalize(...args);
    },
  };
});

vi.mock("@qalam/entities", () => ({
  ARABIC_MONTHS: [{ month: 10, names: ["أكتوبر"] }],
  ENGLISH_MONTHS: [],
  ARABIC_WEEKDAYS: [{ weekday: 0, names: ["الأحد"] }],
  ENGLISH_WEEKDAYS: [],
  HIJRI_MONTHS: [{ month: 9, names: ["رمضان"] }],
  hijriToGregorian: () => null,
  gregorianToHijri: () => null,
  createTagger: () => {
    spies.createTagger++;
    return { tag: () => [], entry: () => undefined };
  },
}));

it("import does no folding and builds no tagger; the first calls do", async () => {
  const cite = await import("../src/index.js");
  expect(spies.normalizeCalls).toBe(0);
  expect(spies.createTagger).toBe(0);

  expect(cite.formatCitation({ type: "article-newspaper", title: "عنوان", issued: { "date-parts": [[2024]] } }, { style: "apa", locale: "ar", bidi: "none" })).toContain("عنوان");
  expect(spies.createTagger).toBe(0);

  expect(cite.parseDateline("الأحد، 20 أكتوبر 2024")?.date).toBe("2024-10-20");
  expect(spies.normalizeCalls).toBeGreaterThan(0);
  cite.extractAttributions("قال محمد نبيل إن الأسعار ارتفعت.");
  expect(spies.createTagger).toBe(1);
});
