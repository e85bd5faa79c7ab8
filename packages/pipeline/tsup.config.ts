import { defineConfig } from "tsup";

export default defineConfig({
  // index: the browser-safe library; node: the worker pool (`@qalam/pipeline/node`);
  // worker: the script each worker thread runs (loaded by URL, not imported).
  entry: { index: "src/index.ts", node: "src/node/index.ts", worker: "src/node/worker.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", node: "src/node/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  // import.meta.url in the CommonJS build (the pool finds worker.cjs beside itself).
  shims: true,
  esbuildOptions(options, context) {
    options.define = { ...options.define, __QALAM_WORKER_EXT__: JSON.stringify(context.format === "cjs" ? "cjs" : "js") };
  },
});
