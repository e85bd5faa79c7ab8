import { expect, it } from "vitest";
import { procliticAnalyses, sentences, tokenize } from "../src/index.js";

// The examples in README.md, with the output printed there.
it("README examples give the output shown", () => {
  expect(tokenize("استثمرت 13.75 مليار لـOpenAI").filter((t) => t.kind !== "space")).toEqual([
    { start: 0, end: 7, text: "استثمرت", kind: "word", script: "arabic" },
    { start: 8, end: 13, text: "13.75", kind: "number", script: "other" },
    { start: 14, end: 19, text: "مليار", kind: "word", script: "arabic" },
    { start: 20, end: 28, text: "لـOpenAI", kind: "word", script: "mixed", prefix: "لـ", stem: "OpenAI" },
  ]);
  expect(
    tokenize("بـ10 مليارات، أي ٪٢٠")
      .filter((t) => t.kind !== "space")
      .map((t) => [t.text, t.kind, t.script, t.prefix ?? null]),
  ).toEqual([
    ["بـ10", "number", "arabic", "بـ"],
    ["مليارات", "word", "arabic", null],
    ["،", "punctuation", "arabic", null],
    ["أي", "word", "arabic", null],
    ["٪٢٠", "number", "arabic", null],
  ]);
  expect(procliticAnalyses("وللشركة")).toEqual([
    { prefix: "و", stem: "للشركة" },
    { prefix: "ول", stem: "لشركة" },
    { prefix: "ولل", stem: "شركة" },
  ]);
  const text = "قال ألتمان: «نحن ممتنون. شكرًا». ارتفعت 13.75%.\nعنوان";
  expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
    "قال ألتمان: «نحن ممتنون. شكرًا».",
    "ارتفعت 13.75%.",
    "عنوان",
  ]);
});
