/** What a token is. */
export type TokenKind =
  /** Letters (any script), with glued digits for names like «GPT-4.5», «5G», «v2.0». */
  | "word"
  /** Digits with their decimal/thousands separators, times and percents: "13.75", "11:02", "20%", «١٣٫٧٥», «٪٢٠». */
  | "number"
  | "punctuation"
  | "symbol"
  /** A run of white space, line breaks included. */
  | "space"
  | "emoji"
  | "url"
  | "email"
  /** Control and format characters, lone surrogates, unassigned code points, stray combining marks. */
  | "other";

/** Which script a token's letters are in; digits, punctuation and symbols are "other" unless Arabic-specific (٠-٩, ، ؛ ؟ ٪). */
export type TokenScript = "arabic" | "latin" | "mixed" | "other";

/**
 * One token. `start`/`end` are UTF-16 offsets into the input (end exclusive);
 * `text === input.slice(start, end)`, and the tokens of a text, concatenated
 * in order, give the text back exactly.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  script: TokenScript;
  /**
   * Proclitics glued to the token, when the split is certain: before a Latin or
   * digit run («لـ» in «لـOpenAI», «بـ» in «بـ10») or before a tatweel joiner
   * («بـ» in «بـمايكروسوفت»). Arabic words without a joiner are not split here:
   * ask {@link procliticAnalyses} for candidate splits.
   */
  prefix?: string;
  /** The token without `prefix` («OpenAI» in «لـOpenAI»); present exactly when `prefix` is. */
  stem?: string;
}

/** A span of the input, UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A candidate split of a word into proclitics and a stem. */
export interface ProcliticAnalysis {
  /** The proclitics as written, with any diacritics and tatweel after them: «وب», «لـ», «بال». */
  prefix: string;
  /** The rest of the word. */
  stem: string;
}

export interface TokenizeOptions {
  /**
   * Fill `prefix`/`stem` on tokens with certain proclitics («لـOpenAI», «بـ10»). Default `true`.
   * With `false`, the token is still one token, without the analysis.
   */
  clitics?: boolean;
}

export interface SentencesOptions {
  /**
   * Where line breaks end a sentence: `"line"` (default) ends one at every line
   * break, which suits headlines and datelines; `"paragraph"` only at blank
   * lines, for hard-wrapped text.
   */
  lineBreaks?: "line" | "paragraph";
}
