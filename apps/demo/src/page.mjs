// Whole HTML pages: an article page and the index across articles. Self-contained files
// (inline CSS and JS, relative links, no external resources) that open from disk.
// A Content-Security-Policy pins the page's own style and script by hash, so even a mistake in
// escaping could not run a script or load anything from outside.
import { createHash } from "node:crypto";
import { renderArticleBody } from "./article-html.mjs";
import { firstLine } from "./articles.mjs";
import { isolatedTextToHtml, textToHtml } from "./bidi.mjs";
import { escapeHtml, safeHttpUrl } from "./escape.mjs";
import { ENTITY_TYPES } from "./labels.mjs";
import { attributionParts, groupNamedEntities, valueMentions } from "./summary.mjs";

/** @typedef {import("./analyze.mjs").Analysis} Analysis */
/** @typedef {{ css: string, script: string }} Assets */

/** @param {string} source */
function sha256(source) {
  return createHash("sha256").update(source, "utf8").digest("base64");
}

/**
 * @param {{ title: string, body: string, assets: Assets }} page
 */
function layout({ title, body, assets }) {
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${sha256(assets.css)}'`,
    `script-src 'sha256-${sha256(assets.script)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html dir="rtl" lang="ar">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${assets.css}</style>
</head>
<body>
${body}
<div id="tip" role="tooltip" hidden></div>
<div id="status" class="visually-hidden" role="status" aria-live="polite"></div>
<script>${assets.script}</script>
</body>
</html>
`;
}

/** The legend of entity colours and attribution marks. */
function legend() {
  const types = ENTITY_TYPES.map(
    (t) => `<li><mark class="ent swatch" data-type="${escapeHtml(t.type)}">${escapeHtml(t.ar)}</mark> <bdi dir="ltr" lang="en">${escapeHtml(t.en)}</bdi></li>`,
  ).join("");
  const roles = [
    ["source", "المصدر"],
    ["cue", "فعل الإسناد"],
    ["quote", "الاقتباس"],
  ]
    .map(([role, label]) => `<li><span class="attr attr-${role}">${label}</span></li>`)
    .join("");
  return `<section class="legend" aria-label="دليل الألوان"><ul class="legend-types">${types}</ul><ul class="legend-roles">${roles}</ul></section>`;
}

/**
 * One metadata line: date, time, authors, outlet; "غير معروف" where the extractor found nothing.
 * @param {Analysis} a
 */
function metaLine(a) {
  const unknown = '<span class="muted">غير معروف</span>';
  const url = safeHttpUrl(a.url);
  const items = [
    ["التاريخ", a.date ? `<time dir="ltr" datetime="${escapeHtml(a.date)}">${escapeHtml(a.date)}</time>${a.time ? ` <time dir="ltr" class="muted">${escapeHtml(a.time)}</time>` : ""}` : unknown],
    ["الكاتب", a.authors.length ? a.authors.map(textToHtml).join("، ") : unknown],
    ["المنفذ", a.outlet ? textToHtml(a.outlet) : unknown],
  ];
  if (url) items.push(["الرابط", `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow"><bdi dir="ltr">${escapeHtml(url)}</bdi></a>`]);
  else if (a.url) items.push(["الرابط", `<bdi dir="ltr">${escapeHtml(a.url)}</bdi>`]);
  return `<dl class="meta">${items.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("")}</dl>`;
}

/** @param {Analysis} a */
function entityPanel(a) {
  const groups = groupNamedEntities(a.entities);
  const rows = groups
    .map(
      (g) => `<li><button type="button" class="group" data-key="${escapeHtml(g.key)}" aria-pressed="false">
<span class="dot" data-type="${escapeHtml(g.type)}"></span><span class="name">${textToHtml(g.name)}</span><span class="count">${g.count}</span></button>
<div class="spellings">${g.spellings.map((s) => `<span class="spelling">${textToHtml(s.text)} <small><bdi dir="ltr">×${s.count}</bdi></small></span>`).join(" ")}${g.id ? ` <code dir="ltr">${escapeHtml(g.id)}</code>` : ""}</div></li>`,
    )
    .join("\n");
  const values = valueMentions(a.entities)
    .map(
      (v) => `<tr><td><span class="dot" data-type="${escapeHtml(v.type)}"></span>${textToHtml(v.text)}</td><td dir="ltr" class="value">${v.value ? escapeHtml(v.value) : '<span class="muted" title="لا قيمة">—</span>'}</td></tr>`,
    )
    .join("\n");
  return `<section class="card" aria-labelledby="h-entities"><h2 id="h-entities">الكيانات <small>(${groups.length})</small></h2>
${groups.length ? `<ul class="groups">${rows}</ul>` : '<p class="muted">لم يُعثر على كيانات.</p>'}
</section>
<section class="card" aria-labelledby="h-values"><h2 id="h-values">المبالغ والتواريخ <small>(${valueMentions(a.entities).length})</small></h2>
${values ? `<table class="values"><thead><tr><th>النص</th><th>القيمة</th></tr></thead><tbody>${values}</tbody></table>` : '<p class="muted">لا شيء.</p>'}
</section>`;
}

