// Min+gzip size of each package's ESM entry, as a user's bundler would ship it: the entry and
// its third-party dependencies minified into one file, sibling @qalam packages left external
// (they are counted under their own name).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Budgets in bytes (min+gzip), one per package, in budgets.json beside this file:
 * `{ budget, goal?, note? }` — `goal` is a smaller size we aim for but do not meet yet.
 */
export const budgets = JSON.parse(readFileSync(new URL("./budgets.json", import.meta.url), "utf8"));

export async function measure(name) {
  const dir = name.replace("@qalam/", "");
  const result = await build({
    entryPoints: [`${root}packages/${dir}/dist/index.js`],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    external: ["@qalam/*"],
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const { budget, goal } = budgets[name];
  return { name, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, budget, goal };
}

export async function measureAll() {
  const rows = [];
  for (const name of Object.keys(budgets)) rows.push(await measure(name));
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureAll();
  console.log("| package | min | min+gzip | budget | goal |\n| --- | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
    console.log(`| ${r.name} | ${kb(r.minified)} | ${kb(r.gzipped)} | ${kb(r.budget)}${r.gzipped > r.budget ? " ✗" : ""} | ${r.goal ? kb(r.goal) + (r.gzipped > r.goal ? " (not met)" : "") : ""} |`);
  }
}
