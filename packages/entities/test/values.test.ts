import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findValues, gregorianToHijri, hijriToGregorian, parseArabicDate, type ValueEntity } from "../src/values/index.js";

type Brief = [type: string, text: string, value: unknown, prefix?: string];
const brief = (text: string, referenceDate?: string): Brief[] =>
  findValues(text, referenceDate ? { referenceDate } : {}).map((e: ValueEntity) =>
    e.prefix ? [e.type, e.text, e.value, e.prefix] : [e.type, e.text, e.value],
  );

describe("findValues: MONEY", () => {
  it("reads an amount in a currency's subunit in the currency, or without value when several share it", () => {
    expect(brief("برسوم لا تتجاوز 100 بيسة، وبسعر 50 هللة، وارتفع 20 سنتا")).toEqual([
      ["MONEY", "100 بيسة", { amount: 0.1, currency: "OMR" }],
      ["MONEY", "50 هللة", { amount: 0.5, currency: "SAR" }],
      ["MONEY", "20 سنتا", undefined],
    ]);
  });
  it("reads the ouguiya by its qualifier: old (MRO) or new (MRU); a bare «أوقية» may be an ounce", () => {
    expect(brief("بلغت 1.2 مليار أوقية قديمة، أي 120 مليون أوقية جديدة، وسعر الأوقية 2400 دولار")).toEqual([
      ["MONEY", "1.2 مليار أوقية قديمة", { amount: 1.2e9, currency: "MRO" }],
      ["MONEY", "120 مليون أوقية جديدة", { amount: 1.2e8, currency: "MRU" }],
      ["MONEY", "2400 دولار", { amount: 2400, currency: "USD" }],
    ]);
  });
  it("reads amounts with number words and currency names", () => {
    expect(brief("بينما استفادت OpenAI من استثمارات مايكروسوفت البالغة 13.75 مليار دولار .")).toEqual([
      ["MONEY", "13.75 مليار دولار", { amount: 13_750_000_000, currency: "USD" }],
    ]);
    expect(brief("قامت مايكروسوفت بدفع ما لا يقل عن 650 مليون دولار لتوظيف معظم الموظفين")).toEqual([
      ["MONEY", "650 مليون دولار", { amount: 650_000_000, currency: "USD" }],
    ]);
    expect(brief("تتوقع خسائر تبلغ 5 مليارات دولار")).toEqual([["MONEY", "5 مليارات دولار", { amount: 5e9, currency: "USD" }]]);
  });

  it("keeps a glued proclitic out of the span", () => {
    expect(brief("مثل الالتزام بـ10 مليارات دولار في يناير")).toEqual([
      ["MONEY", "10 مليارات دولار", { amount: 1e10, currency: "USD" }, "بـ"],
      ["DATE", "يناير", undefined],
    ]);
    expect(brief("صفقة بمليار دولار")).toEqual([["MONEY", "مليار دولار", { amount: 1e9, currency: "USD" }, "ب"]]);
    expect(brief("بِـ10 ملايين يورو")[0]).toEqual(["MONEY", "10 ملايين يورو", { amount: 1e7, currency: "EUR" }, "بِـ"]);
  });

  it("takes a scale word alone as one of it", () => {
    expect(brief("دعم سابق بقيمة مليار دولار")).toEqual([["MONEY", "مليار دولار", { amount: 1e9, currency: "USD" }]]);
    expect(brief("ملياري دولار وخمسة مليارات يورو ونصف مليار جنيه مصري")).toEqual([
      ["MONEY", "ملياري دولار", { amount: 2e9, currency: "USD" }],
      ["MONEY", "خمسة مليارات يورو", { amount: 5e9, currency: "EUR" }, "و"],
      ["MONEY", "نصف مليار جنيه مصري", { amount: 5e8, currency: "EGP" }, "و"],
    ]);
  });

  it("finds vague amounts without inventing a precise value", () => {
    expect(brief("بعد توقيع اتفاقيات لشراء مئات المليارات من الدولارات من القوة الحاسوبية")).toEqual([
      ["MONEY", "مئات المليارات من الدولارات", undefined],
    ]);
    expect(brief("تحقق إيرادات سنوية بمليارات الدولارات")).toEqual([["MONEY", "مليارات الدولارات", undefined, "ب"]]);
    // The definite plurals of the names several currencies share: MONEY, no value.
    expect(brief("باستثمارات تناهز مئات الملايين من الدراهم ومليارات الريالات")).toEqual([
      ["MONEY", "مئات الملايين من الدراهم", undefined],
      ["MONEY", "مليارات الريالات", undefined, "و"],
    ]);
    expect(brief("حرمت الناشرين من مليارات اليوروهات")).toEqual([["MONEY", "مليارات اليوروهات", undefined]]);
    expect(brief("تصل إلى ٣٠٠٠ شيكل")).toEqual([["MONEY", "٣٠٠٠ شيكل", { amount: 3000, currency: "ILS" }]]);
    // Tens of billions of what? No currency, no MONEY.
    expect(brief("دعم محتمل بعشرات المليارات من سوفت بنك")).toEqual([]);
  });

  it("reads Arabic-Indic digits, decimal and thousands separators", () => {
    expect(brief("١٣٫٧٥ مليار دولار")).toEqual([["MONEY", "١٣٫٧٥ مليار دولار", { amount: 13_750_000_000, currency: "USD" }]]);
    expect(brief("1,500,000 دولار و2.5 مليون ريال سعودي")).toEqual([
      ["MONEY", "1,500,000 دولار", { amount: 1_500_000, currency: "USD" }],
      ["MONEY", "2.5 مليون ريال سعودي", { amount: 2_500_000, currency: "SAR" }, "و"],
    ]);
    expect(findValues("0.1 مليار دولار")[0]?.value).toEqual({ amount: 100_000_000, currency: "USD" });
  });

  it("maps currency names and adjectives to ISO codes", () => {
    const codes = (text: string) => findValues(text).map((e) => (e.value as { currency?: string } | undefined)?.currency ?? null);
    expect(codes("100 جنيه مصري، 3 آلاف درهم إماراتي، 20 دينار كويتي، 7 جنيهات إسترلينية، 9 ين، 4 يوان، 50 دولار أمريكي")).toEqual([
      "EGP", "AED", "KWD", "GBP", "JPY", "CNY", "USD",
    ]);
    // «ريال» alone may be Saudi, Qatari, Omani or Yemeni: found, without a value.
    expect(brief("500 ريال")).toEqual([["MONEY", "500 ريال", undefined]]);
  });

  it("reads symbols, codes and English amounts", () => {
    expect(brief("$13.75 billion, 13.75bn USD, US$ 5m, €5bn, £3, ¥100 and 10 million dollars")).toEqual([
      ["MONEY", "$13.75 billion", { amount: 13_750_000_000, currency: "USD" }],
      ["MONEY", "13.75bn USD", { amount: 13_750_000_000, currency: "USD" }],
      ["MONEY", "US$ 5m", { amount: 5_000_000, currency: "USD" }],
      ["MONEY", "€5bn", { amount: 5e9, currency: "EUR" }],
      ["MONEY", "£3", { amount: 3, currency: "GBP" }],
      ["MONEY", "¥100", { amount: 100, currency: "JPY" }],
      ["MONEY", "10 million dollars", { amount: 1e7, currency: "USD" }],
    ]);
    expect(brief("استثمار بقيمة $10 مليارات")).toEqual([["MONEY", "$10 مليارات", { amount: 1e10, currency: "USD" }]]);
  });

  it("does not take a count of people or a bare number for money", () => {
    expect(brief("وفقًا لمقابلات مع 19 شخصًا على دراية بالعلاقة، شراكتهما التي استمرت خمس سنوات")).toEqual([]);
    expect(brief("10 ملايين أفغاني")).toEqual([]);
  });
});

