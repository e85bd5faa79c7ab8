import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CslItem } from "../src/csl-item.js";
import { formatCitation, toBibtex, toCslJson, toRis } from "../src/references/index.js";

// Strings with everything that has broken formatters: lone surrogates, bidi controls, Arabic and
// Latin mixed, quotes, markup, line breaks.
const nasty = fc.constantFrom("\uD800", "\uDC00", "\u2066", "\u2067", "\u2068", "\u2069", "\u202E", "\u200F", "\u061C", "«", "»", '"', "'", "<", "&", "{", "}", "\\", "\n", "؟", "?", ".", ",", "،", " ", "javascript:", "https://", "10.1/x");
const words = fc.constantFrom("نبيل", "محمد", "بن", "أبو", "عبد", "الله", "OpenAI", "The", "a", "of", "e-commerce", "2024", "٢٠٢٤", "undefined?");
const text = fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 6 }), nasty, words), { maxLength: 8 }).map((parts) => parts.join(""));
const value = fc.oneof(text, fc.integer(), fc.constant(undefined), fc.constant(null), fc.anything({ maxDepth: 1 }));

const name = fc.oneof(
  fc.record({ family: value, given: value }, { requiredKeys: [] }),
  fc.record({ literal: value }),
  fc.record({ family: value, given: value, "non-dropping-particle": value, "dropping-particle": value, suffix: value }, { requiredKeys: [] }),
  value,
);
const date = fc.oneof(
  fc.record({ "date-parts": fc.array(fc.array(fc.oneof(fc.integer({ min: -5, max: 3000 }), text, fc.double()), { maxLength: 4 }), { maxLength: 2 }) }),
  fc.record({ raw: text }),
  fc.record({ literal: text }),
  value,
);
const item = fc.record(
  {
    type: fc.oneof(fc.constantFrom("article-newspaper", "article-magazine", "webpage", "article-journal", "post-weblog", "book"), text),
    title: value,
    "title-translated": value,
    author: fc.oneof(fc.array(name, { maxLength: 25 }), value),
    issued: date,
    accessed: date,
    "container-title": value,
    URL: value,
    DOI: value,
    volume: value,
    issue: value,
    page: value,
    language: fc.oneof(fc.constantFrom("ar", "en", "ar-EG", "fr"), value),
  },
  { requiredKeys: ["type"] },
) as fc.Arbitrary<CslItem>;

const options = fc
  .record({
    style: fc.constantFrom("apa", "mla", "chicago"),
    locale: fc.constantFrom("ar", "en", "ar-LB", "ar-SA", "ar-MA", "en-US"),
    format: fc.constantFrom("text", "html", "markdown"),
    kind: fc.constantFrom("bibliography", "in-text", "note"),
    bidi: fc.constantFrom("auto", "isolate", "none"),
  })
  .map((o) => ({ ...o, kind: o.kind === "note" && o.style !== "chicago" ? "in-text" : o.kind }));

function balanced(out: string): boolean {
  let depth = 0;
  for (const ch of out) {
    if (ch === "\u2066" || ch === "\u2067" || ch === "\u2068") depth++;
    else if (ch === "\u2069" && --depth < 0) return false;
  }
  return depth === 0;
}

describe("formatCitation properties", () => {
  it("never throws, is deterministic, keeps isolates balanced and prints no undefined/NaN", () => {
    fc.assert(
      fc.property(item, options, (it, opts) => {
        const out = formatCitation(it, opts);
        expect(typeof out).toBe("string");
        expect(formatCitation(structuredClone(it), opts)).toBe(out);
        if (opts.format === "html") {
          expect(out.split("<bdi").length).toBe(out.split("</bdi>").length);
          expect(out).not.toMatch(/<(?!\/?(?:div|span|bdi|i|a)[ >])/);
          expect(out).not.toMatch(/href="(?!https?:)/);
        } else {
          expect(balanced(out)).toBe(true);
        }
        if (opts.bidi === "none") expect(out).not.toMatch(/[\u2066-\u2069\u202A-\u202E]/);
        const input = JSON.stringify(it) ?? "";
        if (!input.includes("undefined")) expect(out).not.toContain("undefined");
        if (!input.includes("NaN")) expect(out).not.toContain("NaN");
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });

  it("exporters never throw; RIS is one tag per line; BibTeX braces balance", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 3 }), (items) => {
        const ris = toRis(items);
        for (const line of ris.split("\r\n")) expect(line === "" || /^[A-Z][A-Z0-9] {2}- /.test(line)).toBe(true);
        const bib = toBibtex(items);
        const unescaped = bib.replace(/\\[{}]/g, "");
        expect(unescaped.split("{").length).toBe(unescaped.split("}").length);
        expect(JSON.parse(toCslJson(items))).toHaveLength(items.length);
      }),
    );
  });
});
