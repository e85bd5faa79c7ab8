// Visual order of Arabic references, checked with a Unicode Bidirectional Algorithm
// implementation (bidi-js): on an RTL page and on an LTR page, the author stays before the year,
// the title stays inside its quotes and the outlet comes after the title, in reading order.
import bidiFactory from "bidi-js";
import { describe, expect, it } from "vitest";
import type { CslItem } from "../src/csl-item.js";
import { formatCitation, type FormatCitationOptions } from "../src/references/index.js";

const bidi = bidiFactory();

/** visual[i] = the column (from the left) where logical character i is displayed. */
function visualColumns(text: string, direction: "ltr" | "rtl"): number[] {
  const levels = bidi.getEmbeddingLevels(text, direction);
  const order = Array.from({ length: text.length }, (_, i) => i);
  for (const [start = 0, end = -1] of bidi.getReorderSegments(text, levels)) {
    const slice = order.slice(start, end + 1).reverse();
    order.splice(start, slice.length, ...slice);
  }
  const columns = new Array<number>(text.length);
  order.forEach((logical, column) => (columns[logical] = column));
  return columns;
}

interface Span {
  start: number;
  end: number;
}

function find(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start, end: start + needle.length };
}

function cols(columns: number[], span: Span): number[] {
  return columns.slice(span.start, span.end);
}

/** In right-to-left reading, "a before b" means every column of a is right of every column of b. */
function readsBefore(columns: number[], a: Span, b: Span): boolean {
  return Math.min(...cols(columns, a)) > Math.max(...cols(columns, b));
}

function inside(columns: number[], inner: Span, open: number, close: number): boolean {
  const c = cols(columns, inner);
  const lo = Math.min(columns[open] ?? 0, columns[close] ?? 0);
  const hi = Math.max(columns[open] ?? 0, columns[close] ?? 0);
  return c.every((x) => x > lo && x < hi);
}

const mixed: CslItem = {
  type: "article-newspaper",
  title: "إنفيديا تستثمر 100 مليار دولار في OpenAI وChatGPT",
  author: [{ family: "نبيل", given: "محمد" }],
  issued: { "date-parts": [[2024, 10, 20]] },
  "container-title": "The Information",
  URL: "https://www.theinformation.com/articles/nvidia",
  language: "ar",
};

const allArabic: CslItem = {
  type: "article-newspaper",
  title: "الذكاء الاصطناعي في مصر",
  author: [{ family: "أبو الغيط", given: "أحمد" }],
  issued: { "date-parts": [[2025, 1, 3]] },
  "container-title": "إيجيبت14",
  language: "ar",
};

const pages = [
  { direction: "rtl" as const, before: "المراجع: ", after: " — انتهى" },
  { direction: "ltr" as const, before: "References: ", after: " (end)" },
];

function check(item: CslItem, options: FormatCitationOptions, direction: "ltr" | "rtl", before: string, after: string) {
  const entry = formatCitation(item, options);
  const text = before + entry + after;
  const columns = visualColumns(text, direction);
  const author = item.author?.[0]?.family ?? "";
  const authorSpan = find(text, author);
  const year = find(text, options.digits === "arab" ? "٢٠" : "20", authorSpan.end);
  const title = find(text, (item.title ?? "").slice(0, 12));
  const outlet = find(text, item["container-title"] ?? "", title.end);
  const open = text.lastIndexOf("«", title.start);
  const close = text.indexOf("»", title.end);
  return { text, columns, authorSpan, year, title, outlet, open, close };
}

describe("visual order of Arabic references (bidi-js)", () => {
  for (const [name, item] of [
    ["mixed Arabic/Latin item", mixed],
    ["all-Arabic item", allArabic],
  ] as const) {
    for (const style of ["apa", "mla", "chicago"] as const) {
      for (const page of pages) {
        it(`${name}, ${style}, ${page.direction} page`, () => {
          const r = check(item, { style, locale: "ar" }, page.direction, page.before, page.after);
          expect(readsBefore(r.columns, r.authorSpan, r.year), r.text).toBe(true);
          expect(readsBefore(r.columns, r.title, r.outlet), r.text).toBe(true);
          expect(readsBefore(r.columns, r.authorSpan, r.title), r.text).toBe(true);
          if (style !== "apa") {
            // APA prints article titles without quotes; MLA and Chicago quote them.
            expect(r.open).toBeGreaterThanOrEqual(0);
            expect(inside(r.columns, r.title, r.open, r.close), r.text).toBe(true);
          }
        });
      }
    }
  }

  it("holds for the in-text citation and the Chicago note", () => {
    for (const page of pages) {
      const text = page.before + formatCitation(mixed, { style: "apa", locale: "ar", kind: "in-text" }) + page.after;
      const columns = visualColumns(text, page.direction);
      expect(readsBefore(columns, find(text, "نبيل"), find(text, "2024")), text).toBe(true);
      const note = check(mixed, { style: "chicago", locale: "ar", kind: "note" }, page.direction, page.before, page.after);
      expect(readsBefore(note.columns, note.title, note.outlet), note.text).toBe(true);
      expect(inside(note.columns, note.title, note.open, note.close), note.text).toBe(true);
    }
  });

  it("holds with Arabic-Indic digits (ar-SA)", () => {
    for (const page of pages) {
      const r = check(mixed, { style: "mla", locale: "ar-SA", digits: "arab" }, page.direction, page.before, page.after);
      expect(readsBefore(r.columns, r.authorSpan, r.year), r.text).toBe(true);
      expect(readsBefore(r.columns, r.title, r.outlet), r.text).toBe(true);
    }
  });

  it("keeps an English reference to an Arabic source in left-to-right reading order on both pages", () => {
    for (const page of pages) {
      for (const style of ["mla", "chicago"] as const) {
        const text = page.before + formatCitation(mixed, { style, locale: "en" }) + page.after;
        const columns = visualColumns(text, page.direction);
        const title = find(text, (mixed.title ?? "").slice(0, 12));
        const ltrBefore = (a: Span, b: Span) => Math.max(...cols(columns, a)) < Math.min(...cols(columns, b));
        expect(ltrBefore(find(text, "نبيل"), title), text).toBe(true);
        expect(ltrBefore(title, find(text, "The Information")), text).toBe(true);
        expect(ltrBefore(title, find(text, "2024")), text).toBe(true);
        expect(inside(columns, title, text.indexOf("“"), text.indexOf("”")), text).toBe(true);
      }
    }
  });

  it("detects the failure the isolates prevent: without marks the outlet lands out of place on an LTR page", () => {
    const r = check(mixed, { style: "mla", locale: "ar", bidi: "none" }, "ltr", pages[1]!.before, pages[1]!.after);
    const ok = readsBefore(r.columns, r.authorSpan, r.year) && readsBefore(r.columns, r.title, r.outlet) && inside(r.columns, r.title, r.open, r.close);
    expect(ok).toBe(false);
  });
});
