import { describe, expect, it } from "vitest";
import { escapeHtml, safeHttpUrl } from "../src/escape.mjs";
import { isolatedTextToHtml, splitLatinRuns, textToHtml } from "../src/bidi.mjs";
import { renderArticleBody } from "../src/article-html.mjs";
import { renderArticlePage, renderIndexPage } from "../src/page.mjs";
import { loadAssets } from "../src/assets.mjs";
import { allElements, byClass, parseHtml, type El } from "./html-dom.js";
import { HOSTILE_TEXT, IMG, JS_URL, SCRIPT, hostileAnalysis } from "./fixtures.js";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and quoted attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    expect(escapeHtml("سلام")).toBe("سلام");
  });
});

describe("safeHttpUrl", () => {
  it("keeps absolute http(s) URLs only", () => {
    expect(safeHttpUrl("https://openai.com/blog")).toBe("https://openai.com/blog");
    for (const bad of [JS_URL, " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>", "/relative", "vbscript:x", "", 42]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });
});

describe("bidi", () => {
  it("isolates Latin runs, with their inner neutrals, and leaves Arabic and lone digits alone", () => {
    const latin = (s: string) => splitLatinRuns(s).filter((r) => r.latin).map((r) => r.text);
    expect(latin("خلال مؤتمر Allen & Co السنوي")).toEqual(["Allen & Co"]);
    expect(latin("نموذج GPT-4.5 الجديد")).toEqual(["GPT-4.5"]);
    expect(latin("الاصطناعي ( AGI ) .")).toEqual(["AGI"]);
    expect(latin("في 2030 .")).toEqual([]);
    expect(latin("الرمز alert(1) هنا")).toEqual(["alert(1)"]);
    expect(latin("( AGI ) و (GPT-4)")).toEqual(["AGI", "GPT-4"]);
    expect(latin("لـOpenAI، و ساتيا")).toEqual(["OpenAI"]);
    expect(splitLatinRuns("a ب c").map((r) => r.text).join("")).toBe("a ب c");
    expect(textToHtml("شركة OpenAI")).toBe('شركة <bdi dir="ltr" lang="en">OpenAI</bdi>');
  });

  it("turns isolate controls into balanced <bdi>s and drops overrides", () => {
    expect(isolatedTextToHtml("\u2067مايكروسوفت\u2069 (2024)", "ltr")).toBe('<bdi dir="rtl" lang="ar">مايكروسوفت</bdi> (2024)');
    expect(isolatedTextToHtml("\u2066a\u2069\u2069 b\u2067c")).toBe('<bdi dir="ltr" lang="en">a</bdi> <bdi dir="ltr" lang="en">b</bdi><bdi dir="rtl" lang="ar"><bdi dir="ltr" lang="en">c</bdi></bdi>');
    expect(isolatedTextToHtml("\u202Eabc\u202C", "ltr")).toBe("abc");
  });

  it("shows direction controls in article text as inert labels (Trojan Source)", () => {
    const html = textToHtml("ا\u202Eب\u2066");
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).toContain('<span class="bidi-ctl" title="U+202E">RLO</span>');
  });
});

