import { normalizeWithEdits } from "@qalam/normalize";
import { sentences, tokenize } from "@qalam/tokenize";
import { createTagger, tagEntities } from "@qalam/entities";
import { extractAttributions, extractMetadata, formatCitation } from "@qalam/cite";
import type { CslItem } from "@qalam/cite";
import { pipeline } from "./pipeline.js";
import type { BuiltinStageName, Citation, Pipeline, QalamDoc, Stage, StageSpec } from "./types.js";

type NormalizeOptions = Parameters<typeof normalizeWithEdits>[1];
type TokenizeOptions = Parameters<typeof tokenize>[1];
type TagOptions = Parameters<typeof tagEntities>[1];
type MetadataOptions = NonNullable<Parameters<typeof extractMetadata>[1]>;

/** Options of the `tokenize` stage. */
export interface TokenizeStageOptions {
  /** Passed to `tokenize` from @qalam/tokenize. */
  tokenize?: TokenizeOptions;
  /** Also add `sentences` (spans). Default true. */
  sentences?: boolean;
}

/** Options of the `formatCitations` stage: every style × locale pair is formatted. */
export interface FormatCitationsOptions {
  styles?: Citation["style"][];
  locales?: Citation["locale"][];
  format?: Citation["format"];
}

function named(name: BuiltinStageName, options: unknown, fn: (doc: QalamDoc) => QalamDoc): Stage {
  const stage = fn as Stage;
  stage.stageName = name;
  stage.spec = options === undefined ? { stage: name } : { stage: name, options };
  return Object.freeze(stage);
}

/**
 * Factories of the built-in stages. Each returns a stage that adds one field to
 * the document and leaves `text` untouched; every span they add indexes the
 * original `text`. Their options must be plain data (JSON-like), so that a
 * pipeline made only of them can be rebuilt in a worker thread from `pipeline.spec`.
 */
export const stages = Object.freeze({
  /** Adds `normalized: { text, edits }` (@qalam/normalize `normalizeWithEdits`). */
  normalize(options?: NormalizeOptions): Stage {
    return named("normalize", options, (doc) => ({ ...doc, normalized: normalizeWithEdits(doc.text, options) }));
  },

  /** Adds `tokens` (and `sentences` unless `{ sentences: false }`) from @qalam/tokenize. */
  tokenize(options: TokenizeStageOptions = {}): Stage {
    const withSentences = options.sentences ?? true;
    return named("tokenize", options, (doc) => {
      const tokens = tokenize(doc.text, options.tokenize);
      return withSentences ? { ...doc, tokens, sentences: sentences(doc.text) } : { ...doc, tokens };
    });
  },

  /**
   * Adds `entities` (@qalam/entities). With `entities` (a custom gazetteer) in the
   * options, one tagger is built by `createTagger` when the stage is made and reused.
   */
  tagEntities(options?: TagOptions): Stage {
    if (options !== undefined && "entities" in options) {
      const tagger = createTagger(options);
      return named("tagEntities", options, (doc) => ({ ...doc, entities: tagger.tag(doc.text) }));
    }
    return named("tagEntities", options, (doc) => ({ ...doc, entities: tagEntities(doc.text, options) }));
  },

  /**
   * Adds `metadata`, a CSL-JSON item (@qalam/cite `extractMetadata`). Fields the
   * input already had under `metadata` (e.g. a URL from a JSONL line) win over
   * extracted ones; the document `id` becomes the item id when it has none; the
   * `entities` of an earlier tagEntities stage are reused.
   */
  extractMetadata(options?: MetadataOptions): Stage {
    return named("extractMetadata", options, (doc) => {
      const given = isPlainObject(doc.metadata) ? doc.metadata : {};
      const metadata: CslItem = extractMetadata(doc.text, {
        ...options,
        // Fields the document already carries override the text, like extractMetadata's own options.
        ...(given as MetadataOptions),
        // Reuse the entities an earlier stage found instead of tagging again.
        ...(doc.entities === undefined ? {} : { entities: doc.entities }),
      });
      if (metadata.id === undefined && doc.id !== undefined) metadata.id = String(doc.id);
      return { ...doc, metadata };
    });
  },

  /**
   * Adds `attributions` (@qalam/cite `extractAttributions`), linking sources through the
   * `entities` of an earlier tagEntities stage instead of tagging again (tagging is most
   * of the cost of extractAttributions).
   */
  extractAttributions(): Stage {
    return named("extractAttributions", undefined, (doc) => ({
      ...doc,
      attributions: extractAttributions(doc.text, doc.entities === undefined ? {} : { entities: doc.entities }),
    }));
  },

  /**
   * Adds `citations`: one reference per style × locale (default APA and Chicago,
   * Arabic and English, as text). Needs `metadata`: put `extractMetadata` first.
   */
  formatCitations(options: FormatCitationsOptions = {}): Stage {
    const styles = options.styles ?? ["apa", "chicago"];
    const locales = options.locales ?? ["ar", "en"];
    const format = options.format ?? "text";
    return named("formatCitations", options, (doc) => {
      if (doc.metadata === undefined) {
        throw new Error("no `metadata` on the document: run the extractMetadata stage before formatCitations");
      }
      const citations: Citation[] = [];
      for (const style of styles) {
        for (const locale of locales) {
          citations.push({ style, locale, format, value: formatCitation(doc.metadata, { style, locale, format }) });
        }
      }
      return { ...doc, citations };
    });
  },
});

/**
 * Rebuilds a pipeline from `pipeline.spec` (the built-in stages and their options).
 *
 * @example
 * const copy = pipelineFromSpec(pipeline(stages.tokenize()).spec!);
 */
export function pipelineFromSpec(spec: readonly StageSpec[]): Pipeline {
  if (!Array.isArray(spec)) throw new TypeError("pipelineFromSpec: `spec` must be an array of stage specs");
  return pipeline(
    ...spec.map((entry: StageSpec, i: number) => {
      const factory = (stages as Record<string, ((options?: unknown) => Stage) | undefined>)[entry?.stage];
      if (typeof factory !== "function") throw new TypeError(`pipelineFromSpec: unknown stage "${String(entry?.stage)}" at ${i}`);
      return factory(entry.options);
    }),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
