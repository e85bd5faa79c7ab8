import { describe, expect, it } from "vitest";
import { extractAttributions } from "../src/extract/index.js";
import { formatAttributionReport, loadAttributionAnnotations, scoreAttributions } from "../../../tests/eval/attributions.mjs";

// Floors a little below the scores measured on the annotated seed articles (see the report
// printed by `node tests/eval/attributions.mjs`): a regression fails, an improvement passes.
const FLOORS = {
  "cue.exact": { precision: 0.9, recall: 0.8 },
  "cue.overlap": { precision: 0.9, recall: 0.8 },
  "source.exact": { precision: 0.8, recall: 0.7 },
  "source.overlap": { precision: 0.85, recall: 0.75 },
  "quote.exact": { precision: 0.85, recall: 0.75 },
  "quote.overlap": { precision: 0.9, recall: 0.8 },
} as const;

describe("attribution evaluation on the annotated seed articles", () => {
  it("annotations slice to their text and follow the guideline's shape", () => {
    const articles = loadAttributionAnnotations();
    expect(articles).toHaveLength(5);
    for (const { gold } of articles) {
      for (const a of gold) {
        expect(typeof a.anonymous).toBe("boolean");
        expect(a.cue.lemma.length).toBeGreaterThan(0);
        if (a.quote) expect(typeof a.quote.direct).toBe("boolean");
      }
    }
  });

  it("stays above the precision/recall floors", () => {
    const result = scoreAttributions((text) => extractAttributions(text));
    console.log(formatAttributionReport(result));
    for (const [key, floor] of Object.entries(FLOORS)) {
      const s = result.scores[key as keyof typeof FLOORS];
      expect(s.precision, `${key} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall, `${key} recall`).toBeGreaterThanOrEqual(floor.recall);
    }
    expect(result.anonymousAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.directAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("the scorer can fail: an extractor that finds nothing scores zero recall", () => {
    const result = scoreAttributions(() => []);
    expect(result.scores["cue.overlap"].recall).toBe(0);
    expect(result.scores["cue.overlap"].predicted).toBe(0);
  });
});
