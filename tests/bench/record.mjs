// Benchmark records: one JSON file per run under records/, named by benchmark, date, CPU and
// Node version, so runs on different machines and runtimes sit side by side in git.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const recordsDir = fileURLToPath(new URL("./records/", import.meta.url));

/** "Intel(R) Xeon(R) Processor @ 2.1GHz" → "intel-xeon-processor". */
export function cpuSlug() {
  const model = (cpus()[0]?.model ?? "unknown-cpu").split("@")[0].toLowerCase();
  return model.replace(/\((?:r|tm)\)|\bcpu\b/g, " ").split(/[^a-z0-9]+/).filter(Boolean).join("-");
}

/** What every record says about where and when it ran (load matters: the machines are shared). */
export function machine() {
  return {
    date: new Date().toISOString(),
    node: process.versions.node,
    v8: process.versions.v8,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: loadavg(),
  };
}

/**
 * Writes `records/<name>-<date>-<cpu>-node<version>.json` with the machine block first and
 * returns the path relative to the repository root. A second run of the day on the same
 * machine is `<name>-<date>-2-<cpu>…`, and so on: a record is never overwritten.
 */
export function writeRecord(name, data) {
  mkdirSync(recordsDir, { recursive: true });
  const day = new Date().toISOString().slice(0, 10);
  const fileOf = (run) => `${name}-${day}${run === 1 ? "" : `-${run}`}-${cpuSlug()}-node${process.versions.node}.json`;
  let run = 1;
  while (existsSync(recordsDir + fileOf(run))) run++;
  const file = fileOf(run);
  writeFileSync(recordsDir + file, JSON.stringify({ benchmark: name, ...machine(), ...data }, null, 2) + "\n");
  return `tests/bench/records/${file}`;
}