describe("findValues: ranges sharing a unit", () => {
  it("reads two numbers before one unit as one span with no value (a range)", () => {
    expect(brief("بنسب تتراوح بين 15 و25 في المئة، وبين 1.5 و2 مليار يورو، ومن 10 إلى 20%")).toEqual([
      ["PERCENT", "15 و25 في المئة", undefined],
      ["MONEY", "1.5 و2 مليار يورو", undefined],
      ["PERCENT", "10 إلى 20%", undefined],
    ]);
    // The first number may carry its own scale word.
    expect(brief("بقيمة تتراوح بين 5 ملايين و50 مليون ريال")).toEqual([["MONEY", "5 ملايين و50 مليون ريال", undefined]]);
    // A year before «و» is a date.
    expect(brief("في 2024 و25% من الحصة")).toEqual([
      ["DATE", "2024", "2024"],
      ["PERCENT", "25%", { ratio: 0.25 }, "و"],
    ]);
  });
});

describe("findValues: PERCENT", () => {
  it("reads signs and words in both scripts", () => {
    expect(brief("مشاركة حوالي 20% من إيراداتها، قد تتراجع إلى 10% فقط")).toEqual([
      ["PERCENT", "20%", { ratio: 0.2 }],
      ["PERCENT", "10%", { ratio: 0.1 }],
    ]);
    expect(brief("20 % و٢٠٪ و٪٢٠ و20 في المئة و20 في المائة و20 بالمئة و20 بالمائة و12.5 percent")).toEqual([
      ["PERCENT", "20 %", { ratio: 0.2 }],
      ["PERCENT", "٢٠٪", { ratio: 0.2 }, "و"],
      ["PERCENT", "٪٢٠", { ratio: 0.2 }, "و"],
      ["PERCENT", "20 في المئة", { ratio: 0.2 }, "و"],
      ["PERCENT", "20 في المائة", { ratio: 0.2 }, "و"],
      ["PERCENT", "20 بالمئة", { ratio: 0.2 }, "و"],
      ["PERCENT", "20 بالمائة", { ratio: 0.2 }, "و"],
      ["PERCENT", "12.5 percent", { ratio: 0.125 }, "و"],
    ]);
    expect(brief("ارتفعت بنسبة 7 في المائة")).toEqual([["PERCENT", "7 في المائة", { ratio: 0.07 }]]);
  });
});

