import { toConll, toHtml } from "@qalam/entities";
import type { QalamDoc } from "@qalam/pipeline";

export type FormatName = "text" | "json" | "jsonl" | "html" | "conll";

/** How one command writes documents in one format. `item` gets the 0-based number of the written document. */
export interface Formatter {
  header: string;
  item(doc: QalamDoc, written: number): string;
  footer: string;
}

export type CommandName = "normalize" | "tokenize" | "tag" | "cite" | "run";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON for one line: U+2028/2029 escaped so line-based readers agree on line ends. */
function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029"));
}

/** Tabs and line breaks inside a TSV/CoNLL cell would break the columns. */
function cell(text: string): string {
  return text.replace(/[\t\n\r\u2028\u2029]/g, (c) => (c === "\t" ? "\\t" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : " "));
}

const jsonlFormatter: Formatter = { header: "", item: (doc) => jsonLine(doc) + "\n", footer: "" };
const jsonFormatter = (pick: (doc: QalamDoc) => unknown): Formatter => ({
  header: "[\n",
  item: (doc, written) => (written === 0 ? "" : ",\n") + jsonLine(pick(doc)),
  footer: "\n]\n",
});

function idHeader(doc: QalamDoc): string {
  return doc.id === undefined ? "" : `# ${cell(String(doc.id))}\n`;
}

function isSpace(text: string): boolean {
  return text.trim() === "";
}

const HTML_HEAD = (title: string): string =>
  `<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n` +
  "<style>body{font-family:system-ui,sans-serif;line-height:1.8;max-width:50rem;margin:2rem auto;padding:0 1rem}" +
  "article{white-space:pre-wrap;border-bottom:1px solid #ccc;padding-bottom:1rem}" +
  "mark{border-radius:.2em;padding:0 .1em}mark[data-type=PERSON]{background:#fde2b3}mark[data-type=ORG]{background:#c7e3ff}" +
  "mark[data-type=PRODUCT]{background:#e2d4ff}mark[data-type=LOCATION]{background:#c9f2d0}" +
  "mark[data-type=DATE],mark[data-type=TIME]{background:#f5d0e6}mark[data-type=MONEY],mark[data-type=PERCENT]{background:#fff3a8}" +
  "h2{font-size:1rem;color:#555}</style>\n</head>\n<body>\n";
const HTML_FOOT = "</body>\n</html>\n";

function docHeading(doc: QalamDoc): string {
  return doc.id === undefined ? "" : `<h2><bdi>${escapeHtml(String(doc.id))}</bdi></h2>\n`;
}

/** Tokens grouped by sentence; tokens that are only whitespace are left out. */
function sentencesOfTokens(doc: QalamDoc): { start: number; end: number; tokens: NonNullable<QalamDoc["tokens"]> }[] {
  const spans = doc.sentences && doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: doc.text.length }];
  const groups = spans.map((span) => ({ start: span.start, end: span.end, tokens: [] as NonNullable<QalamDoc["tokens"]> }));
  let g = 0;
  for (const token of doc.tokens ?? []) {
    if (isSpace(token.text)) continue;
    while (g < groups.length - 1 && token.start >= groups[g]!.end) g++;
    groups[g]!.tokens.push(token);
  }
  return groups.filter((group) => group.tokens.length > 0);
}

/** CoNLL-U: ten columns, `_` where qalam has no analysis, the token's span in MISC as TokenRange=start:end. */
function tokensToConllU(doc: QalamDoc): string {
  let out = "";
  sentencesOfTokens(doc).forEach((sentence, s) => {
    if (doc.id !== undefined) out += `# sent_id = ${cell(String(doc.id))}-${s + 1}\n`;
    out += `# text = ${cell(doc.text.slice(sentence.start, sentence.end).trim())}\n`;
    sentence.tokens.forEach((token, i) => {
      out += `${i + 1}\t${cell(token.text)}\t_\t_\t_\t_\t_\t_\t_\tTokenRange=${token.start}:${token.end}\n`;
    });
    out += "\n";
  });
  return out;
}

/** The formats each command offers, first is the default. */
export const FORMATS: Record<CommandName, FormatName[]> = {
  normalize: ["text", "json", "jsonl"],
  tokenize: ["text", "json", "jsonl", "conll"],
  tag: ["text", "json", "jsonl", "html", "conll"],
  cite: ["text", "json", "jsonl", "html"],
  run: ["jsonl", "json"],
};

export function formatterFor(command: CommandName, format: FormatName): Formatter {
  if (format === "jsonl") return jsonlFormatter;
  switch (command) {
    case "normalize":
      if (format === "json") return jsonFormatter((doc) => ({ id: doc.id, text: doc.normalized?.text, edits: doc.normalized?.edits }));
      return { header: "", item: (doc) => ensureNewline(doc.normalized?.text ?? ""), footer: "" };
    case "tokenize":
      if (format === "json") return jsonFormatter((doc) => ({ id: doc.id, tokens: doc.tokens, sentences: doc.sentences }));
      if (format === "conll") return { header: "", item: tokensToConllU, footer: "" };
      return {
        header: "",
        item: (doc) =>
          idHeader(doc) +
          (doc.tokens ?? [])
            .filter((token) => !isSpace(token.text))
            .map((token) => `${token.start}\t${token.end}\t${token.kind}\t${cell(token.text)}\n`)
            .join(""),
        footer: "",
      };
    case "tag":
      if (format === "json") return jsonFormatter((doc) => ({ id: doc.id, entities: doc.entities }));
      // toConll splits tokens at entity edges, so «ب|مايكروسوفت» gives "ب O" and "مايكروسوفت B-ORG".
      if (format === "conll") return { header: "", item: (doc) => toConll(doc.text, doc.entities ?? []) + "\n", footer: "" };
      if (format === "html") {
        return {
          header: HTML_HEAD("qalam tag"),
          // toHtml escapes all text and attributes and isolates Latin runs in <bdi>.
          item: (doc) => `${docHeading(doc)}<article>${toHtml(doc.text, doc.entities ?? [])}</article>\n`,
          footer: HTML_FOOT,
        };
      }
      return {
        header: "",
        item: (doc) =>
          idHeader(doc) +
          (doc.entities ?? [])
            .map(
              (entity) =>
                [entity.start, entity.end, entity.type, cell(entity.text), entity.canonical ?? "", entity.id ?? "", entity.value === undefined ? "" : JSON.stringify(entity.value)].join("\t") + "\n",
            )
            .join(""),
        footer: "",
      };
    case "cite":
      if (format === "json") return jsonFormatter((doc) => doc.metadata);
      if (format === "html") {
        return {
          header: HTML_HEAD("qalam cite"),
          // formatCitation's html output escapes the text and isolates each run in <bdi>.
          item: (doc) => `<p>${(doc.citations ?? []).map((citation) => citation.value).join("<br>\n")}</p>\n`,
          footer: HTML_FOOT,
        };
      }
      return { header: "", item: (doc) => (doc.citations ?? []).map((citation) => ensureNewline(citation.value)).join(""), footer: "" };
    case "run":
      return jsonFormatter((doc) => doc);
  }
}

function ensureNewline(text: string): string {
  return text.endsWith("\n") ? text : text + "\n";
}
