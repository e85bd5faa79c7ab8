/// <reference types="node" />
// Runs every JavaScript example of README.md, in order and in one scope (later examples use the
// `item` and `article` defined earlier), and checks each "// → value" line against what the call
// before it returns: the same value, with the same property order.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import * as api from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

it("README has examples of formatting, export and extraction", () => {
  expect(blocks.length).toBeGreaterThanOrEqual(3);
  for (const name of ["formatCitation", "parseName", "toRis", "toBibtex", "parseDateline", "extractMetadata", "extractAttributions"]) {
    expect(blocks.some((block) => block.includes(`${name}(`)), name).toBe(true);
  }
});

it("README examples print what the README says", () => {
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
  expect(checks.length).toBeGreaterThanOrEqual(20);
  checks.forEach((check, index) => {
    expect(seen[index], check.expression).toEqual(check.expected);
    expect(JSON.stringify(seen[index]), check.expression).toBe(JSON.stringify(check.expected));
  });
});
