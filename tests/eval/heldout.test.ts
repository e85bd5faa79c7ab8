// The tagger on texts it was never tuned on (tests/fixtures/entities-heldout). Floors sit under
// the numbers measured on 2026-11-25 (overlap F1 1.000, exact F1 0.943, linking 1.000 on 35
// entities): a small set, so they guard against regressions rather than certify accuracy.
import { describe, expect, it } from "vitest";
import { tagEntities } from "@qalam/entities";
import { loadHeldOut } from "./heldout.mjs";
import { evaluate } from "./score.mjs";

describe("entity evaluation on the held-out texts", () => {
  it("finds every gold span in its text", () => {
    const articles = loadHeldOut();
    expect(articles.length).toBe(3);
    for (const a of articles) for (const g of a.gold) expect(a.text.slice(g.start, g.end)).toBe(g.text);
  });

  it("stays above the quality floors", () => {
    const result = evaluate((text: string) => tagEntities(text), loadHeldOut());
    expect(result.overall.overlap.f1).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.exact.f1).toBeGreaterThanOrEqual(0.85);
    expect(result.linking).toBeGreaterThanOrEqual(0.9);
  });
});