describe("findValues: TIME", () => {
  it("reads ص/م and day periods", () => {
    expect(brief("11:02 ص, الأحد")).toEqual([["TIME", "11:02 ص", "11:02"]]);
    expect(brief("11:02 م")).toEqual([["TIME", "11:02 م", "23:02"]]);
    expect(brief("12:30 ص و12:15 م")).toEqual([
      ["TIME", "12:30 ص", "00:30"],
      ["TIME", "12:15 م", "12:15", "و"],
    ]);
    expect(brief("يبدأ الاجتماع الساعة 3 عصرًا")).toEqual([["TIME", "3 عصرًا", "15:00"]]);
    expect(brief("الساعة 9 مساءً و10 صباحا")).toEqual([
      ["TIME", "9 مساءً", "21:00"],
      ["TIME", "10 صباحا", "10:00", "و"],
    ]);
    expect(brief("at 7:45 pm")).toEqual([["TIME", "7:45 pm", "19:45"]]);
  });

  it("keeps a 24-hour time as written and leaves an ambiguous hour without value", () => {
    expect(brief("في تمام 18:30")).toEqual([["TIME", "18:30", "18:30"]]);
    expect(brief("والساعة 15")).toEqual([["TIME", "15", "15:00"]]);
    expect(brief("الساعة 3")).toEqual([["TIME", "3", undefined]]);
  });

  it("does not read ratios or bare numbers as times", () => {
    expect(brief("فاز 3:1 ثم 5 م")).toEqual([]);
    expect(brief("25:70")).toEqual([]);
  });
});

