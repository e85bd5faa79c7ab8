import { describe, expect, it } from "vitest";
import type { CslItem } from "../src/csl-item.js";
import { CiteError, formatCitation, parseName } from "../src/references/index.js";

const LRI = "\u2066";
const RLI = "\u2067";
const PDI = "\u2069";

const nabil: CslItem = {
  type: "article-newspaper",
  title: "إنفيديا تستثمر في OpenAI",
  author: [{ family: "نبيل", given: "محمد" }],
  issued: { "date-parts": [[2024, 10, 20]] },
  "container-title": "إيجيبت14",
  URL: "https://egypt14.com/a",
  language: "ar",
};

const three: CslItem = {
  type: "article-newspaper",
  title: "هل تنفجر فقاعة الذكاء الاصطناعي؟",
  author: [parseName("محمد بن سلمان"), parseName("أحمد أبو الغيط"), { literal: "وكالة الأنباء الفرنسية" }],
  issued: { "date-parts": [[2024, 1, 5]] },
  "container-title": "إيجيبت14",
  URL: "https://egypt14.com/x",
  accessed: { "date-parts": [[2024, 2, 1]] },
  language: "ar",
};

const plain = { bidi: "none" } as const;

describe("Arabic references", () => {
  it("APA: Arabic punctuation, day-month-year date, no initials", () => {
    expect(formatCitation(nabil, { style: "apa", locale: "ar", ...plain })).toBe(
      "نبيل، محمد. (20 أكتوبر 2024). إنفيديا تستثمر في OpenAI. إيجيبت14. https://egypt14.com/a",
    );
    expect(formatCitation(three, { style: "apa", locale: "ar", ...plain })).toBe(
      "بن سلمان، محمد، أبو الغيط، أحمد، ووكالة الأنباء الفرنسية. (5 يناير 2024). هل تنفجر فقاعة الذكاء الاصطناعي؟ إيجيبت14. https://egypt14.com/x",
    );
  });

  it("APA in-text: (نبيل، 2024), two and three authors", () => {
    expect(formatCitation(nabil, { style: "apa", locale: "ar", kind: "in-text", ...plain })).toBe("(نبيل، 2024)");
    const two = { ...nabil, author: [{ family: "نبيل", given: "محمد" }, { family: "علي", given: "سارة" }] };
    expect(formatCitation(two, { style: "apa", locale: "ar", kind: "in-text", ...plain })).toBe("(نبيل وعلي، 2024)");
    expect(formatCitation(three, { style: "apa", locale: "ar", kind: "in-text", ...plain })).toBe("(بن سلمان وآخرون، 2024)");
  });

  it("MLA: «» quotes with punctuation outside, Arabic commas", () => {
    expect(formatCitation(nabil, { style: "mla", locale: "ar", ...plain })).toBe(
      "نبيل، محمد. «إنفيديا تستثمر في OpenAI». إيجيبت14، 20 أكتوبر 2024، https://egypt14.com/a.",
    );
    expect(formatCitation(three, { style: "mla", locale: "ar", ...plain })).toBe(
      "بن سلمان، محمد، وآخرون. «هل تنفجر فقاعة الذكاء الاصطناعي؟» إيجيبت14، 5 يناير 2024، https://egypt14.com/x.",
    );
    expect(formatCitation(nabil, { style: "mla", locale: "ar", kind: "in-text", ...plain })).toBe("(نبيل)");
  });

  it("Chicago: bibliography entry, note (no comma after ؟) and short note", () => {
    expect(formatCitation(nabil, { style: "chicago", locale: "ar", ...plain })).toBe(
      "نبيل، محمد. «إنفيديا تستثمر في OpenAI». إيجيبت14، 20 أكتوبر 2024. https://egypt14.com/a.",
    );
    expect(formatCitation(nabil, { style: "chicago", locale: "ar", kind: "note", ...plain })).toBe(
      "محمد نبيل، «إنفيديا تستثمر في OpenAI»، إيجيبت14، 20 أكتوبر 2024، https://egypt14.com/a.",
    );
    expect(formatCitation(three, { style: "chicago", locale: "ar", kind: "note", ...plain })).toBe(
      "محمد بن سلمان، أحمد أبو الغيط، ووكالة الأنباء الفرنسية، «هل تنفجر فقاعة الذكاء الاصطناعي؟» إيجيبت14، 5 يناير 2024، https://egypt14.com/x.",
    );
    expect(formatCitation(nabil, { style: "chicago", locale: "ar", kind: "in-text", ...plain })).toBe("نبيل، «إنفيديا تستثمر في OpenAI».");
  });

  it("no date: «د.ت» and the access date in each style", () => {
    const page: CslItem = { type: "webpage", title: "صفحة", "container-title": "موقع", URL: "https://a.com", accessed: { "date-parts": [[2024, 2, 1]] }, language: "ar" };
    expect(formatCitation(page, { style: "apa", locale: "ar", ...plain })).toBe("صفحة. (د.ت). موقع. استُرجع في 1 فبراير 2024، من https://a.com");
    expect(formatCitation(page, { style: "mla", locale: "ar", ...plain })).toBe("«صفحة». موقع، https://a.com. تاريخ الاطلاع 1 فبراير 2024.");
    expect(formatCitation(page, { style: "chicago", locale: "ar", ...plain })).toBe("موقع. «صفحة». تاريخ الاطلاع 1 فبراير 2024. https://a.com.");
    expect(formatCitation(page, { style: "apa", locale: "ar", kind: "in-text", ...plain })).toBe("(صفحة، د.ت)");
  });

  it("month system and digits follow the region, and can be set", () => {
    const apa = (o: object) => formatCitation(nabil, { style: "apa", locale: "ar", kind: "bibliography", ...plain, ...o });
    expect(apa({ locale: "ar-EG" })).toContain("(20 أكتوبر 2024)");
    expect(apa({ locale: "ar-SA" })).toContain("(٢٠ أكتوبر ٢٠٢٤)");
    expect(apa({ locale: "ar-LB" })).toContain("(٢٠ تشرين الأول ٢٠٢٤)");
    expect(apa({ locale: "ar-IQ", digits: "latn" })).toContain("(20 تشرين الأول 2024)");
    expect(apa({ locale: "ar-DZ" })).toContain("(20 أكتوبر 2024)");
    expect(apa({ region: "TN", issued: undefined })).toContain("(20 أكتوبر 2024)");
    const january = { ...nabil, issued: { "date-parts": [[2024, 1, 9]] } } as CslItem;
    expect(formatCitation(january, { style: "apa", locale: "ar-DZ", ...plain })).toContain("(9 جانفي 2024)");
    expect(formatCitation(january, { style: "apa", locale: "ar", region: "MA", ...plain })).toContain("(9 يناير 2024)");
    const august = { ...nabil, issued: { "date-parts": [[2024, 8, 9]] } } as CslItem;
    expect(formatCitation(august, { style: "apa", locale: "ar-MA", ...plain })).toContain("(9 غشت 2024)");
    expect(formatCitation(august, { style: "apa", locale: "ar", monthSystem: "levant", digits: "arab", ...plain })).toContain("(٩ آب ٢٠٢٤)");
    // Digits of the title and URL are never changed.
    expect(apa({ locale: "ar-SA" })).toContain("إيجيبت14. https://egypt14.com/a");
  });

  it("quotes are configurable and nested quotes use the other pair", () => {
    const quoted = { ...nabil, title: 'قال "لا" للصفقة' };
    expect(formatCitation(quoted, { style: "mla", locale: "ar", ...plain })).toContain("«قال “لا” للصفقة»");
    expect(formatCitation(quoted, { style: "mla", locale: "ar", quotes: ["“", "”"], ...plain })).toContain("“قال ‘لا’ للصفقة”");
  });

  it("Latin names inside an Arabic entry get APA initials; Arabic names only with arabicInitials", () => {
    const mixed = { ...nabil, author: [{ family: "Smith", given: "John Robert" }, { family: "نبيل", given: "محمد" }] };
    expect(formatCitation(mixed, { style: "apa", locale: "ar", ...plain })).toMatch(/^Smith، J\. R\.، ونبيل، محمد\. /);
    expect(formatCitation(nabil, { style: "apa", locale: "ar", arabicInitials: true, ...plain })).toMatch(/^نبيل، م\. \(/);
  });
});

describe("names", () => {
  it("an organisation (literal) stays whole", () => {
    const item = { ...nabil, author: [{ literal: "وكالة أنباء الشرق الأوسط" }] };
    expect(formatCitation(item, { style: "apa", locale: "ar", kind: "in-text", ...plain })).toBe("(وكالة أنباء الشرق الأوسط، 2024)");
    expect(formatCitation(item, { style: "chicago", locale: "ar", kind: "note", ...plain })).toMatch(/^وكالة أنباء الشرق الأوسط، «/);
  });
});

describe("English references to Arabic sources", () => {
  const translated = { ...nabil, "title-translated": "Nvidia invests in OpenAI" };
  it("print the title as written and the translation in brackets", () => {
    expect(formatCitation(translated, { style: "apa", locale: "en", ...plain })).toBe(
      "نبيل, محمد. (2024, October 20). إنفيديا تستثمر في OpenAI [Nvidia invests in OpenAI]. إيجيبت14. https://egypt14.com/a",
    );
    expect(formatCitation(translated, { style: "mla", locale: "en", ...plain })).toBe(
      "نبيل, محمد. “إنفيديا تستثمر في OpenAI” [Nvidia invests in OpenAI]. إيجيبت14, 20 Oct. 2024, https://egypt14.com/a.",
    );
    expect(formatCitation(translated, { style: "chicago", locale: "en", kind: "note", ...plain })).toBe(
      "محمد نبيل, “إنفيديا تستثمر في OpenAI” [Nvidia invests in OpenAI], إيجيبت14, October 20, 2024, https://egypt14.com/a.",
    );
  });
  it("an Arabic reference to an Arabic source does not print the translation", () => {
    expect(formatCitation(translated, { style: "mla", locale: "ar", ...plain })).not.toContain("Nvidia");
  });
  it("isolates the Arabic fields in an English entry", () => {
    const out = formatCitation(translated, { style: "apa", locale: "en" });
    expect(out.startsWith(LRI + RLI + "نبيل, محمد" + PDI + ". (" + LRI + "2024, October 20" + PDI + ")")).toBe(true);
    expect(out.endsWith(LRI + "https://egypt14.com/a" + PDI + PDI)).toBe(true);
  });
});

describe("direction marks", () => {
  it("text: entry and every field isolated in an Arabic entry, URL always LTR", () => {
    expect(formatCitation(nabil, { style: "apa", locale: "ar", kind: "in-text" })).toBe(`${RLI}(${RLI}نبيل${PDI}، ${RLI}2024${PDI})${PDI}`);
    const out = formatCitation(nabil, { style: "mla", locale: "ar" });
    expect(out).toContain(`«${RLI}إنفيديا تستثمر في OpenAI${PDI}»`);
    expect(out).toContain(`${LRI}https://egypt14.com/a${PDI}`);
  });
  it("an all-Latin English entry has no marks (auto) unless bidi is 'isolate'", () => {
    const latin: CslItem = { type: "article-newspaper", title: "Chips", author: [{ family: "Lee", given: "Ann" }], issued: { "date-parts": [[2024]] }, "container-title": "Wired" };
    expect(formatCitation(latin, { style: "apa", locale: "en" })).toBe("Lee, A. (2024). Chips. Wired.");
    expect(formatCitation(latin, { style: "apa", locale: "en", bidi: "isolate" })).toBe(`${LRI}${LRI}Lee, A.${PDI} (${LRI}2024${PDI}). ${LRI}Chips${PDI}. ${LRI}Wired${PDI}.${PDI}`);
  });
  it("bidi 'none' prints no control characters at all", () => {
    expect(formatCitation(three, { style: "chicago", locale: "ar", ...plain })).not.toMatch(/[\u2066-\u2069\u200E\u200F\u061C\u202A-\u202E]/);
  });
  it("bidi controls inside field values are removed so isolates stay balanced", () => {
    const item = { ...nabil, title: `عنوان${PDI}${PDI}\u202Eمقلوب` };
    const out = formatCitation(item, { style: "mla", locale: "ar" });
    expect(out).toContain(`«${RLI}عنوانمقلوب${PDI}»`);
  });
  it("HTML: <bdi dir lang> per field, dir and lang on the entry", () => {
    expect(formatCitation(nabil, { style: "apa", locale: "ar", kind: "in-text", format: "html" })).toBe(
      '<span dir="rtl" lang="ar">(<bdi dir="rtl" lang="ar">نبيل</bdi>، <bdi dir="rtl" lang="ar">2024</bdi>)</span>',
    );
    const html = formatCitation({ ...nabil, "container-title": "The Information" }, { style: "mla", locale: "ar-EG", format: "html" });
    expect(html.startsWith('<div class="csl-entry" dir="rtl" lang="ar-EG">')).toBe(true);
    expect(html).toContain('<i><bdi dir="ltr" lang="en">The Information</bdi></i>');
    expect(html).toContain('<bdi dir="ltr" lang="und"><a href="https://egypt14.com/a">https://egypt14.com/a</a></bdi>');
  });
});

describe("HTML and Markdown safety", () => {
  const hostile: CslItem = {
    type: "article-newspaper",
    title: '<img src=x onerror="alert(1)"> & \'quotes\'',
    author: [{ family: "<script>", given: "x" }],
    "container-title": "A & B <i>",
    issued: { "date-parts": [[2024]] },
    URL: "javascript:alert(1)",
  };
  it("escapes all text and attributes", () => {
    const html = formatCitation(hostile, { style: "mla", locale: "en", format: "html" });
    expect(html).not.toMatch(/<(?!\/?(?:div|span|bdi|i|a)\b)/);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("A &amp; B &lt;i&gt;");
    expect(html).not.toContain("javascript");
    const attr = formatCitation({ ...hostile, URL: "https://e.com/", language: 'en" onmouseover="alert(1)' }, { style: "mla", locale: "en", format: "html" });
    expect(attr).toContain('lang="en&quot; onmouseover=&quot;alert(1)"');
    expect(attr).not.toContain('" onmouseover="');
  });
  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "ftp://x.org/a", "//evil.com/x"])(
    "drops the unsafe or non-http URL %s in every format",
    (URL) => {
      for (const format of ["text", "html", "markdown"] as const) {
        const out = formatCitation({ ...hostile, URL }, { style: "apa", locale: "en", format });
        expect(out.toLowerCase()).not.toContain(URL.trim().slice(0, 6).toLowerCase());
        expect(out).not.toContain("href");
      }
    },
  );
  it("keeps http, https and DOI links, percent-encoding quotes and spaces", () => {
    const html = formatCitation({ ...hostile, URL: 'https://e.com/a b"c' }, { style: "apa", locale: "en", format: "html" });
    expect(html).toContain('href="https://e.com/a%20b%22c"');
    expect(formatCitation({ ...hostile, URL: "", DOI: "10.1000/xyz" }, { style: "apa", locale: "en", bidi: "none" })).toContain("https://doi.org/10.1000/xyz");
  });
  it("Markdown escapes markup characters and links the URL", () => {
    const md = formatCitation({ ...nabil, title: "*bold* _x_ [link](y)", language: "en", URL: "https://e.com/a_b" }, { style: "apa", locale: "en", format: "markdown", bidi: "none" });
    expect(md).toContain("\\*bold\\* \\_x\\_ \\[link\\](y)");
    expect(md).toContain("*إيجيبت14*");
    expect(md).toContain("<https://e.com/a_b>");
  });
});

