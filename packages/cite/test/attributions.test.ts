import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../src/extract/index.js";
import type { Attribution } from "../src/extract/index.js";

const seed = (name: string): string => readFileSync(new URL(`../../../apps/demo/articles/${name}`, import.meta.url), "utf8");

/** A compact view: cue text, source text, anonymous, quote text, direct. */
function view(a: Attribution) {
  return {
    cue: a.cue.text,
    lemma: a.cue.lemma,
    source: a.source?.text,
    anonymous: a.anonymous,
    quote: a.quote?.text,
    direct: a.quote?.direct,
  };
}

function only(text: string) {
  const list = extractAttributions(text);
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe("extractAttributions", () => {
  it("reads a reporting verb, its named source and a direct quote after a colon", () => {
    const text = "قال ألتمان في بيان رسمي له: “نحن ممتنون للغاية لشراكتنا مع مايكروسوفت. لقد كانت الرهانات كبيرة”.";
    const a = only(text);
    expect(view(a)).toEqual({
      cue: "قال",
      lemma: "قال",
      source: "ألتمان",
      anonymous: false,
      quote: "نحن ممتنون للغاية لشراكتنا مع مايكروسوفت. لقد كانت الرهانات كبيرة",
      direct: true,
    });
    expect(a.source).toMatchObject({ entityId: "person:sam-altman", canonical: "Sam Altman", type: "PERSON" });
  });

  it("pairs quotation marks by position, whatever their glyph direction", () => {
    expect(only("وقال ألتمان: ” نحن ممتنون “.").quote).toMatchObject({ text: "نحن ممتنون", direct: true });
    expect(only("وقال ألتمان: ” نحن ممتنون ”.").quote).toMatchObject({ text: "نحن ممتنون", direct: true });
    expect(only("وقال ألتمان: «نحن ممتنون».").quote?.text).toBe("نحن ممتنون");
    expect(only("وقال ألتمان: »نحن ممتنون«.").quote?.text).toBe("نحن ممتنون");
    expect(only('وقال ألتمان: "نحن ممتنون".').quote?.text).toBe("نحن ممتنون");
    // A nested quote of the other family stays inside.
    expect(only("قال ناديلا: «وصفها بأنها “أفضل شراكة” في القطاع».").quote?.text).toBe("وصفها بأنها “أفضل شراكة” في القطاع");
  });

  it("reads «وصف … بأنها “…”» and a quote before its cue", () => {
    expect(view(only("وصف ألتمان في السابق شراكة OpenAI مع مايكروسوفت بأنها “أفضل علاقة صداقة في مجال التكنولوجيا”."))).toMatchObject({
      cue: "وصف",
      source: "ألتمان",
      quote: "أفضل علاقة صداقة في مجال التكنولوجيا",
      direct: true,
    });
    expect(view(only("“سنواصل الاستثمار”، قال ناديلا."))).toMatchObject({ cue: "قال", source: "ناديلا", quote: "سنواصل الاستثمار", direct: true });
  });

  it("reads indirect content after أن/إن and a source before its verb", () => {
    expect(view(only("وأكدت مايكروسوفت أن شراكتها مع OpenAI ستستمر حتى عام 2030."))).toMatchObject({
      cue: "أكدت",
      lemma: "أكد",
      source: "مايكروسوفت",
      quote: "أن شراكتها مع OpenAI ستستمر حتى عام 2030",
      direct: false,
    });
    expect(view(only("لكن التحديثات الجديدة تشير إلى أن هذه النسبة قد تتراجع."))).toMatchObject({
      cue: "تشير",
      lemma: "أشار",
      source: "التحديثات الجديدة",
      quote: "أن هذه النسبة قد تتراجع",
    });
    expect(view(only("الآن، ستواصل الجهة الإشراف على الشركة، كما أكد الرئيس التنفيذي سام ألتمان."))).toMatchObject({
      cue: "أكد",
      source: "الرئيس التنفيذي سام ألتمان",
      quote: "الآن، ستواصل الجهة الإشراف على الشركة",
      direct: false,
    });
    expect(view(only("أعلنت الشركة عن خطط لتقليل المشاركة المالية، مما يؤثر على الأرباح."))).toMatchObject({
      cue: "أعلنت",
      source: "الشركة",
      quote: "خطط لتقليل المشاركة المالية",
    });
  });

  it("keeps a quote whose speaker is a dropped subject, without a source", () => {
    const a = only("وأضاف: «سنواصل العمل مع شركائنا».");
    expect(view(a)).toEqual({ cue: "أضاف", lemma: "أضاف", source: undefined, anonymous: false, quote: "سنواصل العمل مع شركائنا", direct: true });
  });

  it("marks anonymous sources", () => {
    for (const [text, source] of [
      ["أفادت مصادر مطلعة بأن الشركة ستخفض حصتها.", "مصادر مطلعة"],
      ["وقال مصدر مسؤول إن المفاوضات مستمرة.", "مصدر مسؤول"],
      ["ويقول مسؤولون إن الاتفاق قريب.", "مسؤولون"],
      ["وقال مسؤولون في مايكروسوفت إن الاتفاق قريب.", "مسؤولون في مايكروسوفت"],
      ["وذكرت مصادر في الحكومة أن الاتفاق قريب.", "مصادر في الحكومة"],
      ["وقال مسئولون إن الاتفاق قريب.", "مسئولون"], // the Egyptian spelling of the hamza seat
      ["أعاد ناديلا النظر في الأمر، وفقًا لأربعة أشخاص مطلعين على المحادثات.", "أربعة أشخاص مطلعين على المحادثات"],
      ["تقول المصادر القريبة من الأمر إن Microsoft على استعداد للتنازل.", "المصادر القريبة من الأمر"],
    ] as const) {
      const a = only(text);
      expect(a.source?.text).toBe(source);
      expect(a.anonymous).toBe(true);
    }
    expect(only("وقال ساتيا ناديلا إن المفاوضات مستمرة.").anonymous).toBe(false);
    const reportedly = only("وبحسب ما ورد تعمل الشركة على جعل ذراعها الربحية مستقلة.");
    expect(view(reportedly)).toMatchObject({ cue: "بحسب ما ورد", source: undefined, anonymous: true, quote: "تعمل الشركة على جعل ذراعها الربحية مستقلة" });
  });

  it("reads «وفقًا لـ»: content after it at the sentence start, before it at the end", () => {
    const start = only("وفقًا للاتفاقات الحالية، كانت OpenAI ملتزمة بمشاركة 20% من إيراداتها.");
    expect(view(start)).toMatchObject({ cue: "وفقًا ل", lemma: "وفقا ل", source: "لاتفاقات الحالية", quote: "كانت OpenAI ملتزمة بمشاركة 20% من إيراداتها" });
    const end = only("أعاد ناديلا النظر في الأمر، وفقًا لما أفاد به أربعة أشخاص مطلعين على المحادثات.");
    expect(view(end)).toMatchObject({ cue: "وفقًا لما أفاد به", source: "أربعة أشخاص مطلعين على المحادثات", quote: "أعاد ناديلا النظر في الأمر", anonymous: true });
    const glued = only("وفقًا لـOpenAI، ستبقى الشراكة قائمة.");
    expect(view(glued)).toMatchObject({ cue: "وفقًا لـ", source: "OpenAI", quote: "ستبقى الشراكة قائمة" });
    expect(glued.source?.entityId).toBe("org:openai");
    expect(view(only("ستبقى الشراكة قائمة حتى 2030 حسب رويترز."))).toMatchObject({ cue: "حسب", source: "رويترز", quote: "ستبقى الشراكة قائمة حتى 2030" });
  });

  it("flags outlets and agencies, and a relayed source shares its content", () => {
    const list = extractAttributions("وفقًا لمصادر مطلعة نقلتها وكالة بلومبرغ، تركز المحادثات على شروط جديدة.");
    expect(list.map(view)).toEqual([
      { cue: "وفقًا ل", lemma: "وفقا ل", source: "مصادر مطلعة", anonymous: true, quote: "تركز المحادثات على شروط جديدة", direct: false },
      { cue: "نقلتها", lemma: "نقل", source: "وكالة بلومبرغ", anonymous: false, quote: "تركز المحادثات على شروط جديدة", direct: false },
    ]);
    expect(list[1]!.source).toMatchObject({ outlet: true, entityId: "org:bloomberg" });
    expect(only("ذكرت صحيفة محلية أن الصفقة اكتملت.").source).toMatchObject({ text: "صحيفة محلية", outlet: true });
    // «نقلت X عن Y قوله»: the agency and the source it relays, one content.
    expect(extractAttributions("ونقلت وكالة رويترز عن مصدر حكومي قوله إن المحادثات ستستأنف.").map(view)).toEqual([
      { cue: "نقلت", lemma: "نقل", source: "وكالة رويترز", anonymous: false, quote: "إن المحادثات ستستأنف", direct: false },
      { cue: "عن", lemma: "نقل عن", source: "مصدر حكومي", anonymous: true, quote: "إن المحادثات ستستأنف", direct: false },
    ]);
    const credit = only("نص الخبر\nالمصدر: نيويورك تايمز");
    expect(credit).toMatchObject({ cue: { text: "المصدر:", lemma: "المصدر" }, source: { text: "نيويورك تايمز", outlet: true }, anonymous: false });
    expect(credit.quote).toBeUndefined();
  });

  it("ignores cues inside a quotation and cue words with no attribution", () => {
    expect(extractAttributions("قال ألتمان: “كما قال ناديلا إن الأمر صعب”.")).toHaveLength(1);
    expect(extractAttributions("أكدت هذه الخطوة كيف أصبحت الشركتان متشابكتين.")).toEqual([]);
    expect(extractAttributions("هذا المشروع يؤكد على التركيز على الابتكار.")).toEqual([]);
    expect(extractAttributions("روبوت الدردشة الشهير ” ChatGPT ” .")).toEqual([]);
  });

  it("reads common news constructions", () => {
    expect(view(only("«لن نقبل بأي حلول جزئية»، قال رئيس الوزراء في مؤتمر صحفي."))).toMatchObject({
      cue: "قال",
      source: "رئيس الوزراء",
      quote: "لن نقبل بأي حلول جزئية",
      direct: true,
    });
    // «وزارة» starts with و but is no conjunction: the source runs on.
    expect(only("وأوضح المتحدث الرسمي باسم وزارة الخارجية، أحمد أبو زيد، أن مصر ترفض أي تدخل.").source?.text).toBe(
      "المتحدث الرسمي باسم وزارة الخارجية",
    );
    // Guillemets glued to «لـ» enclose an outlet's name, not a quote.
    expect(view(only("وكشف مصدر مطلع لـ«الشرق الأوسط» عن أن الاتفاق سيوقع خلال أيام."))).toMatchObject({
      cue: "كشف",
      source: "مصدر مطلع",
      anonymous: true,
      quote: "أن الاتفاق سيوقع خلال أيام",
      direct: false,
    });
    expect(view(only("وحذر خبراء اقتصاديون من أن ارتفاع أسعار الفائدة قد يبطئ النمو."))).toMatchObject({
      lemma: "حذر",
      source: "خبراء اقتصاديون",
      anonymous: true,
      quote: "أن ارتفاع أسعار الفائدة قد يبطئ النمو",
    });
    expect(view(only("وذكرت صحيفة وول ستريت جورنال أن أبل تدرس الاستحواذ على الشركة."))).toMatchObject({
      source: "صحيفة وول ستريت جورنال",
      quote: "أن أبل تدرس الاستحواذ على الشركة",
    });
    expect(only("وذكرت صحيفة وول ستريت جورنال أن أبل تدرس الاستحواذ.").source?.outlet).toBe(true);
  });

  it("reads English cues", () => {
    expect(view(only("The deal will close soon, according to Reuters."))).toMatchObject({ cue: "according to", source: "Reuters", quote: "The deal will close soon" });
  });

  it("finds the seed articles' attributions", () => {
    const list = extractAttributions(seed("001_6af2c00f009b238d.txt"));
    expect(list.map((a) => a.cue.lemma)).toEqual(["وفقا ل", "وصف", "وفقا ل", "قال", "أعرب", "أشار", "وفقا ل", "أوضح", "وفقا ل"]);
    expect(list.filter((a) => a.anonymous).length).toBe(5);
  });

  it("throws a TypeError naming the argument", () => {
    expect(() => extractAttributions(null as unknown as string)).toThrow(/articleText/);
    expect(() => extractAttributions({} as unknown as string)).toThrow(TypeError);
  });

  it("never throws; every span lies in the text and slices to its text; deterministic", () => {
    const pieces = fc.constantFrom("قال ", "وفقًا ل", "مصادر مطلعة", "بحسب ما ورد ", "أن ", "، ", ". ", ":", "“", "”", "«", "»", '"', "ألتمان ", "رويترز", "\n", "المصدر: ", "كما أكد ", "\ud800", "لـ", "ما ", "على ", "دراية ");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(""))), (text) => {
        const list = extractAttributions(text);
        expect(extractAttributions(text)).toEqual(list);
        for (const a of list) {
          for (const part of [a.cue, a.source, a.quote]) {
            if (part === undefined) continue;
            expect(part.start).toBeGreaterThanOrEqual(0);
            expect(part.end).toBeLessThanOrEqual(text.length);
            expect(part.start).toBeLessThan(part.end);
            expect(text.slice(part.start, part.end)).toBe(part.text);
          }
        }
      }),
    );
  });

  it("keeps content within its clause: never past the next cue", () => {
    const list = extractAttributions("ارتفعت الأسعار، وفقًا لرويترز، وانخفضت الأسهم، وفقًا لبلومبرغ.");
    expect(list.map(view)).toMatchObject([
      { cue: "وفقًا ل", source: "رويترز", quote: "ارتفعت الأسعار" },
      { cue: "وفقًا ل", source: "بلومبرغ", quote: "وانخفضت الأسهم" },
    ]);
    // A chain with no sentence end: each content stays short (no text repeated per record).
    const chain = "الأمر كذلك، وفقًا لمصادر مطلعة ".repeat(2000);
    const total = extractAttributions(chain, { entities: [] }).reduce((sum, a) => sum + (a.quote?.text.length ?? 0), 0);
    expect(total).toBeLessThan(chain.length);
  });

  it("scales to a long text: the same records for each repetition", () => {
    const one = seed("001_6af2c00f009b238d.txt");
    const single = extractAttributions(one).length;
    const many = Array.from({ length: 60 }, () => one).join("\n");
    expect(extractAttributions(many)).toHaveLength(single * 60);
  });
});
