import { describe, expect, it } from "vitest";
// measure.mjs is shared with the `pnpm size` report.
import { measureAll } from "./measure.mjs";

describe("size budgets (min+gzip of each package's ESM entry)", () => {
  it("keeps every package within the budget written in tests/size/budgets.json", async () => {
    const rows = (await measureAll()) as { name: string; gzipped: number; budget: number }[];
    for (const row of rows) {
      expect(row.gzipped, `${row.name}: ${row.gzipped} B > budget ${row.budget} B`).toBeLessThanOrEqual(row.budget);
    }
  });
});
