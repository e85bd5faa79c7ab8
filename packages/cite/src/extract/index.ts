export type { TextSpan, TextSlice } from "./types.js";
export { parseDateline } from "./dateline.js";
export type { Dateline, ParseDatelineOptions } from "./dateline.js";
export { extractMetadata } from "./metadata.js";
export type { ArticleMetadata, ExtractMetadataOptions, MetadataCustom, MetadataSpans } from "./metadata.js";
export { extractAttributions } from "./attributions.js";
export type {
  Attribution,
  AttributionContent,
  AttributionCue,
  AttributionSource,
  ExtractAttributionsOptions,
} from "./attributions.js";
