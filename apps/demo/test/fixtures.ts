// A hostile article and a hand-made analysis of it, for the escaping tests.
import type { Analysis } from "../src/analyze.mjs";

export const SCRIPT = "<script>alert(1)</script>";
export const IMG = '"><img src=x onerror=alert(1)>';
export const JS_URL = "javascript:alert(document.cookie)";
export const ATTR_BREAK = "' onmouseover='alert(2)";

/** Arabic news text with every injection attempt inside it, some inside entity spans. */
export const HOSTILE_TEXT = [
  `عاجل ${SCRIPT} مايكروسوفت تستثمر في OpenAI`,
  `قال سام ألتمان${IMG} إن الشركة ستنفق 13 مليار دولار في يوليو 2025.`,
  `الرابط ${JS_URL} و ${ATTR_BREAK} و &amp; و \u202Eabc\u202C نهاية.`,
].join("\n");

function span(needle: string, from = 0) {
  const start = HOSTILE_TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not found`);
  return { start, end: start + needle.length, text: needle };
}

/** Entities whose text, canonical name, id and value all carry injection attempts. */
export function hostileAnalysis(): Analysis {
  const withScript = span(`${SCRIPT} مايكروسوفت`);
  const altman = span(`سام ألتمان${IMG}`);
  return {
    id: `x"><img src=x onerror=alert(1)>`,
    text: HOSTILE_TEXT,
    title: `عنوان ${SCRIPT}${IMG}`,
    date: `2025-07${IMG}`,
    time: SCRIPT,
    authors: [`كاتب ${IMG}`],
    outlet: `<iframe src="${JS_URL}"></iframe>`,
    url: JS_URL,
    metadata: null,
    entities: [
      { ...withScript, type: "ORG", canonical: `Microsoft${IMG}`, id: `org:${SCRIPT}` },
      { ...span("OpenAI"), type: "ORG", canonical: "OpenAI", id: "org:openai" },
      { ...altman, type: "PERSON", canonical: `Sam ${ATTR_BREAK}`, id: "person:sam-altman", prefix: IMG },
      { ...span("13 مليار دولار"), type: "MONEY", value: { amount: 13e9, currency: `USD${SCRIPT}` } },
      { ...span("يوليو 2025"), type: "DATE", value: `2025-07${IMG}` },
      { ...span(JS_URL), type: `PRODUCT${IMG}` as "PRODUCT", canonical: JS_URL },
    ],
    attributions: [
      {
        index: 0,
        cue: span("قال"),
        source: altman,
        quote: span("إن الشركة ستنفق 13 مليار دولار"),
        anonymous: false,
        cueText: "قال",
        sourceText: altman.text,
        quoteText: "إن الشركة ستنفق 13 مليار دولار",
        sourceCanonical: `Sam${IMG}`,
        sourceIsOutlet: false,
        direct: false,
      },
    ],
    references: [
      { style: "apa", styleName: "APA", locale: "ar", localeName: "العربية", text: `\u2067${SCRIPT}\u2069 ${IMG} \u2069\u2066${JS_URL}` },
      { style: "chicago", styleName: `Chicago${IMG}`, locale: "en", localeName: "English", text: `\u202E${ATTR_BREAK}` },
    ],
    messages: [`bidi-control (input): ${SCRIPT}`],
    normalizedLength: null,
    changes: null,
  };
}
