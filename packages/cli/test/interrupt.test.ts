import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { articles, bin, buildCli, qalam, root, tempDir } from "./helpers.js";

beforeAll(() => buildCli());

const DOCS = 3000;
const BAD_EVERY = 97;

/** A JSONL corpus of the seed articles repeated, with a malformed line every BAD_EVERY lines. */
function writeCorpus(file: string): void {
  const out: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    out.push(i % BAD_EVERY === 50 ? `{"id":${i},"text": broken` : JSON.stringify({ id: i, text: articles[i % articles.length] }));
  }
  writeFileSync(file, out.join("\n") + "\n");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe("nothing lost in batch runs", () => {
  it("SIGTERM mid-run leaves no file under the final name; --resume completes without duplicates", async () => {
    const dir = tempDir();
    const corpus = join(dir, "corpus.jsonl");
    writeCorpus(corpus);
    const out = join(dir, "out.jsonl");
    const errors = join(dir, "errors.jsonl");
    const args = [bin, "run", "--stages", "normalize,tokenize,tag", "--skip-invalid", "--errors", errors, "-o", out, corpus];

    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Wait until some output has been written to the temporary file, then interrupt.
    const temp = join(dir, ".out.jsonl.partial");
    for (let waited = 0; !(existsSync(temp) && statSync(temp).size > 200_000); waited += 20) {
      if (waited > 60_000) throw new Error(`no progress: ${stderr}`);
      await sleep(20);
    }
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(stderr).toMatch(/interrupted by SIGTERM after \d+ records/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(errors)).toBe(false);
    const doneBefore = Number(/after (\d+) records/.exec(stderr)![1]);
    expect(doneBefore).toBeGreaterThan(0);
    expect(doneBefore).toBeLessThan(DOCS);

    const rerun = qalam(["run", "--stages", "normalize,tokenize,tag", "--skip-invalid", "--errors", errors, "-o", out, "--resume", corpus]);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toContain(`resuming after ${doneBefore} records`);
    const written = readFileSync(out, "utf8").trimEnd().split("\n").map((line) => (JSON.parse(line) as { id: number }).id);
    const reported = readFileSync(errors, "utf8").trimEnd().split("\n").map((line) => (JSON.parse(line) as { line: number }).line - 1);
    // Every input line is in exactly one of the two files, in order, none twice.
    expect(new Set(written).size).toBe(written.length);
    expect([...written, ...reported].sort((a, b) => a - b)).toEqual(Array.from({ length: DOCS }, (_, i) => i));
    expect(written).toEqual([...written].sort((a, b) => a - b));
    const invalid = reported.length;
    expect(invalid).toBe(Array.from({ length: DOCS }, (_, i) => i).filter((i) => i % BAD_EVERY === 50).length);
    expect(rerun.stderr).toContain(`${DOCS} records: ${DOCS - invalid} written, ${invalid} invalid skipped`);
    // The journal and temp files are gone once the output is complete.
    expect(readdirSync(dir).sort()).toEqual(["corpus.jsonl", "errors.jsonl", "out.jsonl"]);
    // Resuming a completed run does nothing and leaves the output alone.
    const before = readFileSync(out, "utf8");
    const again = qalam(["run", "--stages", "normalize,tokenize,tag", "--skip-invalid", "--errors", errors, "-o", out, "--resume", corpus]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain("is already complete; nothing to resume");
    expect(readFileSync(out, "utf8")).toBe(before);
  });

  it("refuses to resume with other arguments", () => {
    const dir = tempDir();
    const corpus = join(dir, "c.jsonl");
    writeFileSync(corpus, '{"text":"a"}\n');
    writeFileSync(join(dir, ".out.jsonl.journal"), JSON.stringify({ qalam: 1, fingerprint: "other" }) + "\n");
    const result = qalam(["run", "--resume", "-o", join(dir, "out.jsonl"), corpus]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("used other arguments");
  });
});