/** @param {Analysis} a */
function attributionPanel(a) {
  const items = a.attributions
    .map(
      (t) => {
        const badges = [
          t.sourceCanonical && t.sourceCanonical !== t.sourceText ? `<span class="badge"><bdi>${textToHtml(t.sourceCanonical)}</bdi></span>` : "",
          t.sourceIsOutlet ? '<span class="badge">وسيلة إعلام</span>' : "",
          t.anonymous ? '<span class="badge">مصدر مجهول</span>' : "",
        ].join("");
        const quote = t.quoteText
          ? `<q class="${t.direct ? "direct" : "reported"}" title="${t.direct ? "اقتباس مباشر" : "كلام منقول"}">${textToHtml(t.quoteText)}</q>`
          : "";
        return `<li class="attribution" data-attr-ref="a${t.index}"><span class="attr attr-source">${t.sourceText ? textToHtml(t.sourceText) : "—"}</span>
<span class="attr attr-cue">${textToHtml(t.cueText)}</span> ${badges}${quote}</li>`;
      },
    )
    .join("\n");
  return `<section class="card" aria-labelledby="h-attr"><h2 id="h-attr">الإسنادات <small>(${a.attributions.length})</small></h2>
${items ? `<ol class="attributions">${items}</ol>` : '<p class="muted">لا إسنادات.</p>'}
</section>`;
}

/** @param {Analysis} a */
function referencePanel(a) {
  const items = a.references
    .map((r) => {
      const dir = r.locale === "ar" ? "rtl" : "ltr";
      return `<figure class="reference" data-style="${escapeHtml(r.style)}" data-locale="${escapeHtml(r.locale)}">
<figcaption>${escapeHtml(r.styleName)} · ${escapeHtml(r.localeName)}</figcaption>
<p class="ref-text" dir="${dir}" lang="${escapeHtml(r.locale)}">${isolatedTextToHtml(r.text, dir)}</p>
<button type="button" class="copy" data-copy="${escapeHtml(r.text)}">نسخ</button>
</figure>`;
    })
    .join("\n");
  return `<section class="card" aria-labelledby="h-refs"><h2 id="h-refs">المراجع</h2>
${items || '<p class="muted">لم تُستخرج بيانات كافية لمرجع.</p>'}
</section>`;
}

/**
 * @param {Analysis} a
 * @param {{ assets: Assets, prev?: { href: string, title: string }, next?: { href: string, title: string } }} options
 */
export function renderArticlePage(a, { assets, prev, next }) {
  const title = a.title || firstLine(a.text) || a.id;
  const nav = [
    '<a href="index.html">كل المقالات</a>',
    prev ? `<a href="${escapeHtml(prev.href)}" rel="prev">→ السابق</a>` : "",
    next ? `<a href="${escapeHtml(next.href)}" rel="next">التالي ←</a>` : "",
  ]
    .filter(Boolean)
    .join("");
  const messages = a.messages.length
    ? `<section class="card warn"><h2>رسائل</h2><ul>${a.messages.map((m) => `<li dir="ltr">${escapeHtml(m)}</li>`).join("")}</ul></section>`
    : "";
  const body = `<a class="skip" href="#panel">تخطَّ إلى لوحة التحليل</a>
<header class="site"><span class="brand">قلم <bdi dir="ltr" lang="en">qalam</bdi></span><nav>${nav}</nav></header>
<main class="layout">
<article class="article" aria-labelledby="title">
<p class="kicker"><bdi dir="ltr" lang="en">${escapeHtml(a.id)}</bdi></p>
<h1 id="title">${textToHtml(title)}</h1>
${metaLine(a)}
${legend()}
<div class="text">
${renderArticleBody(a.text, a.entities, attributionParts(a.attributions))}
</div>
</article>
<aside class="panel" id="panel" tabindex="-1" aria-label="لوحة التحليل">
${messages}
${referencePanel(a)}
${entityPanel(a)}
${attributionPanel(a)}
</aside>
</main>`;
  return layout({ title: `${title} — qalam`, body, assets });
}

