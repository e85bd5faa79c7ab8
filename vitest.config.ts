import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// One vitest run covers every package, the demo and the cross-package suites.
// Unit tests import sibling packages from source (no build needed while developing);
// tests/pack and tests/e2e use the built tarballs and pages instead.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@qalam\/([a-z]+)$/, replacement: `${root}packages/$1/src/index.ts` },
    ],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    setupFiles: [`${root}vitest.setup.ts`],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    reporters: ["default", ["json", { outputFile: `${root}reports/vitest.json` }]],
  },
});
