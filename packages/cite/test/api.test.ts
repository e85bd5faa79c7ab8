import { expect, it } from "vitest";

// The public surface of @qalam/cite: adding or removing an export is a deliberate change.
it("exports exactly these values", async () => {
  expect(Object.keys(await import("../src/index.js")).sort()).toEqual([
    "CiteError",
    "escapeBibtex",
    "extractAttributions",
    "extractMetadata",
    "formatCitation",
    "parseDateline",
    "parseName",
    "toBibtex",
    "toCslJson",
    "toRis",
  ]);
});
