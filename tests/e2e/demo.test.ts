// The demo's HTML report in a real browser (Debian's Chromium driven by playwright-core):
// every article's entities are highlighted with the tagger's types, tooltips show on hover and on
// keyboard focus, the references are there, an article full of injection attempts runs nothing,
// and no page logs an error. A screenshot of every page lands in tests/e2e/screenshots/.
import { mkdtemp, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { tagEntities } from "@qalam/entities";
import { loadArticles } from "../../apps/demo/src/articles.mjs";
import { loadAssets } from "../../apps/demo/src/assets.mjs";
import { buildReport } from "../../apps/demo/src/report.mjs";
import { serveFolder } from "../../apps/demo/src/serve.mjs";
import { chromiumAvailable, chromiumPath, launchChromium } from "../support/chromium.js";

const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
const haveChromium = chromiumAvailable(); // throws under CI when the browser is missing
if (!haveChromium) console.warn(`tests/e2e skipped: no Chromium at ${chromiumPath} (apt-get install -y chromium)`);

const HOSTILE_ID = "hostile";
const HOSTILE_TEXT = [
  "تقرير <script>window.__pwned = 1; alert(1)</script> عن مايكروسوفت",
  'قال سام ألتمان"><img src=x onerror="window.__pwned=2;alert(1)"> إن OpenAI ستستثمر 10 مليارات دولار.',
  "الرابط javascript:alert(1) و <a href=\"javascript:alert(1)\" onclick=\"alert(1)\">اضغط</a> و <svg onload=alert(1)></svg>",
  "\u202Eمقلوب\u202C نهاية.",
].join("\n");

/** Collects console errors, page errors and dialogs; a test fails if any is left at the end. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

describe.skipIf(!haveChromium)("demo HTML report in Chromium", () => {
  let browser: Browser;
  let outDir: string;
  let articles: Array<{ id: string; file: string; text: string; metadata?: Record<string, string> }>;
  let report: Awaited<ReturnType<typeof buildReport>>;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "qalam-e2e-"));
    await mkdir(SCREENSHOTS, { recursive: true });
    articles = [
      ...(await loadArticles()),
      { id: HOSTILE_ID, file: "", text: HOSTILE_TEXT, metadata: { URL: "javascript:alert(1)", title: '<img src=x onerror=alert(1)>' } },
    ];
    report = await buildReport(articles, { outDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  const fileUrl = (path: string) => pathToFileURL(path).href;
  const pageOf = (id: string) => {
    const file = report.files.find((f) => f.kind === "article" && f.id === id);
    if (!file) throw new Error(`no page for ${id}`);
    return file.path;
  };

  it("the index lists every article, links to its page and renders cleanly", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watch(page);
    const index = report.files.find((f) => f.kind === "index")!;
    await page.goto(fileUrl(index.path));
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    const links = await page.$$eval("a.article-link", (as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(report.files.filter((f) => f.kind === "article").map((f) => basename(f.path)));
    await page.screenshot({ path: join(SCREENSHOTS, "index.png"), fullPage: true });
    await page.click("a.article-link >> nth=0");
    await page.waitForSelector(".text mark.ent");
    expect(page.url()).toBe(fileUrl(pageOf(articles[0]!.id)));
    await page.close();
    expect(problems).toEqual([]);
  });

  it("each seed article page highlights exactly the tagger's entities, with their types", async () => {
    const seeds = articles.filter((a) => a.id !== HOSTILE_ID);
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const article of seeds) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watch(page);
      await page.goto(fileUrl(pageOf(article.id)));
      const marks = await page.$$eval(".text mark.ent", (els) =>
        els.map((el) => ({
          type: el.getAttribute("data-type"),
          start: Number(el.getAttribute("data-start")),
          end: Number(el.getAttribute("data-end")),
          text: el.textContent,
        })),
      );
      const expected = tagEntities(article.text)
        .slice()
        .sort((a, b) => a.start - b.start)
        .map((e) => ({ type: e.type, start: e.start, end: e.end, text: article.text.slice(e.start, e.end) }));
      expect(expected.length, `${article.id}: the tagger finds entities`).toBeGreaterThan(0);
      expect(marks, article.id).toEqual(expected);
      // Every mark is styled by its type (the legend's colour, not the fallback grey).
      const styled = await page.$$eval(".text mark.ent", (els) =>
        els.every((el) => getComputedStyle(el).backgroundColor !== "rgb(226, 232, 240)"),
      );
      expect(styled, `${article.id}: marks coloured by type`).toBe(true);
      // Keyboard users reach every mark with Tab.
      expect(await page.$$eval(".text mark.ent", (els) => els.every((el) => (el as HTMLElement).tabIndex === 0))).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `${article.id}.png`), fullPage: true });
      await page.close();
      expect(problems, article.id).toEqual([]);
    }
  });

  it("hovering or focusing an entity shows its canonical name, id and value", async () => {
    for (const article of articles.filter((a) => a.id !== HOSTILE_ID)) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watch(page);
      await page.goto(fileUrl(pageOf(article.id)));
      const tip = page.locator("#tip");
      expect(await tip.isVisible()).toBe(false);

      const linked = page.locator(".text mark.ent[data-canonical]");
      expect(await linked.count(), article.id).toBeGreaterThan(0);
      const first = linked.first();
      const canonical = (await first.getAttribute("data-canonical"))!;
      const id = await first.getAttribute("data-id");
      await first.hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(canonical);
      if (id) expect(await tip.textContent()).toContain(id);
      await page.mouse.move(0, 0);
      await expect.poll(() => tip.isVisible()).toBe(false);

      // Keyboard: Tab reaches the marks (tabindex=0) and focus shows the same tooltip.
      const last = linked.last();
      await last.focus();
      expect(await page.evaluate(() => document.activeElement?.matches(".text mark.ent"))).toBe(true);
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain((await last.getAttribute("data-canonical"))!);
      expect(await last.getAttribute("aria-describedby")).toBe("tip");
      await page.keyboard.press("Tab");
      const valued = page.locator(".text mark.ent[data-value]");
      if ((await valued.count()) > 0) {
        await valued.first().focus();
        expect(await tip.textContent()).toContain((await valued.first().getAttribute("data-value"))!);
      }
      await page.keyboard.press("Escape");
      await expect.poll(() => tip.isVisible()).toBe(false);
      await page.close();
      expect(problems, article.id).toEqual([]);
    }
  });

  it("shows the APA and Chicago references in Arabic and English, with working copy buttons", async () => {
    for (const [i, article] of articles.entries()) {
      if (article.id === HOSTILE_ID) continue;
      const analysis = report.analyses[i]!;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watch(page);
      await page.goto(fileUrl(pageOf(article.id)));
      const shown = await page.$$eval("figure.reference", (figs) =>
        figs.map((f) => ({
          style: f.getAttribute("data-style"),
          locale: f.getAttribute("data-locale"),
          text: f.querySelector(".ref-text")?.textContent ?? "",
          copy: f.querySelector("button.copy")?.getAttribute("data-copy") ?? "",
        })),
      );
      expect(shown.map((r) => `${r.style}/${r.locale}`).sort(), article.id).toEqual(["apa/ar", "apa/en", "chicago/ar", "chicago/en"]);
      for (const ref of shown) {
        const formatted = analysis.references.find((r) => r.style === ref.style && r.locale === ref.locale)!.text;
        expect(ref.text.length).toBeGreaterThan(10);
        expect(ref.copy).toBe(formatted);
        // What the page shows is the formatted reference minus its isolate controls.
        expect(ref.text).toBe(formatted.replace(/[\u2066-\u2069\u202A-\u202E]/g, ""));
      }
      if (analysis.title) expect(shown.find((r) => r.locale === "ar")!.text).toContain(analysis.title.slice(0, 20));
      const button = page.locator("button.copy").first();
      await button.click();
      await expect.poll(() => button.textContent()).toBe("نُسخ ✓");
      await page.close();
      expect(problems, article.id).toEqual([]);
    }
  });

  it("an article full of injection attempts runs nothing and shows them as text", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watch(page);
    await page.goto(fileUrl(pageOf(HOSTILE_ID)));
    await page.waitForSelector(".text p");
    await page.locator(".text mark.ent").first().hover().catch(() => undefined);
    const dom = await page.evaluate(() => {
      const all = [...document.querySelectorAll("*")];
      return {
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        scripts: [...document.scripts].map((script) => script.textContent),
        injected: [...document.querySelectorAll("img, svg, iframe, object, embed")].map((el) => el.tagName),
        jsLinks: [...document.querySelectorAll("[href], [src]")]
          .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? "")
          .filter((url) => /^\s*javascript:/i.test(url)),
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        text: document.querySelector(".text")?.textContent ?? "",
        h1: document.querySelector("h1")?.textContent ?? "",
      };
    });
    expect(dom.handlers).toEqual([]);
    expect(dom.scripts).toEqual([(await loadAssets()).script]); // the page's own script and nothing else
    expect(dom.injected).toEqual([]);
    expect(dom.jsLinks).toEqual([]);
    expect(dom.pwned).toBeNull();
    expect(dom.text).toContain("<script>window.__pwned = 1; alert(1)</script>");
    expect(dom.text).toContain('"><img src=x onerror="window.__pwned=2;alert(1)">');
    expect(dom.text).toContain("<svg onload=alert(1)></svg>");
    expect(dom.text).toContain("RLO"); // the override is shown as a label, not obeyed
    await page.screenshot({ path: join(SCREENSHOTS, `${HOSTILE_ID}.png`), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
  });

  it("serves the report on localhost (pnpm demo --serve) without errors, at phone width too", async () => {
    const server = await serveFolder(outDir, { port: 0 });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
      const problems = watch(page);
      const response = await page.goto(server.url);
      expect(response?.status()).toBe(200);
      expect(await page.locator("a.article-link").count()).toBe(articles.length);
      await page.goto(new URL(basename(pageOf(articles[0]!.id)), server.url).href);
      expect(await page.locator(".text mark.ent").count()).toBeGreaterThan(0);
      // The layout stacks at phone width: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `${articles[0]!.id}-phone.png`), fullPage: false });
      const missing = await page.goto(new URL("../../etc/passwd", server.url).href);
      expect(missing?.status()).toBe(404);
      await page.close();
      expect(problems.filter((p) => !p.includes("404"))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
