import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // Edits.fromLog is for the normalizer's own loop: keep it out of the published types.
  dts: { compilerOptions: { stripInternal: true } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  esbuildOptions(options) {
    // Properties of internal objects only (the character tables and the passes' results),
    // renamed to short names in the published files, since a user's minifier keeps property
    // names. Never list a name that a public type or result uses (`text`, `edits`, `changed`).
    options.mangleProps = /^(direct|kind|replacementIndex|replacements|active|checkNfc|joinersSeeThroughSpaces|mayNeedNfc)$/;
  },
});
