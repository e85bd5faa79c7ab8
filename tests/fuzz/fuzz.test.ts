/**
 * Hostile input across every public function: nothing throws, every span lies within the text
 * and slices to what it claims, normalize is idempotent, tokens cover the input, formatting is
 * deterministic. Runs FUZZ_RUNS (10,000 by default) cases per property, fixed seed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, normalizeWithEdits } from "@qalam/normalize";
import { sentences, tokenize } from "@qalam/tokenize";
import { tagEntities } from "@qalam/entities";
import { extractAttributions, extractMetadata, formatCitation, parseDateline } from "@qalam/cite";
import { anyText, fuzzRuns } from "./arbitraries.js";

const params = { numRuns: fuzzRuns };

interface Span {
  start: number;
  end: number;
  text?: string;
}

function expectSpanIn(text: string, span: Span | undefined, what: string): void {
  if (!span) return;
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), what).toBe(true);
  expect(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${span.start}-${span.end} of ${text.length}`).toBe(true);
  if (typeof span.text === "string") expect(text.slice(span.start, span.end), what).toBe(span.text);
}

/** Every span lies within the text and none starts before the previous one ends. */
function expectInOrder(text: string, spans: readonly Span[], what: string): void {
  let last = 0;
  for (const span of spans) {
    expectSpanIn(text, span, what);
    expect(span.start, `${what} ${span.start}-${span.end} starts before ${last}`).toBeGreaterThanOrEqual(last);
    last = span.end;
  }
}

const isolatesBalanced = (s: string): boolean => {
  let depth = 0;
  for (const ch of s) {
    if (ch === "\u2066" || ch === "\u2067" || ch === "\u2068") depth++;
    else if (ch === "\u2069") {
      if (depth === 0) return false;
      depth--;
    }
  }
  return depth === 0;
};

describe("fuzz: @qalam/normalize", () => {
  for (const preset of ["search", "display"] as const) {
    it(`${preset}: never throws, is idempotent, and its edits cover both texts`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const once = normalize(text, preset);
          expect(normalize(once, preset)).toBe(once);
          const { text: out, edits } = normalizeWithEdits(text, preset);
          expect(out).toBe(once);
          expect(edits.sourceLength).toBe(text.length);
          expect(edits.destinationLength).toBe(out.length);
        }),
        params,
      );
    });
  }
});

describe("fuzz: @qalam/tokenize", () => {
  it("tokens cover the input exactly, in order; sentences lie within it", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        expect(tokens.map((t) => t.text).join("")).toBe(text);
        // Joined and in order, the tokens are the text, so they are also contiguous.
        expectInOrder(text, tokens, "token");
        expectInOrder(text, sentences(text), "sentence");
      }),
      params,
    );
  });
});

describe("fuzz: @qalam/entities", () => {
  it("entities lie within the text, slice to their text, never overlap, and are deterministic", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = tagEntities(text);
        expectInOrder(text, found, "entity");
        for (const e of found) expect(e.end, `entity ${e.type} at ${e.start}`).toBeGreaterThan(e.start);
        expect(tagEntities(text)).toEqual(found);
      }),
      params,
    );
  });
});

describe("fuzz: @qalam/cite", () => {
  it("parseDateline returns null or an ISO date, never throws", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseDateline(text);
        if (parsed !== null) {
          expect(parsed.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
          if (parsed.time !== undefined) expect(parsed.time).toMatch(/^\d{2}:\d{2}$/);
        }
      }),
      params,
    );
  });

  it("extractMetadata and extractAttributions keep every span within the text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const item = extractMetadata(text);
        expect(item.type).toBe("article-newspaper");
        for (const a of extractAttributions(text)) {
          expectSpanIn(text, a.cue, "cue");
          expectSpanIn(text, a.source, "source");
          expectSpanIn(text, a.quote, "quote");
        }
      }),
      params,
    );
  });

  it("formatCitation is deterministic, balanced and never prints undefined", () => {
    const name = fc.record({ family: anyText, given: anyText });
    const item = fc.record({
      type: fc.constant("article-newspaper"),
      title: anyText,
      author: fc.array(name, { maxLength: 4 }),
      "container-title": anyText,
      URL: fc.oneof(fc.constant(undefined), fc.webUrl(), anyText),
      issued: fc.oneof(
        fc.constant(undefined),
        fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map((p) => ({ "date-parts": [p] })),
      ),
    });
    const style = fc.constantFrom("apa", "mla", "chicago" as const);
    const locale = fc.constantFrom("ar", "en" as const);
    const format = fc.constantFrom("text", "html", "markdown" as const);
    fc.assert(
      fc.property(item, style, locale, format, (it, s, l, f) => {
        const clean = JSON.parse(JSON.stringify(it)) as Parameters<typeof formatCitation>[0];
        let out: string;
        try {
          out = formatCitation(clean, { style: s, locale: l, format: f });
        } catch (e) {
          // A documented, typed refusal (e.g. an item with no usable title) is allowed; a crash is not.
          expect(e).toBeInstanceOf(Error);
          expect((e as Error).name).not.toBe("Error");
          return;
        }
        expect(formatCitation(clean, { style: s, locale: l, format: f })).toBe(out);
        expect(out).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
        if (f === "text") expect(isolatesBalanced(out)).toBe(true);
      }),
      { numRuns: Math.max(1000, fuzzRuns / 2) },
    );
  });
});

describe("a 10,000-mark combining run and other single monsters", () => {
  const monsters = [
    "ب" + "\u064E".repeat(10_000),
    "\u0301".repeat(10_000),
    "و".repeat(100_000),
    "\u202E".repeat(1000) + "مايكروسوفت",
    "”".repeat(5000) + "“",
    "\uD800".repeat(10_000),
    // 1.7 M characters of letters without a space (cite's word scan once overflowed the stack
    // on such runs; its own test goes to 6.8 M).
    "بمايكروسوفتOpenAI".repeat(100_000),
  ];
  it("nothing throws and spans stay within the text", () => {
    for (const text of monsters) {
      normalize(text, "search");
      normalize(text, "display");
      expect(tokenize(text).map((t) => t.text).join("")).toBe(text);
      for (const e of tagEntities(text)) expectSpanIn(text, e, "entity");
      parseDateline(text);
      extractMetadata(text);
      for (const a of extractAttributions(text)) expectSpanIn(text, a.quote, "quote");
      sentences(text);
      formatCitation({ type: "article-newspaper", title: text, "container-title": text.slice(0, 100) }, { style: "apa", locale: "ar" });
    }
  });
});
