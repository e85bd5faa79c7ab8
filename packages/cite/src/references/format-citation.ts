import type { CslItem } from "../csl-item.js";
import { readItem } from "./item-view.js";
import { resolveOptions, type FormatCitationOptions, type StyleContext } from "./options.js";
import { EntryBuilder, render } from "./output.js";
import { apaBibliography, apaInText } from "./styles/apa.js";
import { chicagoBibliography, chicagoNote, chicagoShortNote } from "./styles/chicago.js";
import { mlaBibliography, mlaInText } from "./styles/mla.js";
import type { ItemView } from "./item-view.js";

type Formatter = (b: EntryBuilder, item: ItemView, ctx: StyleContext) => void;

const FORMATTERS: Record<string, Formatter> = {
  "apa/bibliography": apaBibliography,
  "apa/in-text": apaInText,
  "mla/bibliography": mlaBibliography,
  "mla/in-text": mlaInText,
  "chicago/bibliography": chicagoBibliography,
  "chicago/note": chicagoNote,
  "chicago/in-text": chicagoShortNote,
};

/**
 * Formats one CSL-JSON item as a reference (bibliography entry), a Chicago note, or an in-text
 * citation, in APA 7, MLA 9 or Chicago 17 (notes and bibliography), in Arabic or English, as
 * text, HTML or Markdown. Each field is isolated by its direction (see `bidi`).
 *
 * @throws TypeError when `item` is not an object or an option is invalid (the message names it).
 * @throws CiteError with `onMissing: "throw"` when the title is missing or a date is invalid.
 *
 * @example
 * formatCitation(item, { style: "apa", locale: "ar", kind: "in-text", bidi: "none" }) // "(نبيل، 2024)"
 */
export function formatCitation(item: CslItem, options: FormatCitationOptions): string {
  if (item === null || typeof item !== "object" || Array.isArray(item)) throw new TypeError("formatCitation: item must be a CSL-JSON object");
  const ctx = resolveOptions(options);
  const formatter = FORMATTERS[`${ctx.style}/${ctx.kind}`];
  if (!formatter) throw new TypeError(`formatCitation: options.kind "${ctx.kind}" is not available for style "${ctx.style}"`);
  const view = readItem(item, ctx);
  const builder = new EntryBuilder({ punctuationInQuote: ctx.terms.punctuationInQuote, dropCommaAfterQuestion: ctx.dropCommaAfterQuestion });
  formatter(builder, view, ctx);
  return render(builder.pieces, {
    format: ctx.format,
    bidi: ctx.bidi,
    dir: ctx.terms.dir,
    lang: ctx.lang,
    quotes: ctx.quotes,
    element: ctx.kind === "bibliography" ? "div" : "span",
  });
}
