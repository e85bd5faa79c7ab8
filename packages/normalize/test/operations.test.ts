import { describe, expect, test } from "vitest";
import { normalize, normalizeWithEdits, type NormalizeOptions } from "@qalam/normalize";

// Each operation switched on alone (preset "none" + one option): input → expected output.
const only: Array<[string, NormalizeOptions, string, string]> = [
  ["nfc composes hamza above", { nfc: true }, "ا\u0654 و\u0654 ي\u0654", "أ ؤ ئ"],
  ["nfc composes madda and hamza below", { nfc: true }, "ا\u0653 ا\u0655", "آ إ"],
  ["nfc reorders marks in Arabic runs", { nfc: true }, "م\u0651\u064E", "م\u064E\u0651"],
  ["nfc leaves Latin runs alone", { nfc: true }, "Cafe\u0301 ب", "Cafe\u0301 ب"],
  ["presentationForms: letters", { presentationForms: true }, "ﺑﺴﻢ ﺍﻟﻠﻪ", "بسم الله"],
  ["presentationForms: lam-alef keeps hamza and madda", { presentationForms: true }, "ﻷ ﻹ ﻵ ﻻ", "لأ لإ لآ لا"],
  ["presentationForms: ligature words", { presentationForms: true }, "ﷲ ﷺ", "الله صلى الله عليه وسلم"],
  ["removeControls", { removeControls: true }, "\u200Bا\u200Eب\u202Bج\u202Cد\u2067ه\u2069و\u061Cز\uFEFFح", "ابجدهوزح"],
  ["removeControls removes ZWNJ next to Arabic", { removeControls: true }, "می\u200Cخواهم", "میخواهم"],
  ["keepZwnj keeps it", { removeControls: true, keepZwnj: true }, "می\u200Cخواهم", "می\u200Cخواهم"],
  ["removeControls keeps ZWJ in emoji sequences", { removeControls: true }, "👨\u200D👩\u200D👧", "👨\u200D👩\u200D👧"],
  ["removeControls keeps ZWNJ in Indic text", { removeControls: true }, "क्\u200Cष", "क्\u200Cष"],
  ["spaces", { spaces: true }, "ا\u00A0ب\u2002ج\u202Fد\u3000ه\tو", "ا ب ج د ه\tو"],
  ["newlines", { newlines: true }, "ا\r\nب\rج\n\rد", "ا\nب\nج\n\nد"],
  ["diacritics: harakat", { diacritics: true }, "مُحَمَّدٌ كِتَابًا", "محمد كتابا"],
  ["diacritics: dagger alef and Quranic marks", { diacritics: true }, "الرَّحْمٰنِ ۚ ﷽", "الرحمن  ﷽"],
  ["diacritics: maddah and hamza marks", { diacritics: true }, "ب\u0653\u0654\u0655", "ب"],
  ["tatweel", { tatweel: true }, "جـــميل", "جميل"],
  ["foldAlef", { foldAlef: true }, "أ إ آ ٱ ا", "ا ا ا ا ا"],
  ["foldYeh ي", { foldYeh: "ي" }, "على في", "علي في"],
  ["foldYeh ى", { foldYeh: "ى" }, "علي في على", "على فى على"],
  ["foldTehMarbuta", { foldTehMarbuta: true }, "مدينة", "مدينه"],
  ["foldHamzaCarriers", { foldHamzaCarriers: true }, "سؤال مسائل", "سوال مسايل"],
  ["foldPersian", { foldPersian: true }, "ک ی ے ۀ ہ ھ", "ك ي ي ه ه ه"],
  ["digits latn", { digits: "latn" }, "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "0123456789 0123456789"],
  ["digits arab", { digits: "arab" }, "عام 2030 و10:30", "عام ٢٠٣٠ و١٠:٣٠"],
  ["digits arab keeps versions and Latin words", { digits: "arab" }, "نموذج GPT-4.5 و v2.0 و 2030", "نموذج GPT-4.5 و v2.0 و ٢٠٣٠"],
  ["digits arab only in lines with Arabic", { digits: "arab" }, "in 2030\nفي 2030", "in 2030\nفي ٢٠٣٠"],
  ["numberSeparators", { numberSeparators: true }, "٣٫٥ ١٬٠٠٠ ٥٠٪", "٣.٥ ١,٠٠٠ ٥٠%"],
  ["arabicPunctuation between Arabic words", { arabicPunctuation: true }, "نعم, لا; ربما? حسنا", "نعم، لا؛ ربما؟ حسنا"],
  ["arabicPunctuation at line end", { arabicPunctuation: true }, "هل هذا صحيح?\nنعم", "هل هذا صحيح؟\nنعم"],
  ["arabicPunctuation leaves Latin and numbers", { arabicPunctuation: true }, "شركة OpenAI, Inc. و 1,000 وx,y", "شركة OpenAI, Inc. و 1,000 وx,y"],
  ["spacingPunctuation before punctuation", { spacingPunctuation: true }, "الذكاء الاصطناعي : صفقة ، نعم . لا ؟ بل ! و ؛", "الذكاء الاصطناعي: صفقة، نعم. لا؟ بل! و؛"],
  ["spacingPunctuation inside parentheses", { spacingPunctuation: true }, "نماذج ( AGI ) .", "نماذج (AGI)."],
  ["spacingPunctuation keeps line starts and ends", { spacingPunctuation: true }, "  . نص (  \n( نص", "  . نص (  \n(نص"],
  ["spacingPunctuation leaves Latin-only lines", { spacingPunctuation: true }, "x = y ? a : b ( c )", "x = y ? a : b ( c )"],
  ["quotes: a mismatched pair turns", { quotes: true }, "الشهير ” ChatGPT ” و “ نص “", "الشهير “ ChatGPT ” و “ نص ”"],
  ["quotes: a proper pair stays", { quotes: true }, "قال “نعم” ثم ”", "قال “نعم” ثم ”"],
  ["collapseSpaces", { collapseSpaces: true }, "كلمة    أخرى  و\n\nفقرة", "كلمة أخرى و\n\nفقرة"],
];

describe("each operation alone", () => {
  for (const [name, options, input, expected] of only) {
    test(name, () => {
      const all: NormalizeOptions = { preset: "none", ...options };
      expect(normalize(input, all)).toBe(expected);
      const { text, edits } = normalizeWithEdits(input, all);
      expect(text).toBe(expected);
      expect(edits.sourceLength).toBe(input.length);
      expect(edits.destinationLength).toBe(expected.length);
    });
  }

  test("preset none changes nothing", () => {
    const text = "أَحْمَد\u00A0ﻷ ٣ , ” x ”";
    expect(normalize(text, "none")).toBe(text);
  });

  test("options override the preset", () => {
    expect(normalize("أَحْمَد", { diacritics: false })).toBe("اَحْمَد");
    expect(normalize("أَحْمَد", { preset: "search", foldAlef: false })).toBe("أحمد");
    expect(normalize("٢٠٣٠ ,", { preset: "display", digits: "latn" })).toBe("2030 ,");
    expect(normalize("على", { foldYeh: false })).toBe("على");
    expect(normalize("قال , نعم", { preset: "display", arabicPunctuation: false })).toBe("قال, نعم");
  });
});

describe("display preset", () => {
  test("fixes spacing before punctuation and inside brackets and quotes", () => {
    expect(normalize("نماذج الذكاء العام الاصطناعي ( AGI ) .", "display")).toBe("نماذج الذكاء العام الاصطناعي (AGI).");
    expect(normalize("روبوت الدردشة الشهير ” ChatGPT ” .", "display")).toBe("روبوت الدردشة الشهير “ChatGPT”.");
    expect(normalize("المنتهي في 2030 .", "display")).toBe("المنتهي في 2030.");
    expect(normalize("قال « نعم » .", "display")).toBe("قال «نعم».");
  });

  test("keeps orthography, diacritics, digits and ZWNJ", () => {
    const text = "أَحْمَد على مدرسة ٢٠٣٠ می\u200Cخواهم";
    expect(normalize(text, "display")).toBe(text);
  });

  test("collapses spaces and keeps paragraph breaks", () => {
    expect(normalize("فقرة   أولى\u00A0 هنا\r\n\r\nفقرة ثانية", "display")).toBe("فقرة أولى هنا\n\nفقرة ثانية");
  });

  test("composes again what a removed tatweel or control exposes", () => {
    expect(normalize("ا\u0640\u0653", "display")).toBe("آ");
    expect(normalize("ا\u200D\u0654", "display")).toBe("أ");
    expect(normalize("\uFE8D\u0654", "display")).toBe("أ");
    const { text, edits } = normalizeWithEdits("با\u0640\u0653ب", "display");
    expect(text).toBe("بآب");
    expect(edits.mapSpanToSource(1, 2)).toEqual({ start: 1, end: 4 });
  });

  test("removes tatweel and controls, composes and unfolds presentation forms", () => {
    expect(normalize("جـميل\u200F ﻷ ا\u0654", "display")).toBe("جميل لأ أ");
  });

  test("a joiner between spaces is judged by what lies beyond them (idempotent)", () => {
    // Found by the cross-package fuzz suite: the ZWJ was kept between two spaces, the space
    // before ؛ went, and a second run then removed the ZWJ that now touched ؛.
    expect(normalize("13.75 يوليو \u200d ؛", "display")).toBe("13.75 يوليو؛");
    expect(normalize("قال \u200d .", "display")).toBe("قال.");
    expect(normalize("قال \u200c .", "display")).toBe("قال \u200c."); // display keeps ZWNJ
    expect(normalize("( \u200d\u200e نعم )", "display")).toBe("(نعم)");
    expect(normalize("نعم \u00a0\u200d\u00a0 ،", "display")).toBe("نعم،");
    // Beyond the spaces there is no Arabic: kept, as in emoji and Indic text.
    expect(normalize("x \u200d y ب", "display")).toBe("x \u200d y ب");
    const joiners = ["\u200c", "\u200d", "\u200d\u200c", "\u200e\u200d", "\u200d\u200f\u200c"];
    const gaps = [" ", "  ", "\u00a0", " \u2009"];
    const punctuation = [".", "،", "؛", ":", "؟", "!", ")", ",", ";", "?", "»"];
    const words = ["يوليو", "GPT", "2030", "😀"];
    for (const joiner of joiners) {
      for (const gap of gaps) {
        for (const word of words) {
          for (const mark of punctuation) {
            for (const input of [
              `ب ${word}${gap}${joiner}${gap}${mark} ب`,
              `ب (${gap}${joiner}${gap}${word} ب`,
              `ب «${gap}${joiner}${gap}${word}${gap}${joiner}${gap}» ب`,
              `ب ”${gap}${joiner}${gap}${word}${gap}${joiner}${gap}” ب`,
            ]) {
              const once = normalize(input, "display");
              expect(normalize(once, "display"), JSON.stringify(input)).toBe(once);
            }
          }
        }
      }
    }
  });

  test("Latin punctuation between Arabic words becomes Arabic", () => {
    expect(normalize("نعم , لا ; ربما ?", "display")).toBe("نعم، لا؛ ربما؟");
  });

  test("text outside Arabic comes out as it went in", () => {
    const samples = [
      "https://openai.com/blog",
      "GPT-4.5 ( v2.0 ) , done ?",
      "Łódź  Kraków",
      "漢字  かな",
      "😀 👨\u200D👩\u200D👧",
    ];
    for (const sample of samples) expect(normalize(sample, "display")).toBe(sample);
  });
});
