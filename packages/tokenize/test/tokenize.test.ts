/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentences, tokenize, type Token } from "../src/index.js";

const visible = (text: string): Token[] => tokenize(text).filter((t) => t.kind !== "space");
const texts = (text: string): string[] => visible(text).map((t) => t.text);
const one = (text: string): Token => {
  const tokens = tokenize(text);
  expect(tokens).toHaveLength(1);
  return tokens[0]!;
};

describe("tokenize: words and scripts", () => {
  it("splits an Arabic sentence with Latin names", () => {
    const tokens = visible("تسعى شركة مايكروسوفت إلى تعزيز شراكتها مع OpenAI .");
    expect(tokens.map((t) => [t.text, t.kind, t.script])).toEqual([
      ["تسعى", "word", "arabic"],
      ["شركة", "word", "arabic"],
      ["مايكروسوفت", "word", "arabic"],
      ["إلى", "word", "arabic"],
      ["تعزيز", "word", "arabic"],
      ["شراكتها", "word", "arabic"],
      ["مع", "word", "arabic"],
      ["OpenAI", "word", "latin"],
      [".", "punctuation", "other"],
    ]);
  });

  it("keeps diacritics and tatweel inside the word", () => {
    expect(one("وَصَلَتْ").text).toBe("وَصَلَتْ");
    expect(one("نـــوفمبر").kind).toBe("word");
    expect(one("حاسوبًا").script).toBe("arabic");
  });

  it("splits glued words where the script changes", () => {
    expect(texts("لإعادةdefiشراكتهما")).toEqual(["لإعادة", "defi", "شراكتهما"]);
    expect(texts("إيجيبت14")).toEqual(["إيجيبت", "14"]);
  });

  it("keeps Latin names with versions and glued digits whole", () => {
    expect(texts("GPT-4.5 و v2.0 و 5G و COVID-19 و GPT-4o")).toEqual([
      "GPT-4.5", "و", "v2.0", "و", "5G", "و", "COVID-19", "و", "GPT-4o",
    ]);
    expect(one("O'Reilly").kind).toBe("word");
  });

  it("keeps the English possessive apart from the name", () => {
    expect(texts("وفقًا لإعلان Microsoft’s، ستظل")).toEqual(["وفقًا", "لإعلان", "Microsoft", "’s", "،", "ستظل"]);
  });

  it("labels other scripts", () => {
    expect(one("Москва").script).toBe("other");
    expect(one("東京").kind).toBe("word");
  });
});

describe("tokenize: numbers", () => {
  it("keeps decimals, thousands, times and percents whole", () => {
    expect(texts("13.75 مليار و1,000,000 و11:02 و20% و١٣٫٧٥ و٪٢٠ و٢٠٪")).toEqual([
      "13.75", "مليار", "و1,000,000", "و11:02", "و20%", "و١٣٫٧٥", "و٪٢٠", "و٢٠٪",
    ]);
    expect(one("١٣٫٧٥")).toMatchObject({ kind: "number", script: "arabic" });
    expect(one("٪٢٠")).toMatchObject({ kind: "number", script: "arabic" });
    expect(one("20%")).toMatchObject({ kind: "number", script: "other" });
    expect(one("۱۴۰۳").kind).toBe("number");
  });

  it("does not swallow a sentence-final period or a list comma", () => {
    expect(texts("عام 2030.")).toEqual(["عام", "2030", "."]);
    expect(texts("2019، 2020")).toEqual(["2019", "،", "2020"]);
    expect(texts("20 %")).toEqual(["20", "%"]);
  });

  it("splits an amount from a glued scale word", () => {
    expect(texts("13.75bn")).toEqual(["13.75", "bn"]);
    expect(texts("$13.75")).toEqual(["$", "13.75"]);
  });
});

describe("tokenize: clitics", () => {
  it("splits a proclitic from a glued Latin name", () => {
    expect(one("لـOpenAI")).toMatchObject({ kind: "word", script: "mixed", prefix: "لـ", stem: "OpenAI" });
    expect(one("وOpenAI")).toMatchObject({ prefix: "و", stem: "OpenAI" });
    expect(one("بالـAI")).toMatchObject({ prefix: "بالـ", stem: "AI" });
    expect(one("ولل5G")).toMatchObject({ prefix: "ولل", stem: "5G" });
    expect(one("لـGPT-4")).toMatchObject({ prefix: "لـ", stem: "GPT-4" });
  });

  it("splits a proclitic from a glued number", () => {
    expect(one("بـ10")).toMatchObject({ kind: "number", script: "arabic", prefix: "بـ", stem: "10" });
    expect(one("و20%")).toMatchObject({ prefix: "و", stem: "20%" });
    expect(one("بـ١٣٫٧٥")).toMatchObject({ prefix: "بـ", stem: "١٣٫٧٥" });
    expect(one("و٪٢٠")).toMatchObject({ kind: "number", script: "arabic", prefix: "و", stem: "٪٢٠" });
  });

  it("splits at a tatweel joiner after proclitics", () => {
    expect(one("بـمايكروسوفت")).toMatchObject({ prefix: "بـ", stem: "مايكروسوفت" });
    expect(one("والـمجموعة")).toMatchObject({ prefix: "والـ", stem: "مجموعة" });
  });

  it("does not split Arabic stems without a joiner", () => {
    expect(one("بريطانيا").prefix).toBeUndefined();
    expect(one("بمايكروسوفت").prefix).toBeUndefined();
    // A tatweel that only stretches a word is no joiner.
    expect(one("مايكـروسوفت").prefix).toBeUndefined();
    expect(one("الـ").prefix).toBeUndefined();
  });

  it("does not take a word that is not a proclitic stack as a prefix", () => {
    expect(texts("شركةOpenAI")).toEqual(["شركة", "OpenAI"]);
  });

  it("can leave the analysis out", () => {
    const [token] = tokenize("لـOpenAI", { clitics: false });
    expect(token).toEqual({ start: 0, end: 8, text: "لـOpenAI", kind: "word", script: "mixed" });
  });
});

