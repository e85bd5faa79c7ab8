/**
 * Wraps a table builder so it runs on the first call, not at import. The extractors' lexicons are
 * folded with @qalam/normalize entry by entry; doing that at module load made
 * `import { formatCitation } from "@qalam/cite"` pay for tables only the extractors read.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
