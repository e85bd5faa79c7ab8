import { describe, expect, test } from "vitest";
import { normalize, normalizeWithEdits } from "@qalam/normalize";

// Expected outputs of the search preset, one case per operation, Arabic and mixed.
const cases: Array<[string, string, string]> = [
  ["NFC: decomposed hamza composes, then folds", "ا\u0654حمد", "احمد"],
  ["NFC: decomposed madda", "ا\u0653من", "امن"],
  ["presentation forms to base letters", "ﻣﺮﺣﺒﺎ", "مرحبا"],
  ["lam-alef ligature keeps its hamza before folding", "ﻷ", "لا"],
  ["controls removed", "مر\u200Dحبا\u200F \u202Bنص\u202C \u2067x\u2069\uFEFF", "مرحبا نص x"],
  ["ZWNJ removed by search", "می\u200Cخواهم", "ميخواهم"],
  ["NBSP and thin spaces to U+0020", "كلمة\u00A0أخرى\u2009و\u3000", "كلمه اخري و "],
  ["CRLF and CR to LF", "سطر\r\nسطر\rسطر", "سطر\nسطر\nسطر"],
  ["harakat and tanween", "كَتَبَ مُحَمَّدٌ", "كتب محمد"],
  ["superscript alef and Quranic marks", "هٰذا ذٰلِكَ ﷺ صلىۖ", "هذا ذلك صلي الله عليه وسلم صلي"],
  ["tatweel", "كـتـاب لـOpenAI", "كتاب لOpenAI"],
  ["alef forms", "أحمد إبراهيم آمن ٱلله", "احمد ابراهيم امن الله"],
  ["alef maksura to yeh", "على مستشفى", "علي مستشفي"],
  ["teh marbuta to heh", "مدرسة جميلة", "مدرسه جميله"],
  ["hamza carriers", "مؤتمر سئل", "موتمر سيل"],
  ["Persian and Urdu letters", "کتاب یک ے ۀ ہ ھ", "كتاب يك ي ه ه ه"],
  ["Arabic-Indic and Persian digits", "٢٠٣٠ و۱۴۰۲", "2030 و1402"],
  ["number separators", "٣٫٥٪ و١٬٠٠٠", "3.5% و1,000"],
];

describe("search preset", () => {
  for (const [name, input, expected] of cases) {
    test(name, () => {
      expect(normalize(input, "search")).toBe(expected);
      expect(normalize(input)).toBe(expected);
      expect(normalizeWithEdits(input, "search").text).toBe(expected);
    });
  }

  test("text outside Arabic comes out as it went in", () => {
    const samples = [
      "https://openai.com/blog?q=1&x=2#top",
      "GPT-4.5 v2.0 1,000.50 50%",
      "Łódź, Kraków, Zürich, naïve café",
      "e\u0301 (decomposed stays decomposed)",
      "漢字かなカナ 한국어 中文",
      "emoji 😀👍🏽 👨‍👩‍👧 🇸🇦",
      "tab\there",
      "\uD800 lone \uDC00 surrogates",
    ];
    for (const sample of samples) expect(normalize(sample, "search")).toBe(sample);
    const mixed = "أعلنت OpenAI عن GPT-4.5 عبر https://openai.com/blog في Łódź 😀";
    expect(normalize(mixed, "search")).toBe("اعلنت OpenAI عن GPT-4.5 عبر https://openai.com/blog في Łódź 😀");
  });

  test("edits map a match in the normalized text back to the original", () => {
    const source = "وَصَلَ مُحَمَّدٌ إلى المَدْرَسَةِ";
    const { text, edits } = normalizeWithEdits(source, "search");
    expect(text).toBe("وصل محمد الي المدرسه");
    const start = text.indexOf("المدرسه");
    const span = edits.mapSpanToSource(start, start + "المدرسه".length);
    expect(source.slice(span.start, span.end)).toBe("المَدْرَسَةِ");
    const name = text.indexOf("محمد");
    const nameSpan = edits.mapSpanToSource(name, name + 4);
    expect(source.slice(nameSpan.start, nameSpan.end)).toBe("مُحَمَّدٌ");
  });

  test("a deleted tatweel stays with the letter before it", () => {
    const source = "لـOpenAI";
    const { text, edits } = normalizeWithEdits(source, "search");
    const start = text.indexOf("OpenAI");
    const span = edits.mapSpanToSource(start, start + 6);
    expect(source.slice(span.start, span.end)).toBe("OpenAI");
    const prefix = edits.mapSpanToSource(0, 1);
    expect(source.slice(prefix.start, prefix.end)).toBe("لـ");
  });

  test("unchanged text returns identity edits", () => {
    const { text, edits } = normalizeWithEdits("hello", "search");
    expect(text).toBe("hello");
    expect(edits.hasChanges).toBe(false);
    expect(edits.toJSON()).toEqual([5]);
  });

  test("bad arguments throw a TypeError naming them", () => {
    expect(() => normalize(42 as unknown as string)).toThrow(/text must be a string/);
    expect(() => normalizeWithEdits(null as unknown as string)).toThrow(/text/);
    expect(() => normalize("x", "fast" as "search")).toThrow(/options/);
    expect(() => normalize("x", { foldYeh: "y" as "ي" })).toThrow(/options\.foldYeh/);
    expect(() => normalize("x", { diacritic: true } as object)).toThrow(/options\.diacritic/);
    expect(() => normalize("x", { tatweel: 1 as unknown as boolean })).toThrow(/options\.tatweel/);
  });
});
