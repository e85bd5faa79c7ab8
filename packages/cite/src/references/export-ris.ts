import type { CslItem } from "../csl-item.js";
import { dateParts, itemList, names, pad2 } from "./export-shared.js";
import type { DateParts } from "./dates.js";
import { cleanText } from "./text-utils.js";
import { safeLink } from "./url.js";

const RIS_TYPES: Record<string, string> = {
  "article-newspaper": "NEWS",
  "article-magazine": "MGZN",
  "article-journal": "JOUR",
  webpage: "ELEC",
  "post-weblog": "BLOG",
  book: "BOOK",
  report: "RPRT",
};

function risDate(d: DateParts): string {
  return `${String(d.year).padStart(4, "0")}/${d.month ? pad2(d.month) : ""}/${d.day ? pad2(d.day) : ""}/`;
}

/**
 * Serializes items as RIS: one `XX  - value` tag per line (CRLF), values on one line (line
 * breaks inside a value become spaces), each record closed by `ER  - `.
 */
export function toRis(items: CslItem | readonly CslItem[]): string {
  const list = itemList(items, "toRis");
  const records = list.map((item) => {
    const lines: string[] = [];
    const tag = (name: string, value: unknown): void => {
      const text = cleanText(value);
      if (text) lines.push(`${name}  - ${text}`);
    };
    tag("TY", RIS_TYPES[cleanText(item.type)] ?? "GEN");
    for (const n of names(item)) {
      const family = [n.nonDroppingParticle, n.family].filter(Boolean).join(" ");
      const given = [n.given, n.droppingParticle].filter(Boolean).join(" ");
      tag("AU", n.literal || [family, given, n.suffix].filter(Boolean).join(", "));
    }
    tag("TI", item.title);
    tag("TT", item["title-translated"]);
    tag(item.type === "article-journal" ? "JO" : "T2", item["container-title"]);
    tag("PB", item.publisher);
    tag("VL", item.volume);
    tag("IS", item.issue);
    const pages = cleanText(item.page).split(/[-\u2013]+/).map((p) => p.trim());
    tag("SP", pages[0]);
    tag("EP", pages[1]);
    const issued = dateParts(item.issued);
    if (issued) {
      tag("PY", String(issued.year));
      tag("DA", risDate(issued));
    }
    tag("DO", item.DOI);
    tag("UR", safeLink(item.URL));
    const accessed = dateParts(item.accessed);
    if (accessed) tag("Y2", risDate(accessed));
    tag("LA", item.language);
    lines.push("ER  - ");
    return lines.join("\r\n");
  });
  return records.join("\r\n\r\n") + (records.length ? "\r\n" : "");
}
