import { describe, expect, it } from "vitest";
import entries from "./fixtures/entries.json";
import { buildTagger } from "../src/tagger.js";
import type { EntityEntry } from "../src/entry.js";
import type { Entity } from "../src/types.js";

const tagger = buildTagger({ entries: entries as EntityEntry[], givenNames: { ar: ["مصطفى", "عمر", "كيفن", "نيفين"], en: ["Kevin"] } });
const pick = (list: Entity[]) => list.map((e) => [e.text, e.type, e.id ?? null, e.prefix ?? null]);

describe("gazetteer matching", () => {
  it("links both scripts and spelling variants to one id", () => {
    expect(pick(tagger.tag("مايكروسوفت و Microsoft و ميكروسوفت"))).toEqual([
      ["مايكروسوفت", "ORG", "org:microsoft", null],
      ["Microsoft", "ORG", "org:microsoft", null],
      ["ميكروسوفت", "ORG", "org:microsoft", null],
    ]);
  });
  it("matches Latin names case- and space-insensitively, without the possessive", () => {
    expect(pick(tagger.tag("Open AI و Openai و OPENAI وفقا لإعلان Microsoft’s"))).toEqual([
      ["Open AI", "ORG", "org:openai", null],
      ["Openai", "ORG", "org:openai", null],
      ["OPENAI", "ORG", "org:openai", null],
      ["Microsoft", "ORG", "org:microsoft", null],
    ]);
  });
  it("excludes glued proclitics from the span and reports them", () => {
    const text = "بمايكروسوفت لـOpenAI وOpenAI ل(OpenAI) بـ Open AI للإمارات";
    expect(pick(tagger.tag(text))).toEqual([
      ["مايكروسوفت", "ORG", "org:microsoft", "ب"],
      ["OpenAI", "ORG", "org:openai", "لـ"],
      ["OpenAI", "ORG", "org:openai", "و"],
      ["OpenAI", "ORG", "org:openai", "ل"],
      ["Open AI", "ORG", "org:openai", "بـ"],
      ["إمارات", "LOCATION", "location:uae", "لل"],
    ]);
  });
  it("does not strip a letter that belongs to the name", () => {
    expect(pick(tagger.tag("زار بريطانيا"))).toEqual([["بريطانيا", "LOCATION", "location:britain", null]]);
  });
  it("matches diacritics, tatweel and hamza variants through normalization", () => {
    expect(pick(tagger.tag("مَايْكرُوســوفت وأوبن ايه اي"))).toEqual([
      ["مَايْكرُوســوفت", "ORG", "org:microsoft", null],
      ["أوبن ايه اي", "ORG", "org:openai", "و"],
    ]);
  });
  it("matches short Latin names only case-exactly", () => {
    expect(pick(tagger.tag("شرائح AMD و amd"))).toEqual([["AMD", "ORG", "org:amd", null]]);
  });
  it("keeps a multi-word name whole and prefers the longest", () => {
    expect(pick(tagger.tag("في الإمارات العربية المتحدة"))).toEqual([
      ["الإمارات العربية المتحدة", "LOCATION", "location:uae", null],
    ]);
  });
  it("finds a multi-word name after the same first word stood alone (words of one type answer alike only within the word)", () => {
    const found = tagger.tag("التقى سام بالفريق، ثم تحدث سام ألتمان");
    expect(found.map((e) => [e.text, e.id, e.source])).toContainEqual(["سام ألتمان", "person:sam-altman", "gazetteer"]);
  });
  it("gives two entities with one id for side-by-side spellings", () => {
    const found = tagger.tag("روبوت الدردشة “شات جي بي تي ChatGPT”");
    expect(pick(found)).toEqual([
      ["شات جي بي تي", "PRODUCT", "product:chatgpt", null],
      ["ChatGPT", "PRODUCT", "product:chatgpt", null],
    ]);
  });
  it("derives surnames of people and resolves them in context", () => {
    expect(pick(tagger.tag("بقيادة ناديلا وصف Altman"))).toEqual([
      ["ناديلا", "PERSON", "person:satya-nadella", null],
      ["Altman", "PERSON", "person:sam-altman", null],
    ]);
  });
});