describe("renderArticleBody", () => {
  const text = "قال سام ألتمان إن OpenAI ستنفق 13 مليار دولار.\nسطر ثان عن مايكروسوفت";
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

  it("makes one <mark> per entity, skipping overlaps, with its type and data", () => {
    const entities = [
      { ...at("سام ألتمان"), type: "PERSON" as const, canonical: "Sam Altman", id: "person:sam-altman" },
      { ...at("ألتمان"), type: "PERSON" as const },
      { ...at("OpenAI"), type: "ORG" as const, canonical: "OpenAI", id: "org:openai" },
      { ...at("13 مليار دولار"), type: "MONEY" as const, value: { amount: 13e9, currency: "USD" } },
      { ...at("مايكروسوفت"), type: "ORG" as const, canonical: "Microsoft", id: "org:microsoft" },
    ];
    const root = parseHtml(renderArticleBody(text, entities, []));
    const marks = byClass(root, "mark", "ent");
    expect(marks.map((m) => [m.attrs["data-type"], m.text])).toEqual([
      ["PERSON", "سام ألتمان"],
      ["ORG", "OpenAI"],
      ["MONEY", "13 مليار دولار"],
      ["ORG", "مايكروسوفت"],
    ]);
    expect(marks[0]?.attrs).toMatchObject({ "data-canonical": "Sam Altman", "data-id": "person:sam-altman", tabindex: "0" });
    expect(marks[2]?.attrs["data-value"]).toBe("13,000,000,000 USD");
    expect(allElements(root).filter((e) => e.tag === "p")).toHaveLength(2);
  });

  it("keeps the text exactly and marks attribution parts, snapping their edges to whole entities", () => {
    const entities = [{ ...at("سام ألتمان"), type: "PERSON" as const }];
    const source = at("ألتمان"); // inside the entity: the source part widens to the whole mark
    const parts = [
      { start: 0, end: 3, role: "cue" as const, attribution: 0 },
      { start: source.start, end: source.end, role: "source" as const, attribution: 0 },
      { ...at("إن OpenAI ستنفق"), role: "quote" as const, attribution: 0 },
    ];
    const root = parseHtml(renderArticleBody(text, entities, parts));
    const paragraphs = allElements(root).filter((e) => e.tag === "p");
    expect(paragraphs.map((p) => p.text).join("\n")).toBe(text);
    expect(byClass(root, "span", "attr-cue").map((e) => e.text)).toEqual(["قال"]);
    expect(byClass(root, "span", "attr-source").map((e) => e.text)).toEqual(["سام ألتمان"]);
    expect(byClass(root, "span", "attr-quote").map((e) => e.text).join("")).toBe("إن OpenAI ستنفق");
    expect(byClass(root, "mark", "ent")).toHaveLength(1);
  });

  it("isolates a Latin run as one unit even when a mark cuts it", () => {
    const t = "وفقًا لإعلان Microsoft’s الأخير";
    const root = parseHtml(renderArticleBody(t, [{ start: t.indexOf("Microsoft"), end: t.indexOf("Microsoft") + 9, text: "Microsoft", type: "ORG" }], []));
    const bdis = allElements(root).filter((e) => e.tag === "bdi");
    expect(bdis.map((b) => [b.attrs.dir, b.text])).toEqual([["ltr", "Microsoft’s"]]);
    expect(bdis[0]?.children.map((c) => c.tag)).toEqual(["mark"]);
  });

  it("never throws on odd spans and text", () => {
    const odd = "\uD800x\u0000<\n\n";
    expect(() =>
      renderArticleBody(odd, [{ start: -1, end: 99, text: "", type: "ORG" }, { start: 2, end: 1, text: "", type: "ORG" }], [{ start: 0, end: 99, role: "quote", attribution: 0 }]),
    ).not.toThrow();
  });
});

/** Every way the page could run or load something that came from the input. */
function injectionProblems(root: El, ownScript: string): string[] {
  const problems: string[] = [];
  for (const el of allElements(root)) {
    if (["img", "iframe", "object", "embed", "svg", "math", "form", "base", "frame", "video", "audio", "source"].includes(el.tag)) problems.push(`<${el.tag}>`);
    if (el.tag === "script" && el.text !== ownScript) problems.push("foreign <script>");
    if (el.tag === "meta" && el.attrs["http-equiv"] && el.attrs["http-equiv"].toLowerCase() !== "content-security-policy") problems.push("meta http-equiv");
    for (const name of el.attrNames) {
      if (/^on/i.test(name)) problems.push(`<${el.tag} ${name}>`);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(name) && !/^(?:https?:|[\w-]+\.html$|#|data:,$)/.test(el.attrs[name] ?? "")) {
        problems.push(`<${el.tag} ${name}="${el.attrs[name]}">`);
      }
    }
  }
  return problems;
}