describe("tokenize: links, emoji, punctuation", () => {
  it("keeps URLs and e-mail addresses whole, without the sentence period", () => {
    expect(texts("راجع https://openai.com/blog/x?a=1. أو www.qalam.dev، أو info@qalam.dev.")).toEqual([
      "راجع", "https://openai.com/blog/x?a=1", ".", "أو", "www.qalam.dev", "،", "أو", "info@qalam.dev", ".",
    ]);
    expect(visible("https://en.wikipedia.org/wiki/Foo_(bar))")[0]?.text).toBe("https://en.wikipedia.org/wiki/Foo_(bar)");
    expect(visible("see http://x.io")[1]?.kind).toBe("url");
    expect(visible("a@b.c")[0]?.kind).not.toBe("email");
  });

  it("never splits a grapheme cluster", () => {
    const tokens = tokenize("👨‍👩‍👧🇪🇬1️⃣e\u0301");
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ["👨‍👩‍👧", "emoji"],
      ["🇪🇬", "emoji"],
      ["1️⃣", "emoji"],
      ["e\u0301", "word"],
    ]);
  });

  it("groups runs of sentence-final marks", () => {
    expect(texts("حقًا؟! نعم... لا")).toEqual(["حقًا", "؟!", "نعم", "...", "لا"]);
    expect(texts("(«”")).toEqual(["(", "«", "”"]);
  });

  it("labels spaces, symbols and control characters", () => {
    expect(tokenize("a \n\tb").map((t) => t.kind)).toEqual(["word", "space", "word"]);
    expect(tokenize("$€+").map((t) => t.kind)).toEqual(["symbol", "symbol", "symbol"]);
    expect(tokenize("\u0000\u200F\uD800").map((t) => t.kind)).toEqual(["other", "other", "other"]);
  });
});

describe("tokenize: input contract", () => {
  it("rejects a non-string text and bad options", () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(TypeError);
    expect(() => tokenize(undefined as unknown as string)).toThrow(/text/);
    expect(() => tokenize("x", null as unknown as object)).toThrow(/options/);
  });

  it("stays linear on long adversarial inputs", () => {
    // Each of these was quadratic in some draft: a scan from every chunk to the
    // next "@", a URL trimmed one ")" at a time, a word without spaces.
    for (const text of ["a.".repeat(200_000), "x@".repeat(200_000), "http://a".repeat(50_000) + ")".repeat(100_000), "ب".repeat(400_000), "1.".repeat(200_000)]) {
      const tokens = tokenize(text);
      expect(tokens.at(-1)?.end).toBe(text.length);
    }
    expect(sentences("جملة. ".repeat(100_000))).toHaveLength(100_000);
  });

  it("returns no tokens for the empty string", () => {
    expect(tokenize("")).toEqual([]);
  });

  it("reproduces the seed articles exactly", () => {
    const dir = new URL("../../../apps/demo/articles/", import.meta.url);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(new URL(name, dir), "utf8");
      expect(tokenize(text).map((t) => t.text).join("")).toBe(text);
    }
  });
});

describe("tokenize: properties", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.array(
      fc.constantFrom("و", "لـ", "ب", "ال", "OpenAI", "مايكروسوفت", "13", ".", ",", "75", "%", "٪", "٢٠", "٫", ":", " ", "\n", "-", "4", "’", "s", "https://", "www.", "@", "a.b", "ـ", "َ", "👍", "\uD800", "\u200F", "("),
    ).map((parts) => parts.join("")),
  );

  it("covers the input exactly, in order, and never throws", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        let at = 0;
        for (const token of tokens) {
          expect(token.start).toBe(at);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          if (token.prefix !== undefined) expect(token.prefix + token.stem).toBe(token.text);
          at = token.end;
        }
        expect(at).toBe(text.length);
      }),
    );
  });

  it("never splits a grapheme cluster", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    fc.assert(
      fc.property(anyText, (text) => {
        const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index));
        boundaries.add(text.length);
        for (const token of tokenize(text)) {
          expect(boundaries.has(token.start)).toBe(true);
          expect(boundaries.has(token.end)).toBe(true);
        }
      }),
    );
  });
});
