// The demo command itself (apps/demo/src/main.mjs, what `pnpm demo` runs) on the BUILT packages:
// the terminal report, the HTML files, --serve on localhost, and bad arguments.
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("../../apps/demo/src/main.mjs", import.meta.url));
const env = { ...process.env, NO_COLOR: "1" };

describe("pnpm demo (apps/demo/src/main.mjs)", () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "qalam-demo-cli-"));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("prints a report per article and writes the HTML report", async () => {
    const run = spawnSync(process.execPath, [MAIN, "--out", outDir], { env, encoding: "utf8", timeout: 120_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const reports = run.stdout.split(/^══ /m).slice(1);
    expect(reports).toHaveLength(5);
    for (const report of reports) {
      for (const heading of ["Title:", "Date:", "Author:", "Outlet:", "Entities (", "Amounts and dates (", "Attributions (", "APA (ar)", "APA (en)", "Chicago (ar)", "Chicago (en)"]) {
        expect(report).toContain(heading);
      }
    }
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout).toMatch(/HTML report: 6 pages in /);
    expect((await readdir(outDir)).sort()).toEqual(["index.html", ...reports.map((r) => `${r.slice(0, r.indexOf(" "))}.html`)].sort());
  });

  it("--serve serves the report on localhost until stopped", async () => {
    const child = spawn(process.execPath, [MAIN, "--out", outDir, "--serve", "--port", "0"], { env, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          seen += chunk;
          const match = /Serving the report at (http:\/\/localhost:\d+\/)/.exec(seen);
          if (match?.[1]) resolve(match[1]);
        });
        child.once("exit", (code) => reject(new Error(`demo exited (${code}) before serving:\n${seen}`)));
      });
      const index = await fetch(url);
      expect(index.status).toBe(200);
      expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await index.text()).toContain('<html dir="rtl" lang="ar">');
      expect((await fetch(new URL("nothing-here.html", url))).status).toBe(404);
      expect((await fetch(url, { method: "POST" })).status).toBe(405);
    } finally {
      child.kill("SIGTERM");
    }
    const code = await new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));
    expect(code).toBe(0);
  });

  it("rejects bad arguments with exit code 2 and prints help with --help", () => {
    const bad = spawnSync(process.execPath, [MAIN, "--port", "http"], { env, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--port");
    const unknown = spawnSync(process.execPath, [MAIN, "--colour"], { env, encoding: "utf8" });
    expect(unknown.status).toBe(2);
    const help = spawnSync(process.execPath, [MAIN, "--help"], { env, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: pnpm demo");
  });
});
