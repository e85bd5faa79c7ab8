// Types of tests/eval/attributions.mjs, for the TypeScript tests that import it.
import type { PRF } from "./score.mjs";

export type { PRF };
export interface AttributionScores {
  scores: Record<"cue.exact" | "cue.overlap" | "source.exact" | "source.overlap" | "quote.exact" | "quote.overlap", PRF>;
  anonymousAccuracy: number;
  directAccuracy: number;
  pairs: number;
  errors: Array<Record<string, unknown>>;
}
interface SpanLike {
  start: number;
  end: number;
}
export interface GoldAttribution {
  cue: SpanLike & { text: string; lemma: string };
  source?: SpanLike & { text: string };
  anonymous: boolean;
  quote?: SpanLike & { text: string; direct: boolean };
}
export function loadAttributionAnnotations(): Array<{ name: string; text: string; gold: GoldAttribution[] }>;
export function scoreAttributions(
  extract: (text: string) => ReadonlyArray<{ cue: SpanLike; source?: SpanLike; quote?: SpanLike & { direct: boolean }; anonymous: boolean }>,
): AttributionScores;
export function formatAttributionReport(result: AttributionScores): string;
