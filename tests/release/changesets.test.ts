/**
 * Releasing: every package is public, and `changeset version` on a clean copy of the repository
 * turns the pending changesets into versions and CHANGELOGs for every publishable package.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, workspacePackages } from "../pack/packages.js";

describe("changesets", () => {
  it("publishes every package publicly", () => {
    const config = JSON.parse(readFileSync(join(repoRoot, ".changeset/config.json"), "utf8")) as { access: string };
    expect(config.access).toBe("public");
    for (const p of workspacePackages()) {
      const manifest = JSON.parse(readFileSync(join(repoRoot, "packages", p.dir, "package.json"), "utf8")) as {
        private?: boolean;
        publishConfig?: { access?: string };
      };
      expect(manifest.private, p.name).toBeUndefined();
      expect(manifest.publishConfig?.access, p.name).toBe("public");
    }
  });

  it("`changeset version` writes a version and a CHANGELOG for every package", () => {
    const dir = mkdtempSync(join(tmpdir(), "qalam-release-"));
    try {
      // A copy of the committed tree (git archive keeps the test independent of local edits).
      const archive = spawnSync("bash", ["-c", `git -C "${repoRoot}" archive HEAD | tar -x -C "${dir}"`], { encoding: "utf8" });
      expect(archive.status, archive.stderr).toBe(0);
      symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"));
      const run = spawnSync(process.execPath, [join(repoRoot, "node_modules/@changesets/cli/bin.js"), "version"], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      for (const p of workspacePackages()) {
        const manifest = JSON.parse(readFileSync(join(dir, "packages", p.dir, "package.json"), "utf8")) as { version: string };
        expect(manifest.version, p.name).not.toBe("0.0.0");
        expect(existsSync(join(dir, "packages", p.dir, "CHANGELOG.md")), `${p.name} CHANGELOG`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
