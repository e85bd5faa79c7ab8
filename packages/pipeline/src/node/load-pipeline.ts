import { pipeline } from "../pipeline.js";
import { pipelineFromSpec } from "../stages.js";
import type { Pipeline, Stage } from "../types.js";
import type { WorkerPipelineSource } from "./protocol.js";

/** Builds the pipeline a worker (or the in-process fallback) runs. */
export async function loadPipeline(source: WorkerPipelineSource): Promise<Pipeline> {
  if ("spec" in source) return pipelineFromSpec(source.spec);
  const mod = (await import(source.module)) as Record<string, unknown>;
  const exported = mod[source.exportName];
  if (isPipeline(exported)) return exported;
  if (Array.isArray(exported) && exported.every((stage) => typeof stage === "function")) {
    return pipeline(...(exported as Stage[]));
  }
  throw new TypeError(
    `module ${source.module} must export "${source.exportName}" as a pipeline or an array of stages`,
  );
}

export function isPipeline(value: unknown): value is Pipeline {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof (value as Pipeline).run === "function" &&
    typeof (value as Pipeline).runAll === "function"
  );
}
