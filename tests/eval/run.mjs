// `pnpm eval`: scores the BUILT @qalam/entities on the annotated seed articles.
// Prints P/R/F1 per type (exact and overlap) and linking accuracy; `--errors` lists the
// misses, spurious entities, boundary and link errors.
import { tagEntities } from "@qalam/entities";
import { loadHeldOut } from "./heldout.mjs";
import { evaluate, formatReport } from "./score.mjs";

const sets = [
  ["seed articles (development set: the rules and gazetteer were built looking at them)", undefined],
  ["held-out texts (never used for tuning)", loadHeldOut("texts")],
  ["blind set 2 (12 texts annotated without seeing the tagger; scored blind once, then used to find failures)", loadHeldOut("blind-2")],
  ["blind set 3 (8 texts annotated without seeing the tagger; scored blind after the fixes set 2 led to, then used to find failures)", loadHeldOut("blind-3")],
  ["blind set 4 (8 texts annotated without seeing the tagger; scored blind after the fixes sets 2 and 3 led to, then used to find failures)", loadHeldOut("blind-4")],
  ["blind set 5 (8 texts annotated without seeing the tagger; scored blind before and after the gazetteer's Arab media, telecom and city entries; used to find failures from the next session on)", loadHeldOut("blind-5")],
  ["blind set 6 (8 texts annotated without seeing the tagger; scored blind at the start of a session, then used to find failures)", loadHeldOut("blind-6")],
  ["blind set 7 (8 texts annotated without seeing the tagger; scored blind after the fixes set 6 led to; kept to check changes against, used once to find a failure)", loadHeldOut("blind-7")],
  ["blind set 8 (8 texts annotated without seeing the tagger; scored blind at the start of a session, then used to find failures)", loadHeldOut("blind-8")],
  ["blind set 9 (8 texts annotated without seeing the tagger; scored blind at the start of a session, then used to find failures)", loadHeldOut("blind-9")],
  ["blind set 10 (8 texts annotated without seeing the tagger; scored blind at the start of a session, then used to find failures)", loadHeldOut("blind-10")],
  ["blind set 11 (8 texts annotated without seeing the tagger; scored blind after the fixes set 10 led to, then used to find failures)", loadHeldOut("blind-11")],
  ["blind set 12 (8 texts annotated without seeing the tagger; scored blind after the fixes set 11 led to, then used to find failures)", loadHeldOut("blind-12")],
  ["blind set 13 (8 texts annotated without seeing the tagger; scored blind at the start of a session's accuracy work, then used to find failures)", loadHeldOut("blind-13")],
  ["blind set 14 (8 texts annotated without seeing the tagger; scored blind at the start of a session, then used to find failures)", loadHeldOut("blind-14")],
  ["blind set 15 (8 texts annotated without seeing the tagger; scored blind at the end of the session that fixed set 14's failures)", loadHeldOut("blind-15")],
];
for (const [label, articles] of sets) {
  const result = evaluate((text) => tagEntities(text), articles);
  console.log(`\n## ${label}`);
  console.log(formatReport(result));
  if (process.argv.includes("--errors")) {
    for (const e of result.errors) console.log(JSON.stringify(e));
  }
}
