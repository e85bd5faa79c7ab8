import fc from "fast-check";

// Property tests are reproducible: a fixed seed, and a run count that CI can raise.
fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261125),
  numRuns: Number(process.env.FC_RUNS ?? 200),
});
