/// <reference types="node" />
// Runs the JavaScript examples of README.md's "Extracting metadata and attributions" section
// and checks every "// → value" line against what the call before it returns.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import * as api from "../src/extract/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const sectionStart = readme.indexOf("\n## Extracting metadata and attributions");
const sectionEnd = readme.indexOf("\n## ", sectionStart + 1);
const section = sectionStart === -1 ? "" : readme.slice(sectionStart, sectionEnd === -1 ? undefined : sectionEnd);
const blocks = [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

it("README has an extract section with examples", () => {
  expect(sectionStart).toBeGreaterThan(-1);
  expect(blocks.length).toBeGreaterThanOrEqual(1);
});

it("README extract examples print what the README says", () => {
  const checks: { expression: string; expected: unknown }[] = [];
  let code = "";
  for (const block of blocks) {
    const lines = block.split("\n").filter((line) => !line.startsWith("import "));
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? "";
      const next = lines[i + 1] ?? "";
      if (next.startsWith("// → ")) {
        const expected: unknown = JSON.parse(next.slice(5));
        const expression = line.replace(/;\s*(?:\/\/.*)?$/, "");
        code += `__check(${checks.length}, ${expression});\n`;
        checks.push({ expression, expected });
        i++;
      } else code += line + "\n";
    }
  }
  const seen: unknown[] = [];
  const names = Object.keys(api);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the README's own examples, run as written
  const run = new Function("__check", ...names, code) as (...args: unknown[]) => void;
  run((index: number, value: unknown) => (seen[index] = value), ...names.map((n) => (api as Record<string, unknown>)[n]));
  expect(checks.length).toBeGreaterThanOrEqual(8);
  checks.forEach((check, index) => {
    expect(seen[index], check.expression).toEqual(check.expected);
    // The README shows the real output, property order included.
    expect(JSON.stringify(seen[index]), check.expression).toBe(JSON.stringify(check.expected));
  });
});