describe("missing and invalid data", () => {
  it("falls back to «د.ت» / n.d. and [Untitled], never 'undefined'", () => {
    const bare: CslItem = { type: "article-newspaper" };
    expect(formatCitation(bare, { style: "apa", locale: "ar", ...plain })).toBe("[دون عنوان]. (د.ت).");
    expect(formatCitation(bare, { style: "apa", locale: "en" })).toBe("[Untitled]. (n.d.).");
    const badDate = { ...nabil, issued: { "date-parts": [[2024, 13, 40]] } } as CslItem;
    expect(formatCitation(badDate, { style: "apa", locale: "ar", kind: "in-text", ...plain })).toBe("(نبيل، د.ت)");
    const feb30 = { ...nabil, issued: { "date-parts": [[2024, 2, 30]] } } as CslItem;
    expect(formatCitation(feb30, { style: "chicago", locale: "ar", kind: "note", ...plain })).toContain("إيجيبت14، د.ت، ");
  });
  it("reads raw ISO dates and prints literal dates as written", () => {
    expect(formatCitation({ ...nabil, issued: { raw: "2024-10-20" } }, { style: "apa", locale: "ar", ...plain })).toContain("(20 أكتوبر 2024)");
    expect(formatCitation({ ...nabil, issued: { literal: "خريف 2024" } }, { style: "apa", locale: "ar", kind: "in-text", ...plain })).toBe("(نبيل، خريف 2024)");
    expect(formatCitation({ ...nabil, issued: { raw: "20 أكتوبر 2024" } }, { style: "apa", locale: "ar", kind: "in-text", ...plain })).toBe("(نبيل، د.ت)");
  });
  it("with onMissing 'throw', a CiteError names the field", () => {
    const err = (item: CslItem) => {
      try {
        formatCitation(item, { style: "apa", locale: "ar", onMissing: "throw" });
      } catch (e) {
        return e;
      }
      return null;
    };
    const noTitle = err({ ...nabil, title: undefined });
    expect(noTitle).toBeInstanceOf(CiteError);
    expect((noTitle as CiteError).field).toBe("title");
    const badDate = err({ ...nabil, issued: { "date-parts": [[2024, 13]] } });
    expect((badDate as CiteError).field).toBe("issued");
    expect((badDate as CiteError).message).toContain("month 13");
    expect(err(nabil)).toBeNull();
  });
  it("bad arguments throw a TypeError naming them", () => {
    expect(() => formatCitation(null as unknown as CslItem, { style: "apa", locale: "ar" })).toThrow(/item/);
    expect(() => formatCitation(nabil, { style: "harvard" as "apa", locale: "ar" })).toThrow(/options\.style/);
    expect(() => formatCitation(nabil, { style: "apa", locale: "fr" })).toThrow(/options\.locale/);
    expect(() => formatCitation(nabil, { style: "apa", locale: "ar", kind: "note" })).toThrow(/kind/);
    expect(() => formatCitation(nabil, { style: "apa", locale: "ar", format: "pdf" as "text" })).toThrow(/options\.format/);
    expect(() => formatCitation(nabil, { style: "apa", locale: "ar", digits: "roman" as "latn" })).toThrow(/options\.digits/);
    expect(() => formatCitation(nabil, { style: "apa", locale: "ar", monthSystem: "en-long" as "levant" })).toThrow(/options\.monthSystem/);
    expect(() => formatCitation(nabil, { style: "apa", locale: "ar", region: "Egypt" })).toThrow(/options\.region/);
    expect(() => formatCitation(nabil, { style: "apa", locale: "ar", quotes: ["«"] as unknown as [string, string] })).toThrow(/options\.quotes/);
  });
});
