// `pnpm eval`: scores the BUILT @qalam/entities on the annotated seed articles.
// Prints P/R/F1 per type (exact and overlap) and linking accuracy; `--errors` lists the
// misses, spurious entities, boundary and link errors.
import { tagEntities } from "@qalam/entities";
import { evaluate, formatReport } from "./score.mjs";

const result = evaluate((text) => tagEntities(text));
console.log(formatReport(result));
if (process.argv.includes("--errors")) {
  for (const e of result.errors) console.log(JSON.stringify(e));
}
