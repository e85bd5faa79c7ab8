export { tokenize } from "./tokenize.js";
export { procliticAnalyses } from "./proclitics.js";
export { sentences } from "./sentences.js";
export type { Token, TokenKind, TokenScript, TokenizeOptions, Span, SentencesOptions, ProcliticAnalysis } from "./types.js";
