import fc from "fast-check";

/** Characters that break naive text code: lone surrogates, NUL, U+FFFD, BOM, bidi and zero-width controls. */
const hostileChars = [
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\u0000", "\uFFFD", "\uFEFF",
  "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
  "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\r", "\r\n", "\n\n", "\t", "\u00A0",
];

const arabicLetters = fc.string({
  unit: fc.integer({ min: 0x0621, max: 0x064a }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 8,
});
const marks = fc.string({ unit: fc.integer({ min: 0x064b, max: 0x065f }).map((c) => String.fromCharCode(c)), maxLength: 4 });
const latinWord = fc.constantFrom("OpenAI", "Open AI", "Microsoft’s", "ChatGPT", "GPT-4.5", "v2.0", "https://openai.com/blog", "Łódź", "Allen & Co", "AGI");
const number = fc.constantFrom("13.75", "١٣٫٧٥", "20%", "٪٢٠", "11:02", "2025", "24", "1,000,000", "3", "٣");
const proclitic = fc.constantFrom("", "و", "ب", "ل", "لـ", "بـ", "وال", "لل", "ف", "ك", "وب");
const arabicName = fc.constantFrom("مايكروسوفت", "أوبن إيه آي", "جوجل", "غوغل", "إنفيديا", "سام ألتمان", "رويترز", "القاهرة", "ستارجيت", "شات جي بي تي");
const monthOrUnit = fc.constantFrom("يوليو", "أكتوبر", "كانون الثاني", "تشرين الأول", "مليار دولار", "مليارات دولار", "مليون يورو", "في المئة", "ص", "م", "الأحد", "الماضي");
const cue = fc.constantFrom("قال", "وأكد", "بحسب", "وفقًا لـ", "المصدر:", "خاص:", "نقلًا عن", "مصادر مطلعة");
const quote = fc.constantFrom("“", "”", "«", "»", "\"", "(", ")", "،", "؛", "؟", ".", " ", " ", " ", "\n");

/** Arabic-like text: clitic + name + number + month, mixed with Latin, quotes and punctuation, so deep paths are reached. */
export const arabicLikeText = fc
  .array(
    fc.oneof(
      fc.tuple(proclitic, arabicName).map(([p, n]) => p + n),
      fc.tuple(proclitic, latinWord).map(([p, n]) => p + n),
      fc.tuple(number, fc.constantFrom(" ", ""), monthOrUnit).map(([n, s, m]) => n + s + m),
      fc.tuple(arabicLetters, marks).map(([l, m]) => l + m),
      cue,
      quote,
      fc.constantFrom(...hostileChars),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(" "));

/** Any string at all: arbitrary code units (lone surrogates included), hostile characters, and Arabic-like text. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...hostileChars), { maxLength: 20 }).map((a) => a.join("")) },
  { weight: 5, arbitrary: arabicLikeText },
);

/** How many runs each fuzz property gets: 10,000 in CI; `pnpm fuzz` raises it. */
export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 10_000);