describe("findValues: DATE", () => {
  it("is as precise as the text", () => {
    expect(brief("خلال مؤتمر Allen & Co في صن فالي، أيداهو، في يوليو 2025 .")).toEqual([["DATE", "يوليو 2025", "2025-07"]]);
    expect(brief("الأحد, 20 أكتوبر 2024")).toEqual([["DATE", "الأحد, 20 أكتوبر 2024", "2024-10-20"]]);
    expect(brief("20 أكتوبر 24")).toEqual([["DATE", "20 أكتوبر 24", "2024-10-20"]]);
    expect(brief("حتى عام 2030 .")).toEqual([["DATE", "2030", "2030"]]);
  });

  it("reads both Arabic month systems, with or without hamza", () => {
    expect(brief("3 تشرين الثاني 2025 و1 كانون الثاني 2024 وآذار 2024 واذار 2023 وأيار 2022 وشباط 2021 وأيلول 2020")).toEqual([
      ["DATE", "3 تشرين الثاني 2025", "2025-11-03"],
      ["DATE", "1 كانون الثاني 2024", "2024-01-01", "و"],
      ["DATE", "آذار 2024", "2024-03", "و"],
      ["DATE", "اذار 2023", "2023-03", "و"],
      ["DATE", "أيار 2022", "2022-05", "و"],
      ["DATE", "شباط 2021", "2021-02", "و"],
      ["DATE", "أيلول 2020", "2020-09", "و"],
    ]);
    expect(brief("٢٢ ابريل ٢٠٢٥")).toEqual([["DATE", "٢٢ ابريل ٢٠٢٥", "2025-04-22"]]);
  });

  it("needs a reference date for a date without a year, and checks the weekday", () => {
    const text = "أعلنت شركة OpenAI يوم الاثنين 3 نوفمبر أنها وافقت";
    expect(brief(text)).toEqual([["DATE", "الاثنين 3 نوفمبر", undefined]]);
    expect(brief(text, "2025-11-05")).toEqual([["DATE", "الاثنين 3 نوفمبر", "2025-11-03"]]);
    // 3 November was a Monday in 2025, not in 2024 or 2026: the weekday picks the year.
    expect(brief(text, "2026-06-01")).toEqual([["DATE", "الاثنين 3 نوفمبر", "2025-11-03"]]);
    // A weekday that contradicts a written year: the date is found, its value is not trusted.
    expect(brief("الثلاثاء 3 نوفمبر 2025")).toEqual([["DATE", "الثلاثاء 3 نوفمبر 2025", undefined]]);
  });

  it("resolves relative dates against the reference date", () => {
    const ref = "2024-10-20";
    expect(brief("بإقالة ألتمان لفترة وجيزة في نوفمبر الماضي", ref)).toEqual([["DATE", "نوفمبر الماضي", "2023-11"]]);
    expect(brief("في العام الماضي", ref)).toEqual([["DATE", "العام الماضي", "2023"]]);
    // A fiscal year is a date whose bounds the text does not give: no value.
    expect(brief("إيرادات السنة المالية الماضية والعام المالي المقبل", ref)).toEqual([
      ["DATE", "السنة المالية الماضية", undefined],
      ["DATE", "العام المالي المقبل", undefined, "و"],
    ]);
    expect(brief("الشهر المقبل وهذا العام والأسبوع الماضي", ref)).toEqual([
      ["DATE", "الشهر المقبل", "2024-11"],
      ["DATE", "هذا العام", "2024", "و"],
      ["DATE", "الأسبوع الماضي", "2024-W41", "و"],
    ]);
    expect(brief("أمس واليوم وغدًا", ref)).toEqual([
      ["DATE", "أمس", "2024-10-19"],
      ["DATE", "اليوم", "2024-10-20", "و"],
      ["DATE", "غدًا", "2024-10-21", "و"],
    ]);
    expect(brief("الاثنين الماضي", ref)).toEqual([["DATE", "الاثنين الماضي", "2024-10-14"]]);
    expect(brief("نوفمبر المقبل", "2024-11-20")).toEqual([["DATE", "نوفمبر المقبل", "2025-11"]]);
  });

  it("keeps a season with its year", () => {
    expect(brief("في خريف العام الماضي، طرح سام ألتمان", "2024-10-20")).toEqual([["DATE", "خريف العام الماضي", "2023"]]);
    expect(brief("صيف 2024 وربيع عام 2023 والربيع العربي")).toEqual([
      ["DATE", "صيف 2024", "2024"],
      ["DATE", "ربيع عام 2023", "2023", "و"],
    ]);
  });

  it("reads the year of a period compared with the same one of another year («الفترة نفسها من 2025»)", () => {
    expect(brief("مقارنة بالفترة نفسها من 2025، والفترة ذاتها من ٢٠٢٤، ومن 2023 شركة")).toEqual([
      ["DATE", "2025", "2025"],
      ["DATE", "٢٠٢٤", "2024"],
    ]);
  });

  it("keeps a week of a month with its month («من» between), the month's value", () => {
    expect(brief("يبدأ التداول في الأسبوع الأول من ديسمبر، وخلال الأسبوع الأخير من نوفمبر 2026 ارتفع")).toEqual([
      ["DATE", "الأسبوع الأول من ديسمبر", undefined],
      ["DATE", "الأسبوع الأخير من نوفمبر 2026", "2026-11"],
    ]);
    // Not without a month, nor without «من».
    expect(brief("في الأسبوع الأول من التداول، والأسبوع الأول ديسمبر")).toEqual([]);
  });

  it("keeps a quarter or half of a year with its year", () => {
    // The same quarter of another year: a date with its year only.
    expect(brief("مقارنة بالربع المماثل من العام الماضي، ونتائج الربع المماثل", "2026-11-27")).toEqual([["DATE", "الربع المماثل من العام الماضي", "2025", "ب"]]);
    expect(brief("نمت أرباحها في الربع الثالث من 2024 بنسبة 9%").filter(([type]) => type === "DATE")).toEqual([["DATE", "الربع الثالث من 2024", "2024"]]);
    expect(brief("خلال الربع الأخير من العام الجاري والنصف الأول من العام المقبل", "2025-11-05")).toEqual([
      ["DATE", "الربع الأخير من العام الجاري", "2025"],
      ["DATE", "النصف الأول من العام المقبل", "2026", "و"],
    ]);
    expect(brief("خلال الأشهر التسعة الأولى من 2025 والتسعة أشهر الأولى من العام الجاري", "2025-11-05")).toEqual([
      ["DATE", "الأشهر التسعة الأولى من 2025", "2025"],
      ["DATE", "التسعة أشهر الأولى من العام الجاري", "2025", "و"],
    ]);
    // Any first months of a year, and the two first.
    expect(brief("خلال الأشهر العشرة الأولى من 2026 والشهرين الأولين من 2025")).toEqual([
      ["DATE", "الأشهر العشرة الأولى من 2026", "2026"],
      ["DATE", "الشهرين الأولين من 2025", "2025", "و"],
    ]);
    // A quarter alone dates results (no value: which year, often a fiscal one, is not said);
    // a half alone does not, nor a quarter «of» something else («الربع الأول» of a match).
    expect(brief("نتائج الربع الثالث، وخلال النصف الأول")).toEqual([["DATE", "الربع الثالث", undefined]]);
    // A part of «العام» with no modifier: of the year the text speaks of, a date with no value.
    expect(brief("في الربع الأخير من العام")).toEqual([["DATE", "الربع الأخير من العام", undefined]]);
    expect(brief("في الربع الأول من المباراة")).toEqual([]);
  });

  it("keeps the start, middle or end of a date with it", () => {
    expect(brief("يبدأ الإنتاج منتصف 2026 ويتوسع بنهاية العام المقبل", "2025-11-05")).toEqual([
      ["DATE", "منتصف 2026", "2026"],
      ["DATE", "نهاية العام المقبل", "2026", "ب"],
    ]);
    expect(brief("تجاوز المشتركون 17 مليونا نهاية كانون الأول الماضي", "2025-02-09")).toEqual([["DATE", "نهاية كانون الأول الماضي", "2024-12"]]);
    // Tunisian «موفى» (end of).
    expect(brief("قبل موفى جوان 2027")).toEqual([["DATE", "موفى جوان 2027", "2027-06"]]);
    // Moroccan «متم» (end of) and «فاتح» (first of).
    expect(brief("حتى متم شتنبر الماضي وابتداء من فاتح يناير 2026", "2026-11-27")).toEqual([
      ["DATE", "متم شتنبر الماضي", "2026-09"],
      ["DATE", "فاتح يناير 2026", "2026-01"],
    ]);
    // Not a date without one after it.
    expect(brief("في نهاية المطاف وفي منتصف الطريق")).toEqual([]);
  });

  it("reads a holiday or a day told from the event as a date with no value", () => {
    expect(brief("خلال عيد الأضحى، وقبل عيد الفطر المقبل وبعد رأس السنة 2027")).toEqual([
      ["DATE", "عيد الأضحى", undefined],
      ["DATE", "عيد الفطر المقبل", undefined],
      ["DATE", "رأس السنة 2027", undefined],
    ]);
    expect(brief("وردّت المنافسة في اليوم التالي")).toEqual([["DATE", "اليوم التالي", undefined]]);
    // Not a birthday nor capital.
    expect(brief("في عيد ميلاده برأس المال")).toEqual([]);
  });
  it("reads an ordinal day of a month, and a weekday after a relative day or a time of day", () => {
    expect(brief("اعتباراً من الأول من يوليو المقبل", "2025-11-05")).toEqual([["DATE", "الأول من يوليو المقبل", "2026-07-01"]]);
    expect(brief("في الخامس عشر من مارس 2025")).toEqual([["DATE", "الخامس عشر من مارس 2025", "2025-03-15"]]);
    expect(brief("هو الأول من نوعه")).toEqual([]);
    // 2025-11-03 was a Monday: «أمس الاثنين» written on the 4th is that day.
    expect(brief("أطلق البنك، أمس الاثنين، منصته", "2025-11-04")).toEqual([["DATE", "أمس الاثنين", "2025-11-03"]]);
    expect(brief("لهجوم واسع فجر الخميس، ورصدت الشركة منذ الثلاثاء نشاطاً")).toEqual([
      ["DATE", "الخميس", undefined],
      ["DATE", "الثلاثاء", undefined],
    ]);
  });

  it("reads a month named in both calendars with a slash as one", () => {
    expect(brief("يوم الاثنين 12 تشرين الأول/أكتوبر 2026، منحت")).toEqual([["DATE", "الاثنين 12 تشرين الأول/أكتوبر 2026", "2026-10-12"]]);
    expect(brief("غرامة في أبريل/نيسان 2025 بسبب")).toEqual([["DATE", "أبريل/نيسان 2025", "2025-04"]]);
    // Two different months are two words, not one name.
    expect(brief("بين أبريل/مايو 2025")).toEqual([["DATE", "مايو 2025", "2025-05"]]);
  });
  it("reads two months that share a year or a modifier as one date, valued as their interval", () => {
    expect(brief("خلال سبتمبر وأكتوبر 2025، وفي شهري مارس وأبريل الماضيين", "2026-11-27")).toEqual([
      ["DATE", "سبتمبر وأكتوبر 2025", "2025-09/2025-10"],
      ["DATE", "مارس وأبريل الماضيين", "2026-03/2026-04"],
    ]);
    // Months in reverse order are no interval.
    expect(brief("بين أكتوبر وسبتمبر 2025")).toEqual([["DATE", "سبتمبر 2025", "2025-09", "و"]]);
  });

  it("reads a month of a relative year, and «العام» alone after a position word", () => {
    expect(brief("في حزيران من العام الماضي.", "2025-11-05")).toEqual([["DATE", "حزيران من العام الماضي", "2024-06"]]);
    expect(brief("ارتفعت منذ مطلع العام", "2025-11-05")).toEqual([["DATE", "مطلع العام", "2025"]]);
  });

  it("reads a day and month with a modifier against the reference date", () => {
    expect(brief("في 19 أيلول الجاري", "2025-09-10")).toEqual([["DATE", "19 أيلول الجاري", "2025-09-19"]]);
    expect(brief("حتى 3 مارس المقبل", "2025-11-05")).toEqual([["DATE", "3 مارس المقبل", "2026-03-03"]]);
    expect(brief("في 19 أيلول الجاري")).toEqual([["DATE", "19 أيلول الجاري", undefined]]);
  });

  it("takes a weekday alone set off by punctuation, where news sets the day of the event", () => {
    expect(brief("أطلقت شركة ميتا، الأربعاء، الإصدار الجديد")).toEqual([["DATE", "الأربعاء", undefined]]);
    // Or with the article before a comma or a full stop.
    expect(brief("وقال في مؤتمر عقده في أمستردام الاثنين، إن الطلب")).toEqual([["DATE", "الاثنين", undefined]]);
    expect(brief("وفق ما أعلنته الشركة، الخميس. وقال")).toEqual([["DATE", "الخميس", undefined]]);
    // Elsewhere a weekday word alone is no date («الاثنين» is also «the two»), nor in a schedule.
    expect(brief("وصل الاثنين إلى المدينة")).toEqual([]);
    expect(brief("تعمل أسواقها من الاثنين إلى الجمعة، وصعد")).toEqual([]);
  });

  it("finds relative dates without a reference, but gives no value", () => {
    expect(brief("العام الماضي ونوفمبر الماضي وأمس")).toEqual([
      ["DATE", "العام الماضي", undefined],
      ["DATE", "نوفمبر الماضي", undefined, "و"],
      ["DATE", "أمس", undefined, "و"],
    ]);
  });

  it("takes a bare year or month only after a trigger word", () => {
    expect(brief("منذ عام 2019 وفي 2030 وبعد 2030")).toEqual([
      ["DATE", "2019", "2019"],
      ["DATE", "2030", "2030"],
      ["DATE", "2030", "2030"],
    ]);
    expect(brief("بلغ عدد الموظفين 2025 موظفًا")).toEqual([]);
    expect(brief("في 1500 مدينة وفي عام 1500")).toEqual([["DATE", "1500", "1500"]]);
    expect(brief("بين عامي 2019 و2023، ومن 2020 إلى 2022")).toEqual([
      ["DATE", "2019", "2019"],
      ["DATE", "2023", "2023", "و"],
      ["DATE", "2020", "2020"],
      ["DATE", "2022", "2022"],
    ]);
    expect(brief("1999 و2000")).toEqual([]);
    expect(brief("ومع ذلك، في مارس، قامت مايكروسوفت")).toEqual([["DATE", "مارس", undefined]]);
    expect(brief("مارس الرياضة")).toEqual([]);
  });

  it("reads numeric and English dates", () => {
    expect(brief("20/10/2024 و2024-10-20 و20.10.2024")).toEqual([
      ["DATE", "20/10/2024", "2024-10-20"],
      ["DATE", "2024-10-20", "2024-10-20", "و"],
      ["DATE", "20.10.2024", "2024-10-20", "و"],
    ]);
    expect(brief("on November 3, 2025 and 22 May 2025, in May")).toEqual([
      ["DATE", "November 3, 2025", "2025-11-03"],
      ["DATE", "22 May 2025", "2025-05-22"],
      ["DATE", "May", undefined],
    ]);
    expect(brief("you may go")).toEqual([]);
    expect(brief("31/02/2024 و 30 فبراير 2024")).toEqual([]);
    expect(brief("10/20/2024")).toEqual([["DATE", "10/20/2024", "2024-10-20"]]);
  });
});

