import { cleanText, hasRtl } from "./text-utils.js";

/** A name ready to print: its parts cleaned, plus whether it is an organisation or an Arabic-script name. */
export interface NameParts {
  family: string;
  given: string;
  droppingParticle: string;
  nonDroppingParticle: string;
  suffix: string;
  /** Set for an organisation (CSL `literal`) or a name with only one part: printed whole. */
  literal: string;
  rtl: boolean;
}

export function readName(name: unknown): NameParts | null {
  if (name === null || typeof name !== "object") {
    if (typeof name === "string" && cleanText(name)) {
      const text = cleanText(name);
      return { family: "", given: "", droppingParticle: "", nonDroppingParticle: "", suffix: "", literal: text, rtl: hasRtl(text) };
    }
    return null;
  }
  const n = name as Record<string, unknown>;
  const parts: NameParts = {
    family: cleanText(n.family),
    given: cleanText(n.given),
    droppingParticle: cleanText(n["dropping-particle"]),
    nonDroppingParticle: cleanText(n["non-dropping-particle"]),
    suffix: cleanText(n.suffix),
    literal: cleanText(n.literal),
    rtl: false,
  };
  if (!parts.literal && !parts.family) {
    // Only a given name: print it as it is (CSL processors do the same).
    parts.literal = parts.given;
    parts.given = "";
  }
  if (!parts.literal && !parts.family) return null;
  parts.rtl = hasRtl(parts.literal || parts.family + parts.given);
  return parts;
}

/** "John Robert" → "J. R.", "Jean-Paul" → "J.-P." (APA's initialize-with ". "). */
export function initials(given: string): string {
  const chunks = given.split(/[\s.]+/).filter(Boolean);
  return chunks
    .map((chunk) =>
      chunk
        .split("-")
        .filter(Boolean)
        .map((piece) => String.fromCodePoint(piece.codePointAt(0) ?? 0x3f).toUpperCase() + ".")
        .join("-"),
    )
    .join(" ");
}

/** Given names that are a single letter get a period ("B" → "B."), as CSL's initialize="false" does. */
export function normalizeInitials(given: string): string {
  return given
    .split(" ")
    .map((word) => (/^\p{Lu}\.?$/u.test(word) ? word.charAt(0) + "." : word))
    .join(" ");
}

export interface NameStyle {
  /** Reduce given names to initials (APA), except Arabic-script names unless `arabicInitials`. */
  initials: boolean;
  arabicInitials: boolean;
  /** Put a non-dropping particle after the given name when inverted (Chicago: "Berg, Jan van der"). */
  demoteParticle: boolean;
  /** The separator between family and given name when inverted: ", " or «، ». */
  comma: string;
}

function givenFor(parts: NameParts, style: NameStyle): string {
  if (!parts.given) return "";
  if (style.initials && (!parts.rtl || style.arabicInitials)) return initials(parts.given);
  return normalizeInitials(parts.given);
}

function join(...words: string[]): string {
  return words.filter(Boolean).join(" ");
}

/** "Family, Given" (sort order). */
export function invertedName(parts: NameParts, style: NameStyle): string {
  if (parts.literal) return parts.literal;
  const given = givenFor(parts, style);
  const family = style.demoteParticle ? parts.family : join(parts.nonDroppingParticle, parts.family);
  const tail = style.demoteParticle ? join(given, parts.droppingParticle, parts.nonDroppingParticle) : join(given, parts.droppingParticle);
  let out = tail ? family + style.comma + tail : family;
  if (parts.suffix) out += style.comma + parts.suffix;
  return out;
}

/** "Given Family" (reading order). */
export function naturalName(parts: NameParts, style: NameStyle): string {
  if (parts.literal) return parts.literal;
  return join(givenFor(parts, style), parts.droppingParticle, parts.nonDroppingParticle, parts.family, parts.suffix);
}

/** The family name with its non-dropping particle, for in-text citations ("van der Berg"). */
export function shortName(parts: NameParts): string {
  if (parts.literal) return parts.literal;
  return join(parts.nonDroppingParticle, parts.family);
}
