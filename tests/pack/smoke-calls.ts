/**
 * One real call per package, written as the body of `async (m) => { … }` where `m` is the
 * package's module namespace (ESM import or CJS require). Each throws when the result is wrong.
 * The same bodies run under ESM, CJS, Node 20/22/24 and (for libraries) in Chromium.
 */
export const smokeCalls: Record<string, string> = {
  "@qalam/normalize": `
    const out = m.normalize("أَحْمَدُ", "search");
    if (out !== "احمد") throw new Error("normalize gave " + JSON.stringify(out));
    const { edits } = m.normalizeWithEdits("إِنَّ", "search");
    const span = edits.mapSpanToSource(0, 2);
    if (span.start !== 0 || span.end < 3) throw new Error("edits gave " + JSON.stringify(span));
    return out;`,
  "@qalam/tokenize": `
    const text = "وقالت لـOpenAI إن 13.75 مليار.";
    const tokens = m.tokenize(text);
    if (tokens.map((t) => t.text).join("") !== text) throw new Error("tokens do not cover the text");
    if (!tokens.some((t) => t.text === "13.75" || t.stem === "13.75" || t.text.includes("13.75"))) throw new Error("no number token");
    if (m.sentences(text).length < 1) throw new Error("no sentence");
    return tokens.length;`,
  "@qalam/entities": `
    const text = "وقعت بمايكروسوفت صفقة بقيمة 13.75 مليار دولار مع OpenAI.";
    const found = m.tagEntities(text);
    const ms = found.find((e) => e.canonical === "Microsoft");
    if (!ms || text.slice(ms.start, ms.end) !== ms.text) throw new Error("Microsoft not linked: " + JSON.stringify(found));
    const money = found.find((e) => e.type === "MONEY");
    if (!money || money.value.amount !== 13750000000 || money.value.currency !== "USD") throw new Error("money: " + JSON.stringify(money));
    return found.length;`,
  "@qalam/cite": `
    const item = { type: "article-newspaper", title: "مايكروسوفت وOpenAI", author: [{ family: "نبيل", given: "محمد" }],
      issued: { "date-parts": [[2024, 10, 20]] }, "container-title": "إيجيبت14" };
    const ref = m.formatCitation(item, { style: "apa", locale: "ar" });
    if (!ref.includes("نبيل") || !ref.includes("2024") || ref.includes("undefined")) throw new Error("reference: " + ref);
    const date = m.parseDateline("11:02 ص, الأحد, 20 أكتوبر 24");
    if (!date || date.date !== "2024-10-20") throw new Error("dateline: " + JSON.stringify(date));
    return ref;`,
  "@qalam/pipeline": `
    const run = m.pipeline(m.stages.normalize("search"), m.stages.tagEntities());
    const doc = await run.run("أعلنت مايكروسوفت عن صفقة مع OpenAI.");
    if (!doc.entities.some((e) => e.canonical === "Microsoft")) throw new Error("pipeline: " + JSON.stringify(doc.entities));
    return doc.entities.length;`,
};
