// `pnpm bench`: runs every benchmark script in this folder one after the other (never in
// parallel: they would time each other), each writing its record under records/.
// Usage: node tests/bench/run.mjs [name …]   e.g. `pnpm bench normalize entities`
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((f) => f.endsWith(".mjs") && f !== "run.mjs")
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

let failures = 0;
for (const script of scripts) {
  console.log(`\n=== ${script}`);
  // The full-chain pipeline run defaults to a 200 MB corpus, hours on a 2-core machine:
  // the suite runs it at 20 MB (memory must stay flat either way); run the script alone for 200.
  const extra = { "linear-cost.mjs": ["--record"], "pipeline.mjs": ["--mb", "20"] }[script] ?? [];
  const { status } = spawnSync(process.execPath, ["--expose-gc", `${here}${script}`, ...extra], { stdio: "inherit" });
  if (status !== 0) {
    failures++;
    console.log(`!!! ${script} exited with ${status}`);
  }
}
process.exit(failures ? 1 : 0);
