import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./build.js";

// Each ```js block of the README that is followed by "Prints…" and a ```text block is run with
// node against the built package (a file inside the package imports it by its own name), and
// must print exactly that text.
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```js\n([\s\S]*?)```\n\nPrints[^\n]*\n\n```text\n([\s\S]*?)```/g)].map((m) => ({ code: m[1]!, output: m[2]! }));

beforeAll(() => {
  ensureBuilt("@qalam/pipeline...");
});

describe("README examples", () => {
  it("has examples", () => expect(examples.length).toBe(3));
  examples.forEach(({ code, output }, i) => {
    it(`example ${i + 1} prints what the README says`, () => {
      const file = fileURLToPath(new URL(`./.readme-example-${i}.mjs`, import.meta.url));
      writeFileSync(file, code);
      try {
        expect(execFileSync(process.execPath, [file], { encoding: "utf8" })).toBe(output);
      } finally {
        rmSync(file, { force: true });
      }
    });
  });
});
