export { formatCitation } from "./format-citation.js";
export type { FormatCitationOptions, CitationStyle, CitationKind, MonthSystem, Digits } from "./options.js";
export type { OutputFormat, BidiMode } from "./output.js";
export { CiteError } from "./errors.js";
export { parseName } from "./names.js";
