import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractMetadata } from "../src/extract/index.js";
import type { ArticleMetadata, MetadataSpans } from "../src/extract/index.js";

const seed = (name: string): string => readFileSync(new URL(`../../../apps/demo/articles/${name}`, import.meta.url), "utf8");

/** Every span in custom.spans slices to the field value it explains. */
function expectSpansMatch(text: string, item: ArticleMetadata): void {
  const spans: MetadataSpans = item.custom.spans;
  const at = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  if (spans.title) expect(at(spans.title)).toBe(item.title);
  if (spans["container-title"]) expect(at(spans["container-title"])).toBe(item["container-title"]);
  if (spans["original-source"]) expect(at(spans["original-source"])).toBe(item.custom["original-source"]);
  if (spans.author) {
    expect(spans.author).toHaveLength(item.author!.length);
    spans.author.forEach((s, i) => {
      const name = item.author![i]!;
      expect(at(s).replace(/\s+/gu, " ")).toBe([name.given, name.family].filter(Boolean).join(" ") || name.literal);
    });
  }
}

describe("extractMetadata", () => {
  it("reads the seed article with a bare byline and the «11:02 ص, الأحد, 20 أكتوبر 24» dateline", () => {
    const text = seed("001_6af2c00f009b238d.txt");
    const item = extractMetadata(text);
    expect(item).toMatchObject({
      type: "article-newspaper",
      language: "ar",
      title: "تهدد الاستثمارات في OpenAI.. شراكة جديدة بين Inflection الناشئة ومايكروسوفت",
      author: [{ given: "نيفين", family: "نبيل" }],
      issued: { "date-parts": [[2024, 10, 20]] },
      custom: { time: "11:02" },
    });
    expect(text.slice(item.custom.spans.issued!.start, item.custom.spans.issued!.end)).toBe("20 أكتوبر 24");
    expect(text.slice(item.custom.spans.time!.start, item.custom.spans.time!.end)).toBe("11:02 ص");
    expect(item["container-title"]).toBeUndefined();
    expectSpansMatch(text, item);
  });

  it("reads credit lines at the bottom: «خاص:» is the outlet, «المصدر:» the original source", () => {
    const text = seed("004_b29aba7545540c32.txt");
    const item = extractMetadata(text);
    expect(item["container-title"]).toBe("إيجيبت14");
    expect(item.custom["original-source"]).toBe("نيويورك تايمز");
    expect(item.author).toBeUndefined();
    expect(item.issued).toBeUndefined(); // the caption dates are not a dateline
    expectSpansMatch(text, item);
  });

  it("never invents: a lede too long for a headline gives no title, nothing else is found", () => {
    const text = seed("002_bd8d1aa5cee301b9.txt");
    const item = extractMetadata(text);
    expect(item).toEqual({ type: "article-newspaper", language: "ar", custom: { spans: {} } });
  });

  it("takes the first sentence of a long first line when it is headline-sized", () => {
    const item = extractMetadata(seed("003_965477567bfe7891.txt"));
    expect(item.title).toBe("OpenAI تخفض نسبة إيراداتها مع مايكروسوفت بصورة كبيرة، مما يعكس تحولًا في استراتيجيات الشراكات التجارية.");
  });

  it("drops a trailing site name from the headline and keeps it as the outlet", () => {
    const a = extractMetadata("ارتفاع أسعار الذهب في مصر اليوم | مصراوي\n\nنص الخبر.");
    expect(a.title).toBe("ارتفاع أسعار الذهب في مصر اليوم");
    expect(a["container-title"]).toBe("مصراوي");
    // After a dash only an outlet the gazetteer knows (or a short Latin name) is a site name.
    const b = extractMetadata("ارتفاع أسعار الذهب في مصر اليوم - مصراوي\nنص الخبر.");
    expect(b.title).toBe("ارتفاع أسعار الذهب في مصر اليوم");
    expect(b["container-title"]).toBe("مصراوي");
    expect(extractMetadata("ارتفاع أسعار الذهب في مصر اليوم – Masrawy\nنص.")["container-title"]).toBe("Masrawy");
    expect(extractMetadata("السيسي يستقبل رئيس وزراء اليابان - صور\nنص.").title).toBe("السيسي يستقبل رئيس وزراء اليابان - صور");
    // A dash inside a headline stays when what follows is not a site name.
    const c = extractMetadata("مايكروسوفت - شراكة جديدة مع OpenAI في مجال الحوسبة\nنص.");
    expect(c.title).toBe("مايكروسوفت - شراكة جديدة مع OpenAI في مجال الحوسبة");
    expect(c["container-title"]).toBeUndefined();
  });

  it("reads labelled, dashed and multi-author bylines", () => {
    expect(extractMetadata("عنوان الخبر هنا اليوم\nكتب: محمد نبيل\nنص").author).toEqual([{ given: "محمد", family: "نبيل" }]);
    expect(extractMetadata("عنوان الخبر هنا اليوم\nبقلم أحمد أبو زيد\nنص").author).toEqual([{ given: "أحمد", family: "أبو زيد" }]);
    expect(extractMetadata("عنوان الخبر هنا اليوم\n– محمد نبيل\nنص").author).toEqual([{ given: "محمد", family: "نبيل" }]);
    const multi = "عنوان الخبر هنا اليوم\nكتب: محمد نبيل وأحمد علي، سارة حسن\nنص";
    const item = extractMetadata(multi);
    expect(item.author).toEqual([
      { given: "محمد", family: "نبيل" },
      { given: "أحمد", family: "علي" },
      { given: "سارة", family: "حسن" },
    ]);
    expectSpansMatch(multi, item);
    expect(extractMetadata("عنوان الخبر هنا اليوم\nبقلم: د. محمد نبيل، أ/ سارة حسن\nنص").author).toEqual([
      { given: "محمد", family: "نبيل" },
      { given: "سارة", family: "حسن" },
    ]);
    expect(extractMetadata("عنوان الخبر هنا اليوم\nكتب - محمد نبيل | اليوم السابع\nنص").author).toEqual([{ given: "محمد", family: "نبيل" }]);
    // A sentence that merely starts with a name is not a byline.
    expect(extractMetadata("عنوان الخبر هنا اليوم\nمحمد نبيل يقول إن السوق تتغير بسرعة كبيرة\nنص").author).toBeUndefined();
  });

  it("reads a dateline with a label, a Levantine month, or at the bottom", () => {
    const a = extractMetadata("عنوان الخبر هنا اليوم\nنشر في: الأحد 20 تشرين الأول 2024 - 09:15 مساءً\nنص");
    expect(a.issued).toEqual({ "date-parts": [[2024, 10, 20]] });
    expect(a.custom.time).toBe("21:15");
    const b = extractMetadata("عنوان الخبر هنا اليوم\nنص الخبر الطويل هنا.\n٢٠/١٠/٢٠٢٤");
    expect(b.issued).toEqual({ "date-parts": [[2024, 10, 20]] });
    const hijri = extractMetadata("عنوان الخبر هنا اليوم\n17 ربيع الآخر 1446 هـ\nنص", { dateline: { calendar: "hijri" } });
    expect(hijri.issued).toEqual({ "date-parts": [[2024, 10, 20]] });
    expect(hijri.custom["issued-hijri"]).toBe("1446-04-17");
  });

  it("lets options supply and override any field", () => {
    const text = seed("001_6af2c00f009b238d.txt");
    const item = extractMetadata(text, {
      URL: "https://example.com/a",
      accessed: "2025-11-25",
      "container-title": "المال",
      author: ["نيفين نبيل", { literal: "فريق التحرير" }],
      issued: "2024-10-21",
      publisher: "المال نيوز",
      id: "almal-2024",
    });
    expect(item).toMatchObject({
      id: "almal-2024",
      URL: "https://example.com/a",
      accessed: { "date-parts": [[2025, 11, 25]] },
      "container-title": "المال",
      publisher: "المال نيوز",
      issued: { "date-parts": [[2024, 10, 21]] },
      author: [{ given: "نيفين", family: "نبيل" }, { literal: "فريق التحرير" }],
    });
    // A field given in options has no span: it did not come from the text.
    expect(item.custom.spans.issued).toBeUndefined();
    expect(item.custom.spans.author).toBeUndefined();
    expect(item.custom.spans.title).toBeDefined();
  });

  it("accepts pre-tagged entities", () => {
    const text = "عنوان الخبر هنا اليوم\nزيد عمرو\nنص";
    expect(extractMetadata(text, { entities: [] }).author).toBeUndefined();
    const tagged = extractMetadata(text, { entities: [{ start: 22, end: 30, text: "زيد عمرو", type: "PERSON" }] });
    expect(tagged.author).toEqual([{ given: "زيد", family: "عمرو" }]);
  });

  it("handles empty and odd input", () => {
    expect(extractMetadata("")).toEqual({ type: "article-newspaper", language: "ar", custom: { spans: {} } });
    expect(extractMetadata("\n\n   \n").title).toBeUndefined();
    expect(() => extractMetadata(undefined as unknown as string)).toThrow(/articleText/);
    expect(() => extractMetadata(5 as unknown as string)).toThrow(TypeError);
  });

  it("never throws; every span slices to its field; deterministic", () => {
    const pieces = fc.constantFrom("كتب: ", "محمد نبيل", "\n", " | ", "مصراوي", "11:02 ص", ", ", "الأحد", "20 أكتوبر 24", "المصدر: ", "خاص: ", "رويترز", "عنوان", " - ", "“", "\ud800", "\u202b");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 30 }).map((a) => a.join(""))), (text) => {
        const item = extractMetadata(text);
        expect(extractMetadata(text)).toEqual(item);
        for (const span of Object.values(item.custom.spans).flat() as Array<{ start: number; end: number }>) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
        }
        expectSpansMatch(text, item);
      }),
    );
  });
});
