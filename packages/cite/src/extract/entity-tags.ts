import { createTagger } from "@qalam/entities";
import type { Entity, Tagger } from "@qalam/entities";

let tagger: Tagger | undefined;

/** The built-in @qalam/entities tagger, compiled once on first use. */
function builtinTagger(): Tagger {
  return (tagger ??= createTagger());
}

/**
 * The entities of `text`: the caller's own list when given (a pipeline has tagged the
 * text already), else the built-in @qalam/entities tagger's. The extractors only read
 * entities to link and recognise names, so a tagger failure leaves them without links
 * instead of failing the extraction.
 */
export function entitiesOf(text: string, given: readonly Entity[] | undefined): readonly Entity[] {
  try {
    const list = given ?? builtinTagger().tag(text);
    return list.filter((e) => validSpan(e, text));
  } catch {
    return [];
  }
}

/** The gazetteer `kind` of a linked entity ("outlet", "agency", "company"…), if any. */
export function entityKind(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  try {
    const kind = builtinTagger().entry(id)?.kind;
    return typeof kind === "string" ? kind : undefined;
  } catch {
    return undefined;
  }
}

/** True for an entity the gazetteer lists as a news outlet or agency. */
export function isOutletEntity(e: Entity): boolean {
  const kind = entityKind(e.id);
  return kind === "outlet" || kind === "agency";
}

function validSpan(e: Entity, text: string): boolean {
  return (
    e !== null && typeof e === "object" && Number.isInteger(e.start) && Number.isInteger(e.end) &&
    e.start >= 0 && e.end <= text.length && e.start < e.end
  );
}
