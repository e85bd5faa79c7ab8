/**
 * Output for people is safe: HTML from @qalam/entities and @qalam/cite escapes every piece of
 * text and every attribute value taken from input, and drops `javascript:` URLs. Checked in a
 * real DOM (Chromium), not by string search: no element, attribute or handler comes from input.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { tagEntities, toHtml } from "@qalam/entities";
import { formatCitation } from "@qalam/cite";
import { chromiumAvailable, launchChromium } from "../support/chromium.js";

const payloads = [
  "<script>window.__pwned = 1</script>",
  '"><img src=x onerror="window.__pwned = 1">',
  "'><svg onload='window.__pwned=1'>",
  "</mark><iframe srcdoc='<script>parent.__pwned=1</script>'></iframe>",
  "&lt;script&gt; & &amp;",
];

const available = chromiumAvailable();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!available) return;
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Loads `html` into a page and lists everything in the DOM that could run code or came from input. */
async function dangerous(html: string): Promise<string[]> {
  await page.setContent(`<!doctype html><html dir="rtl" lang="ar"><meta charset="utf-8"><body>${html}</body></html>`);
  await page.waitForTimeout(50);
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as unknown as { __pwned?: number }).__pwned) found.push("payload ran");
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const tag = el.tagName.toLowerCase();
      if (["script", "img", "svg", "iframe", "object", "embed", "style", "link"].includes(tag)) found.push(`<${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith("on")) found.push(`${tag}[${attr.name}]`);
        if (/^\s*(?:javascript|data|vbscript):/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
    }
    return found;
  });
}

describe.skipIf(!available)("HTML output in a real DOM", () => {
  it("entities: toHtml escapes the text around and inside entities", async () => {
    for (const payload of payloads) {
      const text = `أعلنت مايكروسوفت ${payload} عن شراكة مع OpenAI${payload}`;
      const html = toHtml(text, tagEntities(text));
      expect(await dangerous(html)).toEqual([]);
      // What the reader sees is the original text, payload included, as text.
      await page.setContent(`<body>${html}</body>`);
      expect(await page.evaluate(() => document.body.textContent)).toContain(payload.replace(/\s+/g, " ").slice(0, 10));
    }
  });

  it("cite: every field of an HTML reference is escaped and javascript: URLs are dropped", async () => {
    for (const payload of payloads) {
      for (const style of ["apa", "mla", "chicago"] as const) {
        for (const locale of ["ar", "en"] as const) {
          const html = formatCitation(
            {
              type: "article-newspaper",
              title: `عنوان ${payload}`,
              author: [{ family: `نبيل${payload}`, given: "محمد" }, { literal: payload }],
              "container-title": payload,
              issued: { "date-parts": [[2024, 10, 20]] },
              URL: "javascript:window.__pwned=1",
            },
            { style, locale, format: "html" },
          );
          expect(await dangerous(html), `${style}/${locale}: ${html}`).toEqual([]);
        }
      }
    }
  });
});
