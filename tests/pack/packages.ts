import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface WorkspacePackage {
  /** Folder name under packages/, e.g. "normalize". */
  dir: string;
  /** npm name, e.g. "@qalam/normalize". */
  name: string;
  version: string;
  /** True for the packages that must run in a browser (every one but the CLI). */
  library: boolean;
}

/** The publishable packages, read from packages/*\/package.json. */
export function workspacePackages(): WorkspacePackage[] {
  return readdirSync(`${repoRoot}packages`)
    .sort()
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(`${repoRoot}packages/${dir}/package.json`, "utf8")) as {
        name: string;
        version: string;
        bin?: unknown;
      };
      return { dir, name: manifest.name, version: manifest.version, library: manifest.bin === undefined };
    });
}
