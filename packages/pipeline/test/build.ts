import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const PACKAGES = ["normalize", "tokenize", "entities", "cite", "pipeline", "cli"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function oldestOutput(files: string[]): number {
  let oldest = Infinity;
  for (const file of files) oldest = Math.min(oldest, existsSync(file) ? statSync(file).mtimeMs : 0);
  return oldest;
}

/**
 * Builds the packages that tests use from dist/ (worker threads and the `qalam` bin need built
 * files), unless the built files are newer than every source. Test files run in parallel: the
 * build runs under a lock, and a file that finds the build fresh does not rebuild — a rebuild
 * (tsup cleans dist/) while another file spawns the bin would break that file's tests.
 */
export function ensureBuilt(filter: "@qalam/pipeline..." | "@qalam/cli..."): void {
  const names = filter === "@qalam/cli..." ? PACKAGES : PACKAGES.filter((name) => name !== "cli");
  const outputs = names.map((name) => join(root, "packages", name, "dist", name === "cli" ? "bin.js" : "index.js"));
  if (names.includes("pipeline")) outputs.push(join(root, "packages/pipeline/dist/worker.js"));
  const isFresh = (): boolean => {
    const sources = Math.max(
      ...names.flatMap((name) => ["src", "data", "package.json", "tsup.config.ts"].map((part) => newestMtime(join(root, "packages", name, part)))),
    );
    return oldestOutput(outputs) > sources;
  };
  if (isFresh()) return;
  execFileSync("flock", ["/tmp/qalam-test-build.lock", "npx", "turbo", "run", "build", `--filter=${filter}`, "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
}