describe("findValues: weekdays and positions in context", () => {
  it("reads a weekday after a session or meeting as a date, and «بداية من» before a month as no position", () => {
    expect(brief("في ختام تعاملات الأحد، وخلال جلسة الأربعاء")).toEqual([
      ["DATE", "الأحد", undefined],
      ["DATE", "الأربعاء", undefined],
    ]);
    expect(brief("بداية من يناير 2026")).toEqual([["DATE", "يناير 2026", "2026-01"]]);
  });
});

describe("findValues: days of one month", () => {
  it("reads a range of days as one DATE whose value is an ISO 8601 interval", () => {
    expect(brief("يومي 28 و29 أكتوبر الجاري، ومن 10 إلى 12 نوفمبر 2025، وبين 10-12 ديسمبر 2025", "2025-10-20")).toEqual([
      ["DATE", "28 و29 أكتوبر الجاري", "2025-10-28/2025-10-29"],
      ["DATE", "10 إلى 12 نوفمبر 2025", "2025-11-10/2025-11-12"],
      ["DATE", "10-12 ديسمبر 2025", "2025-12-10/2025-12-12"],
    ]);
    // «و» between days that do not follow each other lists two dates; no range backwards.
    expect(brief("في 3 و5 نوفمبر 2025، و31 و30 نوفمبر 2025")).toEqual([
      ["DATE", "5 نوفمبر 2025", "2025-11-05", "و"],
      ["DATE", "30 نوفمبر 2025", "2025-11-30", "و"],
    ]);
  });
});

