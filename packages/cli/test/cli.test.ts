import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pipeline, stages } from "@qalam/pipeline";
import { articleFiles, articles, articlesDir, bin, buildCli, qalam, tempDir } from "./helpers.js";

beforeAll(() => buildCli());

const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");

describe("qalam: usage", () => {
  it("prints the version and help, exit 0", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(qalam(["--version"])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    expect(qalam(["--help"]).stdout).toContain("Usage: qalam <command>");
    for (const command of ["normalize", "tokenize", "tag", "cite", "run"]) {
      const result = qalam([command, "--help"]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Usage: qalam ${command}`);
    }
  });

  it("exits 2 on usage errors", () => {
    for (const args of [[], ["frobnicate"], ["tag", "--nope"], ["tag", "--format", "xml"], ["normalize", "--preset", "loud"], ["tag", "--preset", "search"], ["run", "--resume"], ["run", "--workers", "-1"], ["run", "--stages", "tag,magic"]]) {
      const result = qalam(args, { input: "" });
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^qalam: error: /);
    }
  });

  it("exits 1 on a missing file", () => {
    const result = qalam(["tag", "no/such/file.txt"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("cannot read no/such/file.txt: ENOENT");
  });
});

describe("qalam commands on the seed articles", () => {
  it("normalize reads stdin and prints the normalized text", async () => {
    const result = qalam(["normalize", "--preset", "search"], { input: articles[0] });
    expect(result.status).toBe(0);
    const doc = await pipeline(stages.normalize("search")).run(articles[0]!);
    expect(result.stdout).toBe(doc.normalized!.text.replace(/\n?$/, "\n"));
    expect(result.stdout).not.toBe(articles[0]);
  });

  it("normalize --format json carries edits that map back to the original", async () => {
    const result = qalam(["normalize", "--format", "json", articleFiles[1]!]);
    const [item] = JSON.parse(result.stdout) as { text: string; edits: unknown[] }[];
    expect(item!.text).toBe((await pipeline(stages.normalize("search")).run(articles[1]!)).normalized!.text);
    expect(Array.isArray(item!.edits)).toBe(true);
  });

  it("tokenize text and conll give spans into the original text", () => {
    const text = qalam(["tokenize", articleFiles[0]!]);
    expect(text.status).toBe(0);
    for (const line of lines(text.stdout).slice(1)) {
      const [start, end, , token] = line.split("\t");
      expect(articles[0]!.slice(Number(start), Number(end))).toBe(token!.replace(/\\t/g, "\t"));
    }
    const conll = qalam(["tokenize", "--format", "conll", articleFiles[0]!]);
    const tokenLines = lines(conll.stdout).filter((line) => !line.startsWith("#"));
    expect(tokenLines.length).toBeGreaterThan(100);
    for (const line of tokenLines) {
      const columns = line.split("\t");
      expect(columns).toHaveLength(10);
      const [, start, end] = /TokenRange=(\d+):(\d+)/.exec(columns[9]!)!;
      expect(articles[0]!.slice(Number(start), Number(end))).toBe(columns[1]);
    }
  });

  it("tag finds entities in every article, with spans into the original", () => {
    const result = qalam(["tag", articlesDir]);
    expect(result.status).toBe(0);
    const byFile = result.stdout.split(/^# /m).filter((part) => part !== "");
    expect(byFile).toHaveLength(articles.length);
    byFile.forEach((part, i) => {
      const [, ...rows] = lines(part);
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) {
        const [start, end, type, text] = row.split("\t");
        expect(["PERSON", "ORG", "PRODUCT", "LOCATION", "DATE", "TIME", "MONEY", "PERCENT"]).toContain(type);
        expect(articles[i]!.slice(Number(start), Number(end))).toBe(text);
      }
    });
    expect(result.stdout).toMatch(/\tORG\tمايكروسوفت\tMicrosoft\t/);
  });

  it("tag --format html marks entities and escapes the text", () => {
    const hostile = "<script>alert(1)</script> تسعى شركة مايكروسوفت \"><img src=x onerror=alert(1)>";
    const result = qalam(["tag", "--format", "html"], { input: hostile });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<html lang="ar" dir="rtl">');
    expect(result.stdout).toMatch(/<mark data-type="ORG" data-id="[^"]+" title="Microsoft">مايكروسوفت<\/mark>/);
    expect(result.stdout).not.toContain("<script>");
    expect(result.stdout).not.toContain("<img");
    // The hostile markup is there, as text.
    expect(result.stdout).toMatch(/&lt;(<bdi[^>]*>)?script(<\/bdi>)?&gt;/);
    expect(result.stdout).toContain("&quot;&gt;&lt;");
  });

  it("tag --format conll tags tokens with BIO types", () => {
    const result = qalam(["tag", "--format", "conll", articleFiles[0]!]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^مايكروسوفت\tB-ORG$/m);
    for (const line of lines(result.stdout)) expect(line).toMatch(/^[^\t]+\t(O|[BI]-[A-Z]+)$/);
  });

  it("cite prints the same reference the library formats", async () => {
    const result = qalam(["cite", "--style", "apa", "--locale", "en", articleFiles[1]!]);
    expect(result.status).toBe(0);
    const id = "apps/demo/articles/" + articleFiles[1]!.split("/").pop();
    const doc = await pipeline(stages.extractMetadata(), stages.formatCitations({ styles: ["apa"], locales: ["en"] })).run({ id, text: articles[1]! });
    // The byline of this article is «نيفين نبيل»; the reference must carry it.
    expect(doc.citations![0]!.value).toContain("نبيل");
    expect(result.stdout).toBe(`${doc.citations![0]!.value}\n`);
    const json = qalam(["cite", "--format", "json", articleFiles[1]!]);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ type: "article-newspaper" })]);
  });

  it("run over a folder writes one JSON document per article, in order", () => {
    const result = qalam(["run", "--stages", "normalize,tag,cite", articlesDir]);
    expect(result.status).toBe(0);
    const docs = lines(result.stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(docs.map((doc) => doc.id)).toEqual(articleFiles.map((file) => `apps/demo/articles/${file.split("/").pop()}`));
    docs.forEach((doc, i) => {
      expect(doc.text).toBe(articles[i]);
      expect(doc).toHaveProperty("normalized");
      expect(doc).toHaveProperty("entities");
      expect(doc).toHaveProperty("metadata");
      expect((doc.citations as unknown[]).length).toBe(4);
      expect(doc).not.toHaveProperty("tokens");
    });
    expect(result.stderr).toMatch(/5 records: 5 written, 0 invalid skipped, 0 with stage errors/);
  });

  it("run reads JSONL, and --workers 2 gives the same output", () => {
    const dir = tempDir();
    const corpus = join(dir, "corpus.jsonl");
    writeFileSync(corpus, articles.map((text, i) => JSON.stringify({ id: `a${i}`, text, source: "seed" })).join("\n") + "\n");
    const inProcess = qalam(["run", corpus]);
    const threaded = qalam(["run", "--workers", "2", corpus]);
    expect(inProcess.status).toBe(0);
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toBe(inProcess.stdout);
    const docs = lines(inProcess.stdout).map((line) => JSON.parse(line) as { id: string; source: string; tokens: unknown[] });
    expect(docs.map((doc) => [doc.id, doc.source])).toEqual(articles.map((_, i) => [`a${i}`, "seed"]));
    expect(docs[0]!.tokens.length).toBeGreaterThan(100);
  });

  it("-o writes the file whole and leaves no temporary files", () => {
    const dir = tempDir();
    const out = join(dir, "out.jsonl");
    const result = qalam(["run", "--stages", "tag", "-o", out, ...articleFiles]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(lines(readFileSync(out, "utf8"))).toHaveLength(articles.length);
    expect(readdirSync(dir)).toEqual(["out.jsonl"]);
    // Worker threads hand over UTF-8 bytes, written as they are: the same file, byte for byte.
    const threadedOut = join(dir, "threaded.jsonl");
    expect(qalam(["run", "--stages", "tag", "--workers", "2", "-o", threadedOut, ...articleFiles]).status).toBe(0);
    expect(readFileSync(threadedOut)).toEqual(readFileSync(out));
  });
});

describe("qalam on bad input", () => {
  const bad = Buffer.concat([Buffer.from("مايكروسوفت", "utf8"), Buffer.from([0xd8, 0x41]), Buffer.from(" OpenAI")]);

  it("invalid UTF-8 is an error naming the file and the byte offset", () => {
    const dir = tempDir();
    const file = join(dir, "bad.txt");
    writeFileSync(file, bad);
    const result = qalam(["tag", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: invalid UTF-8 at byte 20`);
    const stdin = qalam(["normalize"], { input: bad });
    expect(stdin.status).toBe(1);
    expect(stdin.stderr).toContain("<stdin>: invalid UTF-8 at byte 20");
  });

  it("--lossy replaces it with U+FFFD and warns on the document", () => {
    const result = qalam(["run", "--stages", "tag", "--lossy"], { input: bad });
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { text: string; messages: { rule: string; reason: string }[] };
    expect(doc.text).toBe("مايكروسوفت\uFFFDA OpenAI");
    expect(doc.messages).toContainEqual({ rule: "invalid-utf8", reason: "<stdin>: invalid UTF-8 at byte 20 replaced with U+FFFD", stage: "input" });
  });

  it("a malformed JSONL line is reported by number; --skip-invalid skips and counts it", () => {
    const dir = tempDir();
    const corpus = join(dir, "c.jsonl");
    const content = Buffer.concat([Buffer.from('{"id":1,"text":"أ"}\n{"id":2,"text":\n{"id":3,"text":"ب"}\n{"id":4,"text":"'), bad, Buffer.from('"}\n{"id":5}\n')]);
    writeFileSync(corpus, content);
    const strict = qalam(["run", "--stages", "tag", corpus]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`${corpus}:2: invalid JSON`);
    const errors = join(dir, "errors.jsonl");
    const skipped = qalam(["run", "--stages", "tag", "--skip-invalid", "--errors", errors, corpus]);
    expect(skipped.status).toBe(0);
    expect(lines(skipped.stdout).map((line) => (JSON.parse(line) as { id: number }).id)).toEqual([1, 3]);
    const report = lines(readFileSync(errors, "utf8")).map((line) => JSON.parse(line) as { line: number; kind: string; reason: string });
    expect(report.map((entry) => [entry.line, entry.kind])).toEqual([[2, "invalid"], [4, "invalid"], [5, "invalid"]]);
    expect(report[1]!.reason).toBe(`invalid UTF-8 at byte ${content.indexOf(Buffer.from([0xd8, 0x41]))}`);
    expect(skipped.stderr).toMatch(/5 records: 2 written, 3 invalid skipped/);
  });

  it("NO_COLOR and a non-terminal stderr: no colour codes, no progress bar", () => {
    const result = qalam(["tag", articleFiles[0]!, "nope.txt"], { env: { NO_COLOR: "1" } });
    expect(result.stderr).not.toContain("\x1b[");
    const ok = qalam(["run", "--stages", "tag", articlesDir]);
    expect(ok.stderr).not.toContain("ETA");
    expect(existsSync(articlesDir)).toBe(true);
  });
});

describe("qalam on a terminal", () => {
  // util-linux `script` runs the command on a pseudo-terminal, so stderr is a TTY.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  const onTty = (args: string[], env: Record<string, string> = {}) =>
    spawnSync("script", ["-q", "-e", "-c", [process.execPath, bin, ...args].map((a) => `'${a}'`).join(" "), "/dev/null"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "", ...env },
    });

  it.runIf(hasScript)("shows a progress bar with docs/s and ETA, and colours unless NO_COLOR", () => {
    const dir = tempDir();
    const run = onTty(["run", "--stages", "tag", "-o", join(dir, "out.jsonl"), articlesDir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\[[#-]+\]\s+\d+%\s+\d+ docs\s+\d+ docs\/s\s+ETA \d+:\d\d/);
    expect(onTty(["tag", "missing.txt"]).stdout).toContain("\x1b[31merror:\x1b[39m");
    const plain = onTty(["tag", "missing.txt"], { NO_COLOR: "1" });
    expect(plain.stdout).toContain("qalam: error: cannot read missing.txt");
    expect(plain.stdout).not.toContain("\x1b[3");
  });
});
