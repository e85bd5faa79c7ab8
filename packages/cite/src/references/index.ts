export { formatCitation } from "./format-citation.js";
export type { FormatCitationOptions, CitationStyle, CitationKind, MonthSystem, Digits } from "./options.js";
export type { OutputFormat, BidiMode } from "./output.js";
export { CiteError } from "./errors.js";
export { parseName } from "../names.js";
export { toCslJson } from "./export-csl-json.js";
export { toBibtex, escapeBibtex } from "./export-bibtex.js";
export { toRis } from "./export-ris.js";
