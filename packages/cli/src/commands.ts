import { stages } from "@qalam/pipeline";
import type { Stage } from "@qalam/pipeline";
import type { CommandName } from "./formats.js";

export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Stage names `qalam run --stages` accepts, in their natural order. */
export const RUN_STAGES = ["normalize", "tokenize", "tag", "metadata", "attributions", "cite"] as const;
export type RunStageName = (typeof RUN_STAGES)[number];

const STYLES = ["apa", "mla", "chicago"] as const;
const LOCALES = ["ar", "en"] as const;
const PRESETS = ["search", "display"] as const;

export interface StageChoices {
  command: CommandName;
  format: string;
  preset?: string;
  styles?: string;
  locales?: string;
  stages?: string;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value as T;
}

function listOf<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value.split(",").map((item) => item.trim()).filter((item) => item !== "");
  if (items.length === 0) throw new UsageError(`${option} needs at least one of ${allowed.join(", ")}`);
  return items.map((item) => oneOf(item, allowed, option));
}

/** The built-in stages a command runs (all serializable, so `--workers` can rebuild them in threads). */
export function stagesFor(choices: StageChoices): Stage[] {
  const preset = oneOf(choices.preset ?? "search", PRESETS, "--preset");
  const citeOptions = (defaultStyles: string, defaultLocales: string) => ({
    styles: listOf(choices.styles ?? defaultStyles, STYLES, "--style"),
    locales: listOf(choices.locales ?? defaultLocales, LOCALES, "--locale"),
    format: choices.format === "html" ? ("html" as const) : ("text" as const),
  });
  switch (choices.command) {
    case "normalize":
      return [stages.normalize(preset)];
    case "tokenize":
      return [stages.tokenize()];
    case "tag":
      return [stages.tagEntities()];
    case "cite":
      return [stages.extractMetadata(), stages.formatCitations(citeOptions("apa", "ar"))];
    case "run": {
      const names = new Set(listOf(choices.stages ?? RUN_STAGES.join(","), RUN_STAGES, "--stages"));
      // A reference needs the metadata it is made from.
      if (names.has("cite")) names.add("metadata");
      const list: Stage[] = [];
      for (const name of RUN_STAGES) {
        if (!names.has(name)) continue;
        if (name === "normalize") list.push(stages.normalize(preset));
        if (name === "tokenize") list.push(stages.tokenize());
        if (name === "tag") list.push(stages.tagEntities());
        if (name === "metadata") list.push(stages.extractMetadata());
        if (name === "attributions") list.push(stages.extractAttributions());
        if (name === "cite") list.push(stages.formatCitations(citeOptions("apa,chicago", "ar,en")));
      }
      return list;
    }
  }
}