describe("pages built from hostile input", async () => {
  const assets = await loadAssets();
  const analysis = hostileAnalysis();
  const articleHtml = renderArticlePage(analysis, { assets, prev: { href: "a.html", title: SCRIPT } });
  const indexHtml = renderIndexPage([{ analysis, href: "x_.html" }], { assets });

  it.each([
    ["article page", articleHtml],
    ["index page", indexHtml],
  ])("the %s has no element, handler or URL that came from the input", (_name, html) => {
    const root = parseHtml(html);
    expect(injectionProblems(root, assets.script)).toEqual([]);
    expect(allElements(root).filter((e) => e.tag === "script")).toHaveLength(1);
    expect(allElements(root).filter((e) => e.tag === "style")).toHaveLength(1);
  });

  it("shows the hostile strings as text, unchanged", () => {
    const root = parseHtml(articleHtml);
    const body = allElements(root).find((e) => e.tag === "body")!;
    const paragraphs = allElements(body).filter((e) => e.tag === "p" && e.children.some((c) => c.tag === "mark" || c.tag === "span" || c.tag === "bdi"));
    const articleText = byClass(root, "div", "text")[0]!.text;
    expect(articleText.replace(/\n/g, "")).toContain(SCRIPT);
    expect(articleText).toContain(IMG);
    expect(articleText).toContain(JS_URL);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(allElements(root).find((e) => e.tag === "h1")?.text).toBe(`عنوان ${SCRIPT}${IMG}`);
    expect(allElements(root).find((e) => e.tag === "title")?.text).toContain(SCRIPT);
  });

  it("round-trips hostile strings through data attributes exactly", () => {
    const root = parseHtml(articleHtml);
    const marks = byClass(byClass(root, "div", "text")[0]!, "mark", "ent");
    expect(marks).toHaveLength(6);
    expect(marks[0]?.attrs["data-canonical"]).toBe(`Microsoft${IMG}`);
    expect(marks[0]?.attrs["data-id"]).toBe(`org:${SCRIPT}`);
    expect(marks[0]?.text).toBe(`${SCRIPT} مايكروسوفت`);
    const altman = marks.find((m) => m.attrs["data-type"] === "PERSON");
    expect(altman?.attrs["data-canonical"]).toBe("Sam ' onmouseover='alert(2)");
    expect(altman?.attrs["data-prefix"]).toBe(IMG);
    expect(marks.find((m) => m.attrs["data-type"] === "MONEY")?.attrs["data-value"]).toBe(`13,000,000,000 USD${SCRIPT}`);
    const copy = byClass(root, "button", "copy").map((b) => b.attrs["data-copy"]);
    expect(copy).toEqual(hostileAnalysis().references.map((r) => r.text));
  });

  it("never links a javascript: URL", () => {
    const root = parseHtml(articleHtml);
    const links = allElements(root).filter((e) => e.tag === "a");
    expect(links.map((a) => a.attrs.href)).toEqual(["#panel", "index.html", "a.html"]);
    expect(byClass(root, "dl", "meta")[0]?.text).toContain(JS_URL);
  });

  it("keeps article text out of the inline script and style", () => {
    expect(assets.script).not.toContain("</script");
    expect(assets.css).not.toContain("</style");
    const root = parseHtml(articleHtml);
    const script = allElements(root).find((e) => e.tag === "script")!;
    expect(script.text).toBe(assets.script);
    expect(HOSTILE_TEXT.length).toBeGreaterThan(0);
  });

  it("pins its own script and style in a Content-Security-Policy", () => {
    const root = parseHtml(articleHtml);
    const csp = allElements(root).find((e) => e.tag === "meta" && e.attrs["http-equiv"] === "Content-Security-Policy")?.attrs.content ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe-inline");
  });
});
