#!/usr/bin/env node
// Runs the README's examples against the BUILT package (dist/, ESM and CommonJS), so the
// published files can be checked on every supported Node: `npx -y node@22 scripts/check-built.mjs`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const esm = await import("../dist/index.js");
const cjs = createRequire(import.meta.url)("../dist/index.cjs");
assert.deepEqual(Object.keys(cjs).sort(), Object.keys(esm).sort());

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]);
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
let checks = 0;
for (const [name, module] of [["esm", esm], ["cjs", cjs]]) {
  for (const block of blocks) {
    const lines = block.split("\n");
    const body = [];
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      if (line.startsWith("import ")) continue;
      if (lines[index + 1]?.startsWith("// → ")) {
        const expression = line.trim().replace(/;$/, "");
        body.push(`__check(${JSON.stringify(expression)}, (${expression}), (${lines[index + 1].slice(5)}));`);
        index++;
      } else body.push(line);
    }
    const names = Object.keys(module);
    const check = (expression, actual, expected) => {
      assert.deepEqual(actual, expected, `${name}: ${expression}`);
      checks++;
    };
    await new AsyncFunction("__check", ...names, body.join("\n"))(check, ...names.map((key) => module[key]));
  }
}
console.log(`node ${process.versions.node}: ${checks} README checks passed on dist (ESM and CommonJS)`);
