import type { EntryBuilder } from "../output.js";
import type { StyleContext } from "../options.js";
import { invertedName, naturalName, shortName, type NameParts, type NameStyle } from "../names.js";
import { addField, type ItemView } from "../item-view.js";

export type NameForm = "inverted" | "natural" | "short";

export interface ListRule {
  /** How the first name and the others are printed. */
  first: NameForm;
  rest: NameForm;
  /** The connector before the last name: "and" ("and " / «و») or "ampersand" ("& " / «و»). */
  connector: "and" | "ampersand";
  /** Comma before the connector with two names ("Smith, J., & Doe, J."). */
  commaWithTwo: boolean;
  /** Comma before the connector with three or more names. */
  serialComma: boolean;
  /** With more than `etAlMin` names, print the first `etAlUseFirst` then "et al.". */
  etAlMin: number;
  etAlUseFirst: number;
  /** Comma before "et al." ("A1, X., X. A2, … X. A7, et al." vs "Al One et al."). */
  commaBeforeEtAl: boolean;
  /** APA 7: with 21 or more names print the first 19, an ellipsis and the last. */
  apaEllipsis?: boolean;
  nameStyle: NameStyle;
}

function nameText(parts: NameParts, form: NameForm, style: NameStyle): string {
  if (form === "inverted") return invertedName(parts, style);
  if (form === "natural") return naturalName(parts, style);
  return shortName(parts);
}

/** Adds a list of names, one field per name, with the locale's connectors. Returns false when empty. */
export function addNameList(b: EntryBuilder, names: readonly NameParts[], item: ItemView, ctx: StyleContext, rule: ListRule): boolean {
  if (names.length === 0) return false;
  const t = ctx.terms;
  const add = (i: number): void => {
    const parts = names[i];
    if (parts) addField(b, nameText(parts, i === 0 ? rule.first : rule.rest, rule.nameStyle), item, ctx);
  };
  // English "and " / "& " end with a space; Arabic «و» has none: it is written joined to the next name.
  const connector = rule.connector === "and" ? t.andPrefix : t.ampersandPrefix;
  if (rule.apaEllipsis && names.length >= 21) {
    for (let i = 0; i < 19; i++) {
      if (i > 0) b.lit(t.comma);
      add(i);
    }
    b.lit(t.comma + t.ellipsis + " ");
    add(names.length - 1);
    return true;
  }
  if (names.length > rule.etAlMin) {
    for (let i = 0; i < rule.etAlUseFirst; i++) {
      if (i > 0) b.lit(t.comma);
      add(i);
    }
    if (rule.commaBeforeEtAl) b.punct(t.comma.trimEnd());
    b.lit(" " + t.etAl);
    return true;
  }
  for (let i = 0; i < names.length; i++) {
    if (i > 0) {
      const isLast = i === names.length - 1;
      if (!isLast) b.lit(t.comma);
      else {
        const comma = names.length === 2 ? rule.commaWithTwo : rule.serialComma;
        if (comma) b.punct(t.comma.trimEnd());
        b.lit(" " + connector);
      }
    }
    add(i);
  }
  return true;
}
