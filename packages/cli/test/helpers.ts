import { spawnSync } from "node:child_process";
import { ensureBuilt } from "../../pipeline/test/build.js";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../..", import.meta.url));
export const bin = join(root, "packages/cli/dist/bin.js");
export const articlesDir = join(root, "apps/demo/articles");
export const articleFiles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => join(articlesDir, name));
export const articles = articleFiles.map((file) => readFileSync(file, "utf8"));

/** Builds the CLI and everything it depends on, unless dist/ is already fresh. */
export function buildCli(): void {
  ensureBuilt("@qalam/cli...");
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `qalam` with node, like a user would. */
export function qalam(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): Result {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "qalam-cli-"));
}
