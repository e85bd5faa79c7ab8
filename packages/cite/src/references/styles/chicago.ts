import type { EntryBuilder } from "../output.js";
import type { StyleContext } from "../options.js";
import { addDate, addField, addLink, addLocalField, addTitle, dateText, hasDate, numberText, titleText, type ItemView } from "../item-view.js";
import { addNameList, type ListRule } from "./name-list.js";
import { trimEnd } from "./apa.js";

// Chicago 17th edition, notes and bibliography, as the official CSL style
// (chicago-notes-bibliography-17th-edition.csl) prints articles and web pages.

function nameStyle(ctx: StyleContext) {
  return { initials: false, arabicInitials: false, demoteParticle: true, comma: ctx.terms.comma };
}

const BIBLIOGRAPHY = (ctx: StyleContext): ListRule => ({
  first: "inverted", rest: "natural", connector: "and", commaWithTwo: true, serialComma: true,
  etAlMin: 10, etAlUseFirst: 7, commaBeforeEtAl: true, nameStyle: nameStyle(ctx),
});
const NOTE = (ctx: StyleContext): ListRule => ({
  first: "natural", rest: "natural", connector: "and", commaWithTwo: false, serialComma: true,
  etAlMin: 3, etAlUseFirst: 1, commaBeforeEtAl: false, nameStyle: nameStyle(ctx),
});
const SHORT_NOTE = (ctx: StyleContext): ListRule => ({ ...NOTE(ctx), first: "short", rest: "short" });

function isWebpage(item: ItemView): boolean {
  return item.type === "webpage" || item.type === "post-weblog" || item.type === "post";
}

function isJournal(item: ItemView): boolean {
  return item.type === "article-journal";
}

/** Journal: "Container 30, no. 2 (2017): 10–20" (the date in parentheses, n.d. when missing). */
function addJournalLocator(b: EntryBuilder, item: ItemView, ctx: StyleContext): void {
  const t = ctx.terms;
  if (item.volume) b.lit(" " + numberText(item.volume, ctx));
  if (item.issue) {
    b.punct(t.comma);
    b.lit(t.issue + " " + numberText(item.issue, ctx));
  }
  b.lit(" " + t.parens[0]);
  if (hasDate(item.issued)) addDate(b, dateText(item.issued, ctx, "long"), item.issued, item, ctx);
  else addLocalField(b, t.noDate, ctx);
  b.lit(t.parens[1]);
  if (item.page) b.lit(t.colon + numberText(item.page, ctx));
}

export function chicagoBibliography(b: EntryBuilder, item: ItemView, ctx: StyleContext): void {
  const t = ctx.terms;
  const web = isWebpage(item);
  let containerAsAuthor = false;
  if (!addNameList(b, item.authors, item, ctx, BIBLIOGRAPHY(ctx))) {
    // With no author, the periodical or site stands first (CMOS 14.207; the CSL style substitutes it).
    if (item.container && !isJournal(item)) {
      addField(b, item.container, item, ctx, { italic: !web });
      containerAsAuthor = true;
      b.punct(". ");
    }
  } else b.punct(". ");
  addTitle(b, item, ctx, { titleCase: true, quoted: true, italic: false });
  b.punct(". ");
  if (isJournal(item)) {
    if (item.container) addField(b, item.container, item, ctx, { italic: true });
    addJournalLocator(b, item, ctx);
    b.punct(". ");
  } else {
    let printed = false;
    if (item.container && !containerAsAuthor) {
      addField(b, item.container, item, ctx, { italic: !web });
      printed = true;
    }
    const date = hasDate(item.issued) ? dateText(item.issued, ctx, "long") : web ? "" : t.noDate;
    if (date) {
      if (printed) b.punct(t.comma);
      if (hasDate(item.issued)) addDate(b, date, item.issued, item, ctx);
      else addLocalField(b, date, ctx);
      printed = true;
    }
    if (printed) b.punct(". ");
  }
  if (!hasDate(item.issued) && hasDate(item.accessed)) {
    b.lit(t.accessedChicagoBibliography + " ");
    addDate(b, dateText(item.accessed, ctx, "long"), item.accessed, item, ctx);
    b.punct(". ");
  }
  if (item.link) {
    addLink(b, item);
    b.punct(". ");
  }
  trimEnd(b);
}

export function chicagoNote(b: EntryBuilder, item: ItemView, ctx: StyleContext): void {
  const t = ctx.terms;
  const web = isWebpage(item);
  if (addNameList(b, item.authors, item, ctx, NOTE(ctx))) b.punct(t.comma);
  addTitle(b, item, ctx, { titleCase: true, quoted: true, italic: false });
  if (isJournal(item)) {
    if (item.container) {
      b.punct(t.comma);
      addField(b, item.container, item, ctx, { italic: true });
    }
    addJournalLocator(b, item, ctx);
  } else {
    if (item.container) {
      b.punct(t.comma);
      addField(b, item.container, item, ctx, { italic: !web });
    }
    if (hasDate(item.issued)) {
      b.punct(t.comma);
      addDate(b, dateText(item.issued, ctx, "long"), item.issued, item, ctx);
    } else if (!web) {
      b.punct(t.comma);
      addLocalField(b, t.noDate, ctx);
    }
  }
  if (!hasDate(item.issued) && hasDate(item.accessed)) {
    b.punct(t.comma);
    b.lit(t.accessedChicagoNote + " ");
    addDate(b, dateText(item.accessed, ctx, "long"), item.accessed, item, ctx);
  }
  if (item.link) {
    b.punct(t.comma);
    addLink(b, item);
  }
  b.punct(".");
  trimEnd(b);
}

/** Chicago short note (used for in-text): Author, “Short Title.” The short title stops at a colon. */
export function chicagoShortNote(b: EntryBuilder, item: ItemView, ctx: StyleContext): void {
  const t = ctx.terms;
  if (addNameList(b, item.authors, item, ctx, SHORT_NOTE(ctx))) b.punct(t.comma);
  const full = titleText(item, ctx, { titleCase: true, nested: true });
  const short = full.split(/[:؛]\s/)[0] ?? full;
  if (short) addField(b, short.trim(), item, ctx, { quoted: true });
  else if (item.container) addField(b, item.container, item, ctx, { italic: true });
  else b.lit(t.untitled);
  b.punct(".");
}
