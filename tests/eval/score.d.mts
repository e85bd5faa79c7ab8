// Types of tests/eval/score.mjs, for the TypeScript tests that import it.
export interface PRF {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface EntityScores {
  articles: number;
  byType: Record<string, { exact: PRF; overlap: PRF }>;
  overall: { exact: PRF; overlap: PRF };
  linking: number;
  linkingEndToEnd: number;
  linkCounts: { right: number; found: number; goldWithId: number };
  errors: Array<Record<string, unknown>>;
}
interface SpanLike {
  start: number;
  end: number;
  text: string;
  type: string;
  id?: string;
}
export interface AnnotatedArticle {
  name: string;
  text: string;
  gold: SpanLike[];
}
export function loadAnnotations(): AnnotatedArticle[];
export function evaluate(tag: (text: string) => readonly SpanLike[], articles?: AnnotatedArticle[]): EntityScores;
export function formatReport(result: EntityScores): string;
