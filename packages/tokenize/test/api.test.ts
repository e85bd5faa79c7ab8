import { expect, it } from "vitest";

it("exports exactly the public API", async () => {
  const api = await import("../src/index.js");
  expect(Object.keys(api).sort()).toEqual(["procliticAnalyses", "sentences", "tokenize"]);
});