describe("names not in the gazetteer", () => {
  it("takes a Latin run in Arabic text as a name candidate, skipping acronyms", () => {
    expect(pick(tagger.tag("شراكة بين Inflection الناشئة ومؤتمر Allen & Co ونماذج AGI"))).toEqual([
      ["Inflection", "ORG", null, null],
      ["Allen & Co", "ORG", null, null],
    ]);
  });
  it("links an unlisted Arabic transliteration by its romanization key", () => {
    expect(pick(tagger.tag("إعلان مشروع ستارجيت"))).toEqual([["ستارجيت", "PRODUCT", "product:stargate", null]]);
  });
  it("finds people from given names and titles", () => {
    expect(pick(tagger.tag("كما يتولى مصطفى سليمان، الرئيس التنفيذي السابق"))).toEqual([["مصطفى سليمان", "PERSON", null, null]]);
    expect(pick(tagger.tag("من جانبه أوضح سكوت، كبير مسؤولي التكنولوجيا"))).toEqual([["سكوت", "PERSON", null, null]]);
    expect(pick(tagger.tag("مع عمر سلطان العلما، وزير الذكاء الاصطناعي"))).toEqual([["عمر سلطان العلما", "PERSON", null, null]]);
  });
  it("finds organisations after a trigger word", () => {
    expect(pick(tagger.tag("أعلنت شركة زيلونيكس عن"))).toEqual([["زيلونيكس", "ORG", null, null]]);
    expect(pick(tagger.tag("أعلنت شركة ناشئة عن"))).toEqual([]);
    // «ل» and a consonant start what the company does, not its name's next word.
    expect(pick(tagger.tag("وأعلنت شركة توترز لتوصيل الطلبات"))).toEqual([["توترز", "ORG", null, null]]);
    expect(pick(tagger.tag("وأعلنت شركة سيتي لايت عن"))[0]?.[0]).toBe("سيتي لايت");
  });

  it("tags an unlisted name listed between two tagged ones once", () => {
    // «"زيلونيكس"» is reached forwards from Oracle and backwards from SoftBank.
    expect(pick(tagger.tag("تتنافس «أوراكل» و«زيلونيكس» و«سوفت بنك» على العقد"))).toEqual([
      ["أوراكل", "ORG", "org:oracle", null],
      ["زيلونيكس", "ORG", null, "و"],
      ["سوفت بنك", "ORG", "org:softbank", "و"],
    ]);
  });
});

describe("contextual names and weak evidence", () => {
  const withContext = buildTagger({
    entries: [
      ...(entries as EntityEntry[]),
      { id: "org:careem", type: "ORG", canonical: "Careem", names: { en: ["Careem"] }, contextual: { ar: ["كريم"] } },
      { id: "org:inflection-ai", type: "ORG", canonical: "Inflection AI", names: { en: ["Inflection AI"] }, contextual: { en: ["Inflection"] } },
      { id: "product:teams", type: "PRODUCT", canonical: "Microsoft Teams", names: { en: ["Microsoft Teams"] }, contextual: { en: ["Teams"] }, parent: "org:microsoft" },
    ],
    givenNames: { ar: ["يان", "حصة", "محمد"], "ar-ambiguous": ["حصة"] },
  });
  it("links a name that is also a common word only after a trigger", () => {
    expect(pick(withContext.tag("استحوذت أوبر على شركة كريم"))).toEqual([["كريم", "ORG", "org:careem", null]]);
    expect(pick(withContext.tag("رجل كريم"))).toEqual([]);
  });
  it("links the other Latin mentions of a name a trigger settled", () => {
    expect(pick(withContext.tag("بين Inflection الناشئة و موظفي شركة Inflection"))).toEqual([
      ["Inflection", "ORG", "org:inflection-ai", null],
      ["Inflection", "ORG", "org:inflection-ai", null],
    ]);
  });
  it("links a capitalized contextual name when the text names its parent", () => {
    expect(pick(withContext.tag("أطلقت مايكروسوفت تحديثا لبرنامج Teams"))).toEqual([
      ["مايكروسوفت", "ORG", "org:microsoft", null],
      ["Teams", "PRODUCT", "product:teams", null],
    ]);
    expect(pick(withContext.tag("تنافست Teams كثيرة"))).toEqual([["Teams", "ORG", null, null]]);
  });
  it("does not split a preposition off a word to find a given name, nor start a name with an ambiguous one", () => {
    expect(pick(withContext.tag("في بيان رسمي"))).toEqual([]);
    expect(pick(withContext.tag("حصة أكبر من الإيرادات"))).toEqual([]);
    expect(pick(withContext.tag("قال ومحمد يوسف"))).toEqual([["محمد يوسف", "PERSON", null, "و"]]);
  });
});

describe("a tagger's vocabulary", () => {
  const make = () => buildTagger({ entries: entries as EntityEntry[], givenNames: { ar: ["مصطفى", "عمر", "كيفن", "نيفين"], en: ["Kevin"] } });
  const text = "قال سام ألتمان إن OpenAI ستعمل مع مايكروسوفت، وأضاف ألتمان أن ستارجيت بدأ في تكساس. والتقى السيد مصطفى سليمان بـ Open AI";
  it("tags a text as a new tagger does after it met many other words, and after it was emptied", () => {
    const expected = make().tag(text);
    const used = make();
    used.tag(text.replace(/ألتمان/gu, "ألتمانز"));
    expect(used.tag(text)).toEqual(expected);
    // More distinct words than a vocabulary keeps (131,072), in one text: the next text
    // starts from an emptied vocabulary, skeletons and all.
    const letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
    const many = Array.from({ length: 140_000 }, (_, i) => {
      let word = "";
      for (let n = i + 1; n > 0; n = Math.floor(n / letters.length)) word += letters[n % letters.length];
      return word + "ن";
    });
    used.tag(many.join(" "));
    expect(used.tag(text)).toEqual(expected);
    expect(used.tag(text)).toEqual(expected);
  });
});