describe("findValues: Hijri dates", () => {
  it("gives a Hijri day its Gregorian day (Umm al-Qura), with or without an era word", () => {
    expect(brief("في 15 رمضان 1447 هـ وفي 1 شوال 1446هـ و10 ذي الحجة 1446 للهجرة")).toEqual([
      ["DATE", "15 رمضان 1447 هـ", "2026-03-04"],
      ["DATE", "1 شوال 1446هـ", "2025-03-30"],
      ["DATE", "10 ذي الحجة 1446 للهجرة", "2025-06-06", "و"],
    ]);
    // Without a year: the one nearest the reference date, else no value.
    expect(brief("في 10 محرم", "2025-11-05")).toEqual([["DATE", "10 محرم", "2025-07-05"]]);
    expect(brief("في 10 محرم")).toEqual([["DATE", "10 محرم", undefined]]);
    // Day 30 of a 29-day month is no date.
    expect(brief("30 رمضان 1446 هـ")).toEqual([]);
  });
  it("reads an ordinal day of a Hijri month («الأول من رجب 1448 هـ»)", () => {
    expect(brief("اعتباراً من الأول من رجب 1448 هـ الموافق")).toEqual([["DATE", "الأول من رجب 1448 هـ", "2026-12-10"]]);
  });

  it("reads a year its era word marks Hijri as a date, valued as the interval of its Gregorian days", () => {
    expect(brief("في موسم 1447 هـ، ومنذ 1445 للهجرة")).toEqual([
      ["DATE", "1447 هـ", "2025-06-26/2026-06-15"],
      ["DATE", "1445 للهجرة", "2023-07-19/2024-07-06"],
    ]);
    // A year past the Hijri calendar's present is no Hijri year.
    expect(brief("بلغ 2025 ه")).toEqual([]);
  });

  it("gives a Hijri month its Gregorian days as an ISO 8601 interval", () => {
    expect(brief("ربيع الأول 1447 ونهاية ذي الحجة 1446هـ ومسلسلات رمضان 2026")).toEqual([
      ["DATE", "ربيع الأول 1447", "2025-08-24/2025-09-22"],
      ["DATE", "نهاية ذي الحجة 1446هـ", "2025-05-28/2025-06-25", "و"],
      ["DATE", "رمضان 2026", "2026-02-18/2026-03-19"],
    ]);
    expect(brief("خلال شهر رمضان المقبل، وفي رمضان الماضي", "2025-11-05")).toEqual([
      ["DATE", "رمضان المقبل", "2026-02-18/2026-03-19"],
      ["DATE", "رمضان الماضي", "2025-03-01/2025-03-29"],
    ]);
  });

  it("reads a month name alone only after «شهر» or a position word: the names are names and words too", () => {
    expect(brief("خلال شهر رمضان، منتصف شعبان")).toEqual([
      ["DATE", "رمضان", undefined],
      ["DATE", "منتصف شعبان", undefined],
    ]);
    expect(brief("قال رمضان صبحي إن النسبة انخفضت إلى صفر، ورجب في الفريق")).toEqual([]);
  });

  it("keeps the value only when the weekday agrees with the converted day", () => {
    expect(brief("الأربعاء 1 رمضان 1447هـ")).toEqual([["DATE", "الأربعاء 1 رمضان 1447هـ", "2026-02-18"]]);
    expect(brief("الخميس 1 رمضان 1447هـ")).toEqual([["DATE", "الخميس 1 رمضان 1447هـ", undefined]]);
  });
});

