/// <reference types="node" />
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { buildSync } from "esbuild";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalize, normalizeWithEdits } from "@qalam/normalize";
import { text } from "./arbitraries.js";

// In Node the output is decoded by Buffer; a browser has no Buffer (and some engines no
// TextDecoder). The source, bundled into one script, runs here in a fresh context with only
// the globals given, so both other decoding paths are checked against Node's.
type Module = { normalize: typeof normalize; normalizeWithEdits: typeof normalizeWithEdits };
const bundle = buildSync({
  entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
  bundle: true,
  format: "iife",
  globalName: "qalamNormalize",
  write: false,
  logLevel: "silent",
}).outputFiles[0]!.text;

function loadWith(globals: Record<string, unknown>): Module {
  const context: Record<string, unknown> = { ...globals };
  runInNewContext(bundle, context);
  return context.qalamNormalize as Module;
}

const articlesDir = fileURLToPath(new URL("../../../apps/demo/articles/", import.meta.url));
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(articlesDir + name, "utf8"));
// Longer than one String.fromCharCode chunk (8,192 units), with lone surrogates inside.
const long = articles.join("\n\n").repeat(2) + "\uD800 ختام \uDC00" + articles[0];

describe.each([
  ["TextDecoder, no Buffer", { TextDecoder }],
  ["neither TextDecoder nor Buffer", {}],
])("decoding with %s", (_, globals) => {
  const other = loadWith(globals);

  test("gives the same text and edits as in Node", () => {
    for (const input of [...articles, long]) {
      for (const preset of ["search", "display"] as const) {
        expect(other.normalize(input, preset)).toBe(normalize(input, preset));
        expect(other.normalizeWithEdits(input, preset).edits.toJSON()).toEqual(normalizeWithEdits(input, preset).edits.toJSON());
      }
    }
    fc.assert(
      fc.property(text, fc.constantFrom("search" as const, "display" as const), (input, preset) => {
        expect(other.normalize(input, preset)).toBe(normalize(input, preset));
      }),
      { numRuns: 300 },
    );
  });
});