/**
 * @param {Array<{ analysis: Analysis, href: string }>} pages
 * @param {{ assets: Assets }} options
 */
export function renderIndexPage(pages, { assets }) {
  const rows = pages
    .map(({ analysis: a, href }) => {
      const title = a.title || firstLine(a.text) || a.id;
      const groups = groupNamedEntities(a.entities);
      const top = groups
        .slice(0, 4)
        .map((g) => `<span class="chip"><span class="dot" data-type="${escapeHtml(g.type)}"></span>${textToHtml(g.name)} <small><bdi dir="ltr">×${g.count}</bdi></small></span>`)
        .join(" ");
      return `<tr>
<td><a class="article-link" href="${escapeHtml(href)}">${textToHtml(title)}</a><div class="chips">${top}</div></td>
<td class="nowrap" data-label="التاريخ">${a.date ? `<time dir="ltr" datetime="${escapeHtml(a.date)}">${escapeHtml(a.date)}</time>` : '<span class="muted">—</span>'}</td>
<td data-label="الكاتب / المنفذ">${[...a.authors, a.outlet].filter(Boolean).map(textToHtml).join("، ") || '<span class="muted">—</span>'}</td>
<td class="num" data-label="كيانات">${a.entities.length}</td>
<td class="num" data-label="إسنادات">${a.attributions.length}</td>
</tr>`;
    })
    .join("\n");

  /** @type {Map<string, { name: string, type: string, mentions: number, articles: Set<string>, spellings: Set<string> }>} */
  const across = new Map();
  for (const { analysis: a } of pages) {
    for (const g of groupNamedEntities(a.entities)) {
      const entry = across.get(g.key) ?? { name: g.name, type: g.type, mentions: 0, articles: new Set(), spellings: new Set() };
      entry.mentions += g.count;
      entry.articles.add(a.id);
      for (const s of g.spellings) entry.spellings.add(s.text);
      across.set(g.key, entry);
    }
  }
  const entityRows = [...across.values()]
    .sort((x, y) => y.articles.size - x.articles.size || y.mentions - x.mentions)
    .slice(0, 40)
    .map(
      (e) => `<tr><td><span class="dot" data-type="${escapeHtml(e.type)}"></span>${textToHtml(e.name)}</td><td>${[...e.spellings].map(textToHtml).join("، ")}</td><td class="num">${e.articles.size}</td><td class="num">${e.mentions}</td></tr>`,
    )
    .join("\n");

  const body = `<header class="site"><span class="brand">قلم <bdi dir="ltr" lang="en">qalam</bdi></span><nav><a href="index.html" aria-current="page">كل المقالات</a></nav></header>
<main class="index">
<h1>تقرير المقالات</h1>
<p class="lead">${pages.length} مقالات مرّت عبر سلسلة <bdi dir="ltr" lang="en">qalam</bdi>: التطبيع، التقطيع، الكيانات، البيانات الوصفية، الإسنادات والمراجع.</p>
<section class="card"><h2>المقالات</h2>
<div class="table-wrap"><table class="articles"><thead><tr><th>العنوان</th><th>التاريخ</th><th>الكاتب / المنفذ</th><th>كيانات</th><th>إسنادات</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>
<section class="card"><h2>الكيانات عبر المقالات</h2>
<div class="table-wrap"><table class="across"><thead><tr><th>الكيان</th><th>الكتابات</th><th>مقالات</th><th>مرات</th></tr></thead>
<tbody>${entityRows}</tbody></table></div></section>
${legend()}
</main>`;
  return layout({ title: "تقرير قلم — qalam report", body, assets });
}
