import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { bin, buildCli, root } from "./helpers.js";

// Each ```sh block of the README that starts with "$ " is one command and its exact output;
// it is run from the repository root with `qalam` being the built bin.
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```sh\n\$ ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ command: m[1]!, output: m[2]! }));

beforeAll(() => buildCli());

describe("README examples", () => {
  it("has examples", () => expect(examples.length).toBe(4));
  for (const { command, output } of examples) {
    it(command, () => {
      const shell = command.replace(/\bqalam\b/, `"${process.execPath}" "${bin}"`);
      expect(execFileSync("sh", ["-c", shell], { cwd: root, encoding: "utf8" })).toBe(output);
    });
  }
});
