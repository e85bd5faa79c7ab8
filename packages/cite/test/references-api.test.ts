import { expect, it } from "vitest";
import * as references from "../src/references/index.js";

// The public surface of the references half of @qalam/cite (re-exported by src/index.ts).
it("exports exactly these names", () => {
  expect(Object.keys(references).sort()).toEqual(["CiteError", "escapeBibtex", "formatCitation", "parseName", "toBibtex", "toCslJson", "toRis"]);
});