describe("hijriToGregorian and gregorianToHijri", () => {
  it("convert both ways, null for a date that does not exist, TypeError for a wrong argument", () => {
    expect(hijriToGregorian({ year: 1447, month: 9, day: 1 })).toEqual({ year: 2026, month: 2, day: 18 });
    expect(gregorianToHijri({ year: 2026, month: 2, day: 18 })).toEqual({ year: 1447, month: 9, day: 1 });
    expect(hijriToGregorian({ year: 1446, month: 9, day: 30 })).toBeNull();
    expect(hijriToGregorian({ year: 1447, month: 13, day: 1 })).toBeNull();
    expect(gregorianToHijri({ year: 2025, month: 4, day: 31 })).toBeNull();
    expect(() => hijriToGregorian({ year: 1447, month: 9 } as never)).toThrow(/hijriToGregorian: `hijri`/);
    expect(() => gregorianToHijri("2026-02-18" as never)).toThrow(TypeError);
  });
  it("round-trip every day of a Hijri century", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1400, max: 1500 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29 }), (year, month, day) => {
        const gregorian = hijriToGregorian({ year, month, day });
        expect(gregorian).not.toBeNull();
        expect(gregorianToHijri(gregorian!)).toEqual({ year, month, day });
      }),
    );
  });
});

