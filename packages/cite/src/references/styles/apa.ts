import type { EntryBuilder } from "../output.js";
import type { StyleContext } from "../options.js";
import { addDate, addField, addLink, addLocalField, addTitle, dateText, hasDate, numberText, titleText, yearText, type ItemView } from "../item-view.js";
import { addNameList, type ListRule } from "./name-list.js";

// APA 7th edition, as the official CSL style (apa.csl) prints newspaper, magazine, web page and
// journal articles: Author. (Date). Title. Container. URL

function listRule(ctx: StyleContext, inText: boolean): ListRule {
  const nameStyle = { initials: true, arabicInitials: ctx.arabicInitials, demoteParticle: false, comma: ctx.terms.comma };
  if (inText) {
    return { first: "short", rest: "short", connector: "ampersand", commaWithTwo: false, serialComma: false, etAlMin: 2, etAlUseFirst: 1, commaBeforeEtAl: false, nameStyle };
  }
  return { first: "inverted", rest: "inverted", connector: "ampersand", commaWithTwo: true, serialComma: true, etAlMin: Infinity, etAlUseFirst: 0, commaBeforeEtAl: false, apaEllipsis: true, nameStyle };
}

/** Web pages and posts have an italic title and a plain site name; articles the other way round. */
function titleIsItalic(item: ItemView): boolean {
  return item.type === "webpage" || item.type === "post-weblog" || item.type === "post";
}

export function apaBibliography(b: EntryBuilder, item: ItemView, ctx: StyleContext): void {
  const t = ctx.terms;
  const italicTitle = titleIsItalic(item);
  const hasAuthor = addNameList(b, item.authors, item, ctx, listRule(ctx, false));
  if (!hasAuthor) addTitle(b, item, ctx, { titleCase: false, quoted: false, italic: italicTitle });
  b.punct(". ");
  b.lit(t.parens[0]);
  if (hasDate(item.issued)) addDate(b, dateText(item.issued, ctx, item.type === "article-journal" ? "year" : "apa"), item.issued, item, ctx);
  else addLocalField(b, t.noDate, ctx);
  b.lit(t.parens[1]);
  b.punct(". ");
  if (hasAuthor) {
    addTitle(b, item, ctx, { titleCase: false, quoted: false, italic: italicTitle });
    b.punct(". ");
  }
  if (item.container) {
    addField(b, item.container, item, ctx, { italic: !italicTitle });
    if (item.volume) {
      b.punct(t.comma);
      b.field(numberText(item.volume, ctx), { dir: ctx.terms.dir, lang: ctx.lang, italic: true });
    }
    if (item.issue) b.lit(t.parens[0] + numberText(item.issue, ctx) + t.parens[1]);
    if (item.page) {
      b.punct(t.comma);
      b.lit(numberText(item.page, ctx));
    }
    b.punct(". ");
  }
  if (item.link) {
    if (!hasDate(item.issued) && hasDate(item.accessed)) {
      b.lit(t.retrieved + " ");
      addDate(b, dateText(item.accessed, ctx, "long"), item.accessed, item, ctx);
      b.punct(t.comma);
      b.lit(t.from + " ");
    }
    addLink(b, item);
  }
  trimEnd(b);
}

/** APA in-text citation: (Author, Year), (A & B, Year), (A et al., Year), («Title», Year). */
export function apaInText(b: EntryBuilder, item: ItemView, ctx: StyleContext): void {
  const t = ctx.terms;
  b.lit(t.parens[0]);
  if (!addNameList(b, item.authors, item, ctx, listRule(ctx, true))) {
    const quoted = !titleIsItalic(item);
    const text = titleText(item, ctx, { titleCase: true, nested: quoted });
    if (text) addField(b, text, item, ctx, { quoted, italic: !quoted });
    else b.lit(t.untitled);
  }
  b.punct(t.comma);
  const year = yearText(item.issued, ctx);
  if (year) addDate(b, year, item.issued, item, ctx);
  else addLocalField(b, t.noDate, ctx);
  b.lit(t.parens[1]);
}

/** Removes a trailing space left by the last delimiter. */
export function trimEnd(b: EntryBuilder): void {
  const last = b.pieces[b.pieces.length - 1];
  if (last?.kind === "lit") {
    last.text = last.text.trimEnd();
    if (!last.text) b.pieces.pop();
  }
}
