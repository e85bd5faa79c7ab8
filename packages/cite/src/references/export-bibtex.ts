import type { CslItem } from "../csl-item.js";
import { dateParts, itemList, names, pad2 } from "./export-shared.js";
import type { NameParts } from "./names.js";
import { cleanText } from "./text-utils.js";
import { safeLink } from "./url.js";

const ENTRY_TYPES: Record<string, string> = {
  "article-newspaper": "article",
  "article-magazine": "article",
  "article-journal": "article",
  webpage: "online",
  "post-weblog": "online",
  book: "book",
  report: "report",
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const LATEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Escapes a BibTeX field value: LaTeX specials (braces, backslash, % & $ # _ ~ ^) escaped, line breaks folded; Arabic stays UTF-8. */
export function escapeBibtex(value: string): string {
  return cleanText(value).replace(/[\\{}%&$#_~^]/g, (ch) => LATEX_SPECIALS[ch] ?? ch);
}

function bibName(n: NameParts): string {
  if (n.literal) return `{${escapeBibtex(n.literal)}}`;
  const family = escapeBibtex([n.nonDroppingParticle, n.family].filter(Boolean).join(" "));
  const given = escapeBibtex([n.given, n.droppingParticle].filter(Boolean).join(" "));
  const suffix = escapeBibtex(n.suffix);
  // A family name of several words (بن سلمان) is braced so BibTeX keeps it whole.
  const fam = family.includes(" ") && !n.nonDroppingParticle ? `{${family}}` : family;
  if (suffix) return `${fam}, ${suffix}, ${given}`;
  return given ? `${fam}, ${given}` : fam;
}

function asciiKeyPart(text: string): string {
  return text.normalize("NFKD").replace(/[^a-z0-9]/gi, "");
}

/**
 * Serializes items as BibTeX (BibLaTeX field names: `date`, `urldate`, `journaltitle` is written as
 * `journal` for BibTeX readers too). Keys: the item's `id` when it is a valid key, else
 * family name + year (ASCII), "ref" + position when nothing ASCII is left; duplicates get a, b, ….
 */
export function toBibtex(items: CslItem | readonly CslItem[]): string {
  const list = itemList(items, "toBibtex");
  const used = new Map<string, number>();
  const entries = list.map((item, index) => {
    const authors = names(item);
    const issued = dateParts(item.issued);
    const accessed = dateParts(item.accessed);
    let key = typeof item.id === "string" && /^[\w:.-]+$/.test(item.id) ? item.id : "";
    if (!key) {
      const first = authors[0];
      const base = asciiKeyPart(first ? first.family || first.literal : "") + (issued ? String(issued.year) : "");
      key = /[a-z]/i.test(base) ? base : `ref${index + 1}${issued ? `-${issued.year}` : ""}`;
    }
    const seen = used.get(key) ?? 0;
    used.set(key, seen + 1);
    if (seen > 0) key += String.fromCharCode(0x61 + ((seen - 1) % 26)) + (seen > 26 ? String(seen) : "");

    const fields: [string, string][] = [];
    const add = (name: string, value: unknown, raw = false): void => {
      const text = raw ? String(value) : escapeBibtex(typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
      if (text) fields.push([name, `{${text}}`]);
    };
    if (authors.length) fields.push(["author", `{${authors.map(bibName).join(" and ")}}`]);
    add("title", item.title);
    add("titleaddon", cleanText(item["title-translated"]) ? `[${cleanText(item["title-translated"])}]` : "");
    const type = ENTRY_TYPES[cleanText(item.type)] ?? "misc";
    add(type === "article" ? "journal" : type === "online" ? "organization" : "howpublished", item["container-title"]);
    if (item.type === "article-newspaper") add("entrysubtype", "newspaper");
    add("publisher", item.publisher);
    add("volume", item.volume);
    add("number", item.issue);
    add("pages", typeof item.page === "string" ? item.page.split(/[-\u2013]+/).map((p) => p.trim()).join("--") : "");
    if (issued) {
      add("year", String(issued.year));
      if (issued.month) fields.push(["month", MONTHS[issued.month - 1] ?? ""]);
      add("date", [issued.year, issued.month && pad2(issued.month), issued.day && pad2(issued.day)].filter(Boolean).join("-"));
    }
    const doi = cleanText(item.DOI);
    if (doi && /^10\.\d{4,9}\/\S+$/.test(doi)) add("doi", doi);
    const url = safeLink(item.URL);
    if (url) add("url", url.replace(/[{}\\]/g, (c) => encodeURIComponent(c)), true);
    if (accessed) add("urldate", [accessed.year, accessed.month && pad2(accessed.month), accessed.day && pad2(accessed.day)].filter(Boolean).join("-"));
    add("language", item.language);
    const width = Math.max(...fields.map(([n]) => n.length), 0);
    const body = fields.map(([n, v]) => `  ${n.padEnd(width)} = ${v}`).join(",\n");
    return `@${type}{${key},\n${body}\n}`;
  });
  return entries.join("\n\n") + (entries.length ? "\n" : "");
}
