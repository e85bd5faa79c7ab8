/// <reference types="node" />
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import * as normalizeModule from "@qalam/normalize";

// Runs every ```js block of the README: a statement followed by a `// → value` comment must
// evaluate to that value, so the examples cannot go stale.
const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** Turns a block into an async function body that checks each `// →` comment. */
function compile(block: string): string {
  const lines = block.split("\n");
  const body: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith("import ")) continue; // the module is passed in instead
    const next = lines[index + 1];
    if (next?.startsWith("// → ")) {
      const expression = line.trim().replace(/;$/, "");
      body.push(`__check(${JSON.stringify(expression)}, (${expression}), (${next.slice(5)}));`);
      index++;
    } else {
      body.push(line);
    }
  }
  return body.join("\n");
}

test("the README has examples", () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4);
  expect(blocks.join("\n").match(/\/\/ → /g)?.length ?? 0).toBeGreaterThanOrEqual(10);
});

blocks.forEach((block, index) => {
  test(`README example ${index + 1} gives the output it shows`, async () => {
    const checks: string[] = [];
    const check = (expression: string, actual: unknown, expected: unknown) => {
      expect(actual, expression).toEqual(expected);
      checks.push(expression);
    };
    const names = Object.keys(normalizeModule);
    const asyncPrototype = Object.getPrototypeOf(async () => {}) as { constructor: unknown };
    const AsyncFunction = asyncPrototype.constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
    const run = new AsyncFunction("__check", ...names, compile(block));
    await run(check, ...names.map((name) => (normalizeModule as Record<string, unknown>)[name]));
    expect(checks.length).toBeGreaterThan(0);
  });
});
