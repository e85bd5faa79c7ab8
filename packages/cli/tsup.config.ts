import { defineConfig } from "tsup";

export default defineConfig({
  // index: `main()` for programmatic use; bin: the `qalam` executable (package.json "bin").
  entry: { index: "src/index.ts", bin: "src/bin.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  // The shebang lets npm link dist/bin.js as the `qalam` command; it is harmless in the library files.
  banner: { js: "#!/usr/bin/env node" },
});
