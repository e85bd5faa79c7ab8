import type { Options } from "tsup";

/**
 * The build every library package shares: ESM and CommonJS, each with its types, source
 * maps, for ES2022 engines (Node 20 and current browsers). A package with one entry uses
 * it as it is; one with several entries spreads it and adds its own.
 */
export const libraryBuild = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
} satisfies Options;
