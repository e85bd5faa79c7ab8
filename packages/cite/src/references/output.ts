import type { Direction } from "./text-utils.js";
import { lastVisibleChar } from "./text-utils.js";

/** A run of the entry: punctuation and terms in the entry's language, or a field value. */
export type Piece =
  | { kind: "lit"; text: string }
  | {
      kind: "field";
      text: string;
      dir: Direction;
      lang: string;
      italic: boolean;
      /** Printed inside the entry's quote marks; punctuation may move in (`inQuote`). */
      quoted: boolean;
      inQuote: string;
      /** A safe http(s) address: the text is a link. */
      href?: string;
    };

export interface FieldOptions {
  dir: Direction;
  lang: string;
  italic?: boolean;
  quoted?: boolean;
  href?: string;
}

export interface Punctuation {
  punctuationInQuote: boolean;
  /** Drop a comma after a title that ends in ? or ! (Chicago guidance; citeproc-js keeps it in English). */
  dropCommaAfterQuestion: boolean;
}

const SENTENCE_END = new Set([".", "?", "!", "؟", "…"]);
const QUESTION = new Set(["?", "!", "؟"]);

/** Collects the pieces of one entry and applies CSL's punctuation rules while appending. */
export class EntryBuilder {
  readonly pieces: Piece[] = [];
  constructor(private readonly rules: Punctuation) {}

  get isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  field(text: string, options: FieldOptions): boolean {
    if (!text) return false;
    const piece: Piece = { kind: "field", text, dir: options.dir, lang: options.lang, italic: options.italic ?? false, quoted: options.quoted ?? false, inQuote: "" };
    if (options.href) piece.href = options.href;
    this.pieces.push(piece);
    return true;
  }

  lit(text: string): void {
    if (!text) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last?.kind === "lit") last.text += text;
    else this.pieces.push({ kind: "lit", text });
  }

  /** The last printed character that decides punctuation (inside a closing quote). */
  private lastChar(): string {
    for (let i = this.pieces.length - 1; i >= 0; i--) {
      const p = this.pieces[i];
      if (!p) continue;
      const ch = p.kind === "lit" ? lastVisibleChar(p.text) : lastVisibleChar(p.text + p.inQuote);
      if (ch) return ch;
    }
    return "";
  }

  /**
   * Appends a delimiter or suffix that starts with punctuation: a period after ". ? ! ؟" is
   * dropped, a repeated comma is dropped, and with `punctuationInQuote` a period or comma moves
   * inside the closing quote of a quoted field (and inside quote marks that end the field's text).
   */
  punct(text: string): void {
    if (!text) return;
    const c = text[0] ?? "";
    const last = this.lastChar();
    if (c === "." && SENTENCE_END.has(last)) text = text.slice(1);
    else if ((c === "," || c === "،") && (last === c || (this.rules.dropCommaAfterQuestion && QUESTION.has(last)))) text = text.slice(1);
    else if (c === "." || c === ",") {
      const tail = this.pieces[this.pieces.length - 1];
      if (this.rules.punctuationInQuote && tail?.kind === "field") {
        if (tail.quoted) {
          if (!tail.inQuote && isClosingQuote(tail.text[tail.text.length - 1])) tail.text = moveInsideClosingQuotes(tail.text, c);
          else tail.inQuote += c;
          text = text.slice(1);
        } else if (isClosingQuote(tail.text[tail.text.length - 1])) {
          tail.text = moveInsideClosingQuotes(tail.text, c);
          text = text.slice(1);
        }
      }
    }
    this.lit(text);
  }
}

function isClosingQuote(ch: string | undefined): boolean {
  return ch === "\u2019" || ch === "\u201D";
}

function moveInsideClosingQuotes(text: string, mark: string): string {
  let i = text.length;
  while (i > 0 && isClosingQuote(text[i - 1])) i--;
  return text.slice(0, i) + mark + text.slice(i);
}

/** The output format of `formatCitation`. */
export type OutputFormat = "text" | "html" | "markdown";
/** Direction marks: "auto" isolates an Arabic entry, or an English one with a right-to-left field; "isolate" always; "none" never (for word processors). */
export type BidiMode = "auto" | "isolate" | "none";

const LRI = "\u2066";
const RLI = "\u2067";
const PDI = "\u2069";

export interface RenderContext {
  format: OutputFormat;
  bidi: BidiMode;
  dir: Direction;
  lang: string;
  quotes: readonly [string, string];
  /** Element name for HTML output: "div" for a bibliography entry, "span" for notes and in-text. */
  element: "div" | "span";
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Backslash-escapes the characters that CommonMark would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (ch) => "\\" + ch);
}

function needsMarks(pieces: readonly Piece[], ctx: RenderContext): boolean {
  if (ctx.bidi === "none") return false;
  if (ctx.bidi === "isolate" || ctx.dir === "rtl") return true;
  // An LTR entry whose every field is LTR is unidirectional: no marks, so that all-Latin English
  // output is identical to citeproc-js's.
  return pieces.some((p) => p.kind === "field" && p.dir !== ctx.dir);
}

/** Renders pieces as text or Markdown with balanced isolates, or as HTML with <bdi>. */
export function render(pieces: readonly Piece[], ctx: RenderContext): string {
  if (ctx.format === "html") return renderHtml(pieces, ctx);
  const marks = needsMarks(pieces, ctx);
  const md = ctx.format === "markdown";
  let out = "";
  for (const p of pieces) {
    if (p.kind === "lit") {
      out += md ? escapeMarkdown(p.text) : p.text;
      continue;
    }
    let value = md ? (p.href ? `<${p.text}>` : escapeMarkdown(p.text)) : p.text;
    if (md && p.italic) value = `*${value}*`;
    if (marks) value = (p.dir === "rtl" ? RLI : LRI) + value + PDI;
    if (p.quoted) value = ctx.quotes[0] + value + (md ? escapeMarkdown(p.inQuote) : p.inQuote) + ctx.quotes[1];
    out += value;
  }
  return marks ? (ctx.dir === "rtl" ? RLI : LRI) + out + PDI : out;
}

function renderHtml(pieces: readonly Piece[], ctx: RenderContext): string {
  const isolate = ctx.bidi !== "none";
  let out = "";
  for (const p of pieces) {
    if (p.kind === "lit") {
      out += escapeHtml(p.text);
      continue;
    }
    let value = escapeHtml(p.text);
    if (p.href) value = `<a href="${escapeHtml(p.href)}">${value}</a>`;
    if (isolate) value = `<bdi dir="${p.dir}" lang="${escapeHtml(p.lang)}">${value}</bdi>`;
    if (p.italic) value = `<i>${value}</i>`;
    if (p.quoted) value = escapeHtml(ctx.quotes[0]) + value + escapeHtml(p.inQuote) + escapeHtml(ctx.quotes[1]);
    out += value;
  }
  const cls = ctx.element === "div" ? ' class="csl-entry"' : "";
  return `<${ctx.element}${cls} dir="${ctx.dir}" lang="${escapeHtml(ctx.lang)}">${out}</${ctx.element}>`;
}
