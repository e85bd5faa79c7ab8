// The README's examples, run as written.
import { describe, expect, it } from "vitest";
import { createTagger, romanizationKey, tagEntities, toConll } from "../src/index.js";

describe("README examples", () => {
  it("spelling variants and proclitics", () => {
    expect(tagEntities("مايكروسوفت و Open AI: شراكة مع بمايكروسوفت ولـOpenAI، وMicrosoft’s").map((e) => [e.text, e.id, e.prefix ?? null])).toEqual([
      ["مايكروسوفت", "org:microsoft", null],
      ["Open AI", "org:openai", null],
      ["مايكروسوفت", "org:microsoft", "ب"],
      ["OpenAI", "org:openai", "ولـ"],
      ["Microsoft", "org:microsoft", "و"],
    ]);
  });
  it("a transliteration nobody listed", () => {
    const tagger = createTagger({ entities: [{ id: "product:zephyrix", type: "PRODUCT", canonical: "Zephyrix", names: { en: ["Zephyrix"] } }] });
    expect(tagger.tag("أطلقت الشركة منصة زيفيريكس الجديدة")).toEqual([
      { start: 18, end: 26, text: "زيفيريكس", type: "PRODUCT", canonical: "Zephyrix", id: "product:zephyrix", confidence: 0.75, source: "romanization" },
    ]);
  });
  it("Hijri dates", () => {
    expect(tagEntities("بدأ في 15 رمضان 1447 هـ، وينتهي مع نهاية ذي الحجة 1446هـ").map((e) => [e.text, e.value])).toEqual([
      ["15 رمضان 1447 هـ", "2026-03-04"],
      ["نهاية ذي الحجة 1446هـ", "2025-05-28/2025-06-25"],
    ]);
  });
  it("CoNLL", () => {
    expect(toConll("وقال سام ألتمان لـOpenAI", tagEntities("وقال سام ألتمان لـOpenAI"))).toBe("وقال\tO\nسام\tB-PERSON\nألتمان\tI-PERSON\nلـ\tO\nOpenAI\tB-ORG\n");
  });
  it("romanization keys", () => {
    expect([romanizationKey("ستارجيت"), romanizationKey("Stargate"), romanizationKey("شات جي بي تي"), romanizationKey("ChatGPT")]).toEqual(["strgt", "strgt", "ctgbt", "ctgbt"]);
  });
  it("side-by-side spellings share an id", () => {
    expect(tagEntities("شات جي بي تي ChatGPT").map((e) => [e.text, e.id])).toEqual([
      ["شات جي بي تي", "product:chatgpt"],
      ["ChatGPT", "product:chatgpt"],
    ]);
  });
});
