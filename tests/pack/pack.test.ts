/**
 * What users receive from npm: every package packed (workspace:* rewritten to versions),
 * installed from its tarball into a plain npm project outside the workspace, and used from
 * ESM, CJS, TypeScript (NodeNext and Bundler), a browser bundle in Chromium, and Node 20/22/24.
 * publint --strict and attw judge every tarball.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, workspacePackages } from "./packages.js";
import { smokeCalls } from "./smoke-calls.js";
import { launchChromium } from "../support/chromium.js";

const packages = workspacePackages();
const libraries = packages.filter((p) => p.library);
const work = mkdtempSync(join(tmpdir(), "qalam-pack-"));
const tarballDir = join(work, "tarballs");
const project = join(work, "consumer");
const tarballs = new Map<string, string>();

function run(cmd: string, args: string[], cwd: string, timeout = 300_000): string {
  const result = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout, env: { ...process.env, NO_COLOR: "1" } });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

const pnpm = join(repoRoot, "node_modules/.bin/pnpm");
const pnpmCommand = existsSync(pnpm) ? [pnpm] : ["npx", "-y", "pnpm@12.4.2"];

beforeAll(() => {
  mkdirSync(tarballDir, { recursive: true });
  for (const p of packages) {
    // pnpm pack rewrites workspace:* ranges to the versions being packed.
    const [cmd, ...pre] = pnpmCommand as [string, ...string[]];
    run(cmd, [...pre, "pack", "--pack-destination", tarballDir], join(repoRoot, "packages", p.dir));
  }
  for (const file of readdirSync(tarballDir)) {
    const owner = packages.find((p) => file === `${p.name.slice(1).replace("/", "-")}-${p.version}.tgz`);
    if (owner) tarballs.set(owner.name, join(tarballDir, file));
  }
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", ...tarballs.values()], project);
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function smokeScript(kind: "esm" | "cjs", names: string[]): string {
  const lines = names.map((name) => {
    const load = kind === "esm" ? `await import(${JSON.stringify(name)})` : `require(${JSON.stringify(name)})`;
    return `results[${JSON.stringify(name)}] = await (async (m) => {${smokeCalls[name]}})(${load});`;
  });
  return `${kind === "cjs" ? "(async () => {" : ""}
const results = {};
${lines.join("\n")}
console.log(JSON.stringify(results));
${kind === "cjs" ? "})().catch((e) => { console.error(e); process.exit(1); });" : ""}`;
}

const libraryNames = () => libraries.map((p) => p.name).filter((n) => n in smokeCalls);

describe("packed tarballs", () => {
  it("packs every package with versions instead of workspace ranges", () => {
    expect([...tarballs.keys()].sort()).toEqual(packages.map((p) => p.name).sort());
    for (const [name, file] of tarballs) {
      const manifest = execFileSync("tar", ["-xOzf", file, "package/package.json"], { encoding: "utf8" });
      expect(manifest, name).not.toContain("workspace:");
    }
  });

  it("imports every library from ESM and runs a real call", () => {
    writeFileSync(join(project, "smoke.mjs"), smokeScript("esm", libraryNames()));
    const out = JSON.parse(run("node", ["smoke.mjs"], project)) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(libraryNames().sort());
  });

  it("requires every library from CJS and runs a real call", () => {
    writeFileSync(join(project, "smoke.cjs"), smokeScript("cjs", libraryNames()));
    const out = JSON.parse(run("node", ["smoke.cjs"], project)) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(libraryNames().sort());
  });

  for (const version of ["22", "24"]) {
    it(`runs the same ESM and CJS calls on Node ${version}`, () => {
      const esm = run("npx", ["-y", `node@${version}`, "smoke.mjs"], project);
      const cjs = run("npx", ["-y", `node@${version}`, "smoke.cjs"], project);
      expect(JSON.parse(esm)).toEqual(JSON.parse(cjs));
    }, 600_000);
  }

  for (const moduleResolution of ["NodeNext", "Bundler"] as const) {
    it(`type-checks a TypeScript consumer under moduleResolution ${moduleResolution}`, () => {
      const dir = join(project, `ts-${moduleResolution}`);
      mkdirSync(dir, { recursive: true });
      const imports = libraryNames().map((name, i) => `import * as m${i} from ${JSON.stringify(name)};`);
      const uses = libraryNames().map((_, i) => `void m${i};`);
      writeFileSync(
        join(dir, "consumer.ts"),
        [
          ...imports,
          ...uses,
          `import { normalizeWithEdits, type Edits } from "@qalam/normalize";`,
          `import { tagEntities, type Entity } from "@qalam/entities";`,
          `const r: { text: string; edits: Edits } = normalizeWithEdits("أحمد", "search");`,
          `const e: Entity[] = tagEntities(r.text);`,
          `export const n: number = e.length + r.edits.sourceLength;`,
        ].join("\n"),
      );
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            module: moduleResolution === "NodeNext" ? "NodeNext" : "ESNext",
            moduleResolution,
            target: "ES2022",
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
            lib: ["ES2023", "DOM"],
          },
          files: ["consumer.ts"],
        }),
      );
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      run("node", [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], dir);
    });
  }

  it("bundles every library for the browser without Node built-ins and tags Arabic in Chromium", async () => {
    const entry = join(project, "browser-entry.mjs");
    writeFileSync(
      entry,
      [
        ...libraryNames().map((name, i) => `import * as m${i} from ${JSON.stringify(name)};`),
        `const calls = {};`,
        ...libraryNames().map(
          (name, i) => `calls[${JSON.stringify(name)}] = async () => (async (m) => {${smokeCalls[name]}})(m${i});`,
        ),
        `window.qalamSmoke = async () => { const out = {}; for (const [k, f] of Object.entries(calls)) out[k] = await f(); return out; };`,
      ].join("\n"),
    );
    const esbuild = await import("esbuild");
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      metafile: true,
      logLevel: "silent",
      absWorkingDir: project,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => /(?:^|\/)node:|^(?:fs|path|os|worker_threads|child_process)$/.test(i))).toEqual([]);
    const bundle = result.outputFiles[0]!.text;

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.setContent(`<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><body></body></html>`);
      await page.addScriptTag({ content: bundle });
      const out = await page.evaluate<Record<string, unknown>>("window.qalamSmoke()");
      expect(Object.keys(out).sort()).toEqual(libraryNames().sort());
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  // attw's node16 profile: every resolution a user on Node >= 20 or a bundler can meet (node10
  // resolution predates `exports` and cannot see subpaths such as @qalam/pipeline/node).
  it("passes publint --strict and attw on every tarball", () => {
    for (const [name, file] of tarballs) {
      const lint = spawnSync("node", [join(repoRoot, "node_modules/publint/src/cli.js"), file, "--strict"], {
        encoding: "utf8",
      });
      expect(lint.status, `${name}: publint\n${lint.stdout}${lint.stderr}`).toBe(0);
      const attw = spawnSync(
        "node",
        [join(repoRoot, "node_modules/@arethetypeswrong/cli/dist/index.js"), file, "--format", "ascii", "--profile", "node16"],
        { encoding: "utf8" },
      );
      expect(attw.status, `${name}: attw\n${attw.stdout}${attw.stderr}`).toBe(0);
    }
  }, 300_000);

  it("installs the CLI globally from its tarball and runs it", () => {
    const prefix = join(work, "global");
    run("npm", ["install", "-g", "--prefix", prefix, "--no-audit", "--no-fund", ...tarballs.values()], work);
    const bin = join(prefix, "bin", "qalam");
    expect(run(bin, ["--version"], work).trim()).toMatch(/^\d+\.\d+\.\d+/);
    const input = "أَعْلَنَتْ شركة مايكروسوفت";
    const out = spawnSync(bin, ["normalize", "--preset", "search"], { input, encoding: "utf8" });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.trim()).toBe("اعلنت شركه مايكروسوفت");
  }, 600_000);
});