describe("parseArabicDate", () => {
  it("parses the first date with its parts", () => {
    expect(parseArabicDate("11:02 ص, الأحد, 20 أكتوبر 24")).toEqual({
      start: 9,
      end: 28,
      text: "الأحد, 20 أكتوبر 24",
      value: "2024-10-20",
      parts: { month: 10, day: 20, year: 2024, weekday: 0 },
    });
    expect(parseArabicDate("يوم الخميس 22 مايو")?.parts).toEqual({ month: 5, day: 22, weekday: 4 });
    expect(parseArabicDate("لا تاريخ هنا")).toBeNull();
    expect(() => parseArabicDate(5 as unknown as string)).toThrow(/text/);
  });
});

describe("findValues: input contract", () => {
  it("rejects bad arguments with a TypeError naming them", () => {
    expect(() => findValues(null as unknown as string)).toThrow(/text/);
    expect(() => findValues("x", { referenceDate: "yesterday" })).toThrow(/referenceDate/);
    expect(() => findValues("x", { referenceDate: "2024-02-30" })).toThrow(/referenceDate/);
  });

  it("reuses a normalization the caller already has", async () => {
    const { normalizeWithEdits } = await import("@qalam/normalize");
    const text = "التزام بـ10 مليارات دولار في يناير 2023";
    expect(findValues(text, { normalized: normalizeWithEdits(text, "search") })).toEqual(findValues(text));
    expect(() => findValues(text, { normalized: "x" as never })).toThrow(/normalized/);
    expect(() => findValues(text, { normalized: { ...normalizeWithEdits(text, "search"), words: [] as never } })).toThrow(/normalized\.words/);
    // Known words out of order, out of the text or without a fact are not taken.
    const odd = { count: 3, starts: Int32Array.of(20, 3, 0), ends: Int32Array.of(10, 999, 5), ids: Int32Array.of(0, 0, 7), facts: new Int32Array(1) };
    expect(findValues(text, { normalized: { ...normalizeWithEdits(text, "search"), words: odd } })).toEqual(findValues(text));
  });

  it("can be limited to some types", () => {
    expect(findValues("20% من 13 مليار دولار في 2024", { types: ["PERCENT"] }).map((e) => e.type)).toEqual(["PERCENT"]);
  });

  it("labels its entities as values", () => {
    const [money] = findValues("13 مليار دولار");
    expect(money).toMatchObject({ source: "value", confidence: 0.9, start: 0, end: 14 });
  });

  it("stays linear on long adversarial inputs", () => {
    for (const text of ["1 ".repeat(150_000), "مليار ".repeat(60_000), "هذا ".repeat(80_000), "ب".repeat(300_000), "1.".repeat(150_000), "$".repeat(200_000)]) {
      const entities = findValues(text);
      for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("keeps spans in bounds, sliceable, ordered and never throws", () => {
    const parts = fc.constantFrom(
      "13.75", "مليار", "مليارات", "دولار", "بـ10", "20", "%", "٪", "٢٠", "في المائة", "يوليو", "2025", "أكتوبر", "24", "الأحد",
      ",", "11:02", "ص", "م", "الساعة", "عام", "الماضي", "العام", "$", "€", "US$", "bn", "عشرات", "من", "الدولارات", "ـ", "ِ",
      " ", "\n", "\uD800", "\u200F", "/", "-", "ﻻ", "آذار", "تشرين", "الثاني", "يوم", "الاثنين", "3", "نوفمبر",
    );
    const texts = fc.oneof(fc.string({ unit: "binary" }), fc.array(parts, { maxLength: 20 }).map((p) => p.join("")), fc.array(parts, { maxLength: 20 }).map((p) => p.join(" ")));
    fc.assert(
      fc.property(texts, fc.boolean(), (text, withReference) => {
        const entities = findValues(text, withReference ? { referenceDate: "2024-10-20" } : {});
        let previousEnd = 0;
        for (const e of entities) {
          expect(e.start).toBeGreaterThanOrEqual(previousEnd);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(e.start, e.end)).toBe(e.text);
          if (e.prefix) expect(text.slice(e.start - e.prefix.length, e.start)).toBe(e.prefix);
          previousEnd = e.end;
        }
        expect(findValues(text)).toEqual(findValues(text));
      }),
    );
  });
});

describe("findValues: documented example", () => {
  it("gives the output shown in the TSDoc", () => {
    expect(findValues("استثمرت بـ10 مليارات دولار في يوليو 2025")).toEqual([
      { start: 10, end: 26, text: "10 مليارات دولار", type: "MONEY", prefix: "بـ", value: { amount: 10_000_000_000, currency: "USD" }, source: "value", confidence: 0.9 },
      { start: 30, end: 40, text: "يوليو 2025", type: "DATE", value: "2025-07", parts: { year: 2025, month: 7 }, source: "value", confidence: 0.9 },
    ]);
  });
});
