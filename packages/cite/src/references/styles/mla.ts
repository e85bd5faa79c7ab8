import type { EntryBuilder } from "../output.js";
import type { StyleContext } from "../options.js";
import { addDate, addField, addLink, addTitle, dateText, hasDate, numberText, titleText, type ItemView } from "../item-view.js";
import { addNameList, type ListRule } from "./name-list.js";
import { trimEnd } from "./apa.js";

// MLA 9th edition, as the official CSL style (modern-language-association.csl) prints articles:
// Author. “Title.” Container, vol., no., Date, pp., URL. Accessed Date.

function listRule(ctx: StyleContext, inText: boolean): ListRule {
  const nameStyle = { initials: false, arabicInitials: false, demoteParticle: false, comma: ctx.terms.comma };
  if (inText) {
    return { first: "short", rest: "short", connector: "and", commaWithTwo: false, serialComma: false, etAlMin: 2, etAlUseFirst: 1, commaBeforeEtAl: false, nameStyle };
  }
  return { first: "inverted", rest: "natural", connector: "and", commaWithTwo: true, serialComma: true, etAlMin: 2, etAlUseFirst: 1, commaBeforeEtAl: true, nameStyle };
}

export function mlaBibliography(b: EntryBuilder, item: ItemView, ctx: StyleContext): void {
  const t = ctx.terms;
  if (addNameList(b, item.authors, item, ctx, listRule(ctx, false))) b.punct(". ");
  addTitle(b, item, ctx, { titleCase: true, quoted: true, italic: false });
  b.punct(". ");
  // The container's elements are one list separated by commas.
  let first = true;
  const next = (): void => {
    if (!first) b.punct(t.comma);
    first = false;
  };
  if (item.container) {
    next();
    addField(b, item.container, item, ctx, { italic: true });
  }
  if (item.volume) {
    next();
    b.lit(t.volume + " " + numberText(item.volume, ctx));
  }
  if (item.issue) {
    next();
    b.lit(t.issue + " " + numberText(item.issue, ctx));
  }
  if (hasDate(item.issued)) {
    next();
    addDate(b, dateText(item.issued, ctx, "short"), item.issued, item, ctx);
  }
  if (item.page) {
    next();
    b.lit((/[\u2013,]/.test(item.page) ? t.pages : t.page) + " " + numberText(item.page, ctx));
  }
  if (item.link) {
    next();
    addLink(b, item);
  }
  if (!first) b.punct(". ");
  if (!hasDate(item.issued) && hasDate(item.accessed)) {
    b.lit(t.accessedMla + " ");
    addDate(b, dateText(item.accessed, ctx, "short"), item.accessed, item, ctx);
    b.punct(". ");
  }
  trimEnd(b);
}

/** MLA in-text citation: (Author), (A and B), (A et al.), («Title»). */
export function mlaInText(b: EntryBuilder, item: ItemView, ctx: StyleContext): void {
  const t = ctx.terms;
  b.lit(t.parens[0]);
  if (!addNameList(b, item.authors, item, ctx, listRule(ctx, true))) {
    const text = titleText(item, ctx, { titleCase: true, nested: true });
    if (text) addField(b, text, item, ctx, { quoted: true });
    else b.lit(t.untitled);
  }
  b.lit(t.parens[1]);
}
