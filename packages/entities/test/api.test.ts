import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { createTagger, tagEntities, toHtml } from "../src/index.js";

describe("public surface", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(api).sort()).toEqual([
      "ARABIC_MONTHS", "ARABIC_WEEKDAYS", "CURRENCY_DISPLAY_NAMES", "ENGLISH_MONTHS", "ENGLISH_WEEKDAYS", "HIJRI_MONTHS",
      "createTagger", "findValues", "gregorianToHijri", "hijriToGregorian", "monthFromName", "parseArabicDate", "romanizationKey", "tagEntities",
      "toBio", "toConll", "toHtml", "toJson", "weekdayFromName",
    ]);
  });
});

describe("tagEntities with the built-in gazetteer", () => {
  /** What a tagger finds in `text`, as [text, type] pairs. */
  const textAndType = (text: string) => tagEntities(text).map((e) => [e.text, e.type]);
  it("tags names and values in mixed text (README example)", () => {
    const text = "استثمرت مايكروسوفت 13.75 مليار دولار في OpenAI، وقال سام ألتمان لـ Bloomberg إن الشركة تنمو 20%.";
    const found = tagEntities(text, { referenceDate: "2025-11-05" }).map(({ text, type, id, value, prefix }) => ({ text, type, id, value, prefix }));
    expect(found).toEqual([
      { text: "مايكروسوفت", type: "ORG", id: "org:microsoft", value: undefined, prefix: undefined },
      { text: "13.75 مليار دولار", type: "MONEY", id: undefined, value: { amount: 13750000000, currency: "USD" }, prefix: undefined },
      { text: "OpenAI", type: "ORG", id: "org:openai", value: undefined, prefix: undefined },
      { text: "سام ألتمان", type: "PERSON", id: "person:sam-altman", value: undefined, prefix: undefined },
      { text: "Bloomberg", type: "ORG", id: "org:bloomberg", value: undefined, prefix: "لـ" },
      { text: "20%", type: "PERCENT", id: undefined, value: { ratio: 0.2 }, prefix: undefined },
    ]);
  });
  it("links generated countries in both languages", () => {
    const found = tagEntities("زار مصر ثم Egypt").map((e) => [e.text, e.id]);
    expect(found).toEqual([["مصر", "location:country-eg"], ["Egypt", "location:country-eg"]]);
  });
  it("knows everyday country names beside ICU's («السعودية», UAE)", () => {
    expect(tagEntities("بين السعودية والإمارات و UAE").map((e) => [e.text, e.id])).toEqual([
      ["السعودية", "location:country-sa"],
      ["الإمارات", "location:country-ae"],
      ["UAE", "location:country-ae"],
    ]);
  });
  it("reads «السعودية» after a noun with the article or a name as the adjective, which is no entity", () => {
    const places = (text: string) => tagEntities(text).filter((e) => e.type === "LOCATION").map((e) => [e.prefix ?? "", e.text]);
    expect(places("قبل دخول السوق السعودية العام المقبل")).toEqual([]);
    expect(places("بعد إعلان شركة «هيوماين» السعودية، المملوكة")).toEqual([]);
    expect(places("العلاقات السعودية الأمريكية")).toEqual([]);
    // After a preposition or a verb, or joined by «و», it is the country.
    expect(places("سافر إلى السعودية، وأعلنت السعودية أن")).toEqual([["", "السعودية"], ["", "السعودية"]]);
    expect(places("بين الإمارات والسعودية")).toEqual([["", "الإمارات"], ["و", "السعودية"]]);
  });
  it("links a company's name that is also an English word when Arabic text writes it in Latin, capitalized", () => {
    const ids = (text: string) => tagEntities(text).map((e) => [e.text, e.type, e.id ?? ""]);
    expect(ids("وقعت مذكرة تفاهم مع Visa، وقال الرئيس التنفيذي لـLucid إن")).toEqual([["Visa", "ORG", "org:visa"], ["Lucid", "ORG", "org:lucid"]]);
    // Written otherwise, or a product's name («Teams» needs its company named), it stays unlinked.
    expect(ids("حصل على VISA وتنافست Teams كثيرة")).toEqual([["VISA", "ORG", ""], ["Teams", "ORG", ""]]);
  });
  it("reads an Arabic name that is also a common word as the entry the text named unambiguously", () => {
    const ids = (text: string) => tagEntities(text).map((e) => [e.text, e.id ?? ""]);
    expect(ids("استحوذت AMD على Marvell Technology، وارتفع سهم مارفل")).toEqual([["AMD", "org:amd"], ["Marvell Technology", "org:marvell"], ["مارفل", "org:marvell"]]);
    // Alone it is the common word; as a given name it stays one.
    expect(ids("ارتفع سهم مارفل")).toEqual([]);
    expect(ids("أطلقت Careem خدمة جديدة، وقال كريم إن").map(([, id]) => id)).toEqual(["org:careem"]);
  });
  it("reads a listed name that is also a region's as the outlet after «صحيفة»", () => {
    const ids = (text: string) => tagEntities(text).map((e) => [e.text, e.id ?? ""]);
    expect(ids("نقلته صحيفة «الخليج» عن مصادر في دول الخليج")).toEqual([["الخليج", "org:al-khaleej"], ["الخليج", "location:gulf"]]);
  });
  it("reads a place name that is also a common word as the place when it is listed beside a place", () => {
    const places = (text: string) => tagEntities(text).map((e) => [e.prefix ?? "", e.text, e.id ?? ""]);
    expect(places("مراكز إضافية في إربد والزرقاء والعقبة بالتعاون")).toEqual([
      ["", "إربد", "location:irbid"],
      ["و", "الزرقاء", "location:zarqa"],
      ["و", "العقبة", "location:aqaba"],
    ]);
    // A place between two listed ones is tagged once; «و» and a place of the list's country
    // before a contextual name of the whole word («وجدة» is Oujda, «الرياض وجدة» Jeddah).
    // A name two places share is the one of the list's country; a place found with its «و»
    // carries the list on to the word before it.
    expect(places("في محافظات العاصمة وحولي والفروانية")).toEqual([
      ["", "العاصمة", "location:al-asimah-kuwait"],
      ["و", "حولي", "location:hawalli"],
      ["و", "الفروانية", "location:farwaniya"],
    ]);
    expect(places("في المحرق والعاصمة")).toEqual([
      ["", "المحرق", "location:muharraq"],
      ["و", "العاصمة", "location:capital-governorate-bahrain"],
    ]);
    expect(places("زار فاس ووجدة وطنجة")).toEqual([
      ["", "فاس", "location:fez"],
      ["و", "وجدة", "location:oujda"],
      ["و", "طنجة", "location:tangier"],
    ]);
    expect(places("في الرياض وجدة والدمام")).toEqual([
      ["", "الرياض", "location:riyadh"],
      ["و", "جدة", "location:jeddah"],
      ["و", "الدمام", "location:dammam"],
    ]);
    // A country whose name is a common word («مالي», financial): only beside a listed place.
    expect(places("فإذا نجح منتج مالي هنا")).toEqual([]);
    expect(places("زار مالي والسنغال")).toEqual([
      ["", "مالي", "location:country-ml"],
      ["و", "السنغال", "location:country-sn"],
    ]);
    // Before the listed place too; alone, the word is the common one.
    expect(places("في سوسة ونابل")).toEqual([["", "سوسة", "location:sousse"], ["و", "نابل", "location:nabeul"]]);
    expect(places("اللون الأزرق والزرقاء")).toEqual([]);
  });
  it("takes a Latin product's model or version into its span", () => {
    const products = (text: string) => tagEntities(text).filter((e) => e.type === "PRODUCT").map((e) => [e.text, e.id ?? ""]);
    expect(products("عن هاتفها الجديد iPhone 17 Pro إلى جانب")).toEqual([["iPhone 17 Pro", "product:iphone"]]);
    expect(products("نموذجها مفتوح المصدر (Llama 4.1)، مؤكدة")).toEqual([["Llama 4.1", "product:llama"]]);
    // A descriptor is no version («Azure Cloud» → «Azure»), nor a longer word.
    expect(products("باستخدام Azure Cloud وAzure Products")).toEqual([["Azure", "product:azure"], ["Azure", "product:azure"]]);
    // After a hyphen, a number or a code; a version glued on keeps the product's link.
    expect(products("نموذج Falcon من معهد الابتكار التكنولوجي، ثم «Falcon-H2»")).toEqual([["Falcon", "product:falcon"], ["Falcon-H2", "product:falcon"]]);
    expect(products("يتفوق على Llama 4 وQwen3 وGemini2")).toEqual([["Llama 4", "product:llama"], ["Qwen3", "product:qwen"], ["Gemini2", "product:gemini"]]);
  });
  it("types an unlisted Latin model code, or a name after a product word, as a product", () => {
    expect(textAndType("لشراء 18 ألف شريحة من GB300 الجديدة")).toEqual([["GB300", "PRODUCT"]]);
    expect(textAndType("التي تطور معالجات Ascend، وشركة")).toEqual([["Ascend", "PRODUCT"]]);
    expect(textAndType("يعمل بمعالج A19 Pro الجديد")).toEqual([["A19 Pro", "PRODUCT"]]);
    // A version joined by a hyphen says product too; a plus sign against a name is part of it.
    expect(textAndType("ضمن مهمة «Ax-2» التي، لا فيروس COVID-19")).toEqual([["Ax-2", "PRODUCT"]]);
    // An unlisted Latin name after an event's noun is the event's: no entity; a listed organisation is one.
    expect(textAndType("على هامش مؤتمر LEAP 2025 ومعرض «GITEX Global» ومؤتمر Allen & Co")).toEqual([["Allen & Co", "ORG"]]);
    // A title two words back, past «في», does not make the firm an analyst works at a person.
    expect(textAndType("وقالت المحللة في Counterpoint، إن ومؤسسة TrendForce")).toEqual([["Counterpoint", "ORG"], ["TrendForce", "ORG"]]);
    // A word that announces only a quoted name types a quoted Latin one too.
    expect(textAndType("ثم محفظة «MoMo» التي أطلقتها")).toEqual([["MoMo", "PRODUCT"]]);
    // A generic word that starts a Latin name belongs to it; one after a name describes it.
    expect(textAndType("لدى شركة Network International وعبر App Developers Alliance")).toEqual([["Network International", "ORG"], ["App Developers Alliance", "ORG"]]);
    expect(textAndType("عبر خدمة Azure Cloud ومتصفح Web")).toEqual([["Azure", "PRODUCT"]]);
    expect(textAndType("إتمام استحواذ OSN+ على حصة")).toEqual([["OSN+", "ORG"]]);
  });
  it("reads the vowel marks a text writes on a name that is also another's («عمّان» is Amman, «عمان» Oman)", () => {
    const places = (text: string) => tagEntities(text).map((e) => [e.text, e.id]);
    expect(places("في عمّان وإربد")).toEqual([["عمّان", "location:amman"], ["إربد", "location:irbid"]]);
    expect(places("في عمان")).toEqual([["عمان", "location:country-om"]]);
    expect(places("في مدينة عمان")).toEqual([["عمان", "location:amman"]]);
    // After a proclitic too.
    expect(tagEntities("بين نابلس وعمّان").map((e) => [e.prefix ?? "", e.text, e.id])).toEqual([
      ["", "نابلس", "location:nablus"],
      ["و", "عمّان", "location:amman"],
    ]);
    expect(places("بين الرياض وعمان")).toEqual([["الرياض", "location:riyadh"], ["عمان", "location:country-om"]]);
  });
  it("reads a place's Latin name with words ending in a company's suffix as a company («Palo Alto Networks»)", () => {
    expect(textAndType("وشركات مثل Palo Alto Networks، وفي Palo Alto نفسها")).toEqual([
      ["Palo Alto Networks", "ORG"],
      ["Palo Alto", "LOCATION"],
    ]);
  });
  it("reads a country's vision («رؤية السعودية 2030») as one product, country and year inside", () => {
    expect(tagEntities("يدعم مستهدفات رؤية السعودية 2030، ولرؤية قطر الوطنية 2030، وزار السعودية 2030").map((e) => [e.prefix ?? "", e.text, e.type])).toEqual([
      ["", "رؤية السعودية 2030", "PRODUCT"],
      ["ول", "رؤية قطر الوطنية 2030", "PRODUCT"],
      ["", "السعودية", "LOCATION"],
    ]);
  });
  it("joins «الشركة» to a listed company named by its country's adjective (the official name)", () => {
    expect(tagEntities("نفّذته والشركة المصرية للاتصالات، وقالت المصرية للاتصالات إن").map((e) => [e.prefix ?? "", e.text, e.id])).toEqual([
      ["و", "الشركة المصرية للاتصالات", "org:telecom-egypt"],
      ["", "المصرية للاتصالات", "org:telecom-egypt"],
    ]);
  });
  it("reads an institution noun and a place as an organisation's name", () => {
    expect(textAndType("نشرته على موقع بورصة الكويت. ومنح مصرف البحرين المركزي تراخيص")).toEqual([
      ["بورصة الكويت", "ORG"],
      ["مصرف البحرين المركزي", "ORG"],
    ]);
    expect(textAndType("وقدّرت جمعية مصارف لبنان كلفة")).toEqual([["جمعية مصارف لبنان", "ORG"]]);
    // One noun before two places joined by «و» names one body.
    expect(textAndType("أعلن بنك البحرين والكويت أرباحه، وزار الوزير البحرين والكويت")).toEqual([
      ["بنك البحرين والكويت", "ORG"],
      ["البحرين", "LOCATION"],
      ["الكويت", "LOCATION"],
    ]);
    expect(textAndType("زار الوزير الكويت")).toEqual([["الكويت", "LOCATION"]]);
    expect(textAndType("عبر بريد الجزائر وبلدية دبي وصندوق عُمان")).toEqual([["بريد الجزائر", "ORG"], ["بلدية دبي", "ORG"], ["صندوق عُمان", "ORG"]]);
    // «سوق» and a place is an exchange only with a name's complement or adjective.
    expect(textAndType("في سوق العراق للأوراق المالية وسوق أبوظبي العالمي، ونمو سوق العراق الكبير")).toEqual([
      ["سوق العراق للأوراق المالية", "ORG"],
      ["سوق أبوظبي العالمي", "ORG"],
      ["العراق", "LOCATION"],
    ]);
    // A person's name after «جامعة», «مؤسسة»… names the institution.
    expect(textAndType("بشراكة مع جامعة محمد السادس، والتقى الملك محمد السادس")).toEqual([["جامعة محمد السادس", "ORG"], ["محمد السادس", "PERSON"]]);
    expect(textAndType("فإن صندوق محمد السادس للاستثمار سيساهم")).toEqual([["صندوق محمد السادس للاستثمار", "ORG"]]);
  });
  it("tags quoted names listed beside a quoted organisation as organisations, without an id", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.prefix ?? "", e.text, e.type, e.id ?? ""]);
    expect(found('تهيمن عليها "أوبر" و"إن درايفر" و"ديدي"، إلى جانب')).toEqual([
      ["", "أوبر", "ORG", "org:uber"],
      ["و", "إن درايفر", "ORG", ""],
      ["و", "ديدي", "ORG", ""],
    ]);
    // Backwards too, and not past a word that is no join.
    expect(found('أطلق "زيلونا" و"أوبر" خدمات، و"الأرباح" مهمة')).toEqual([
      ["", "زيلونا", "ORG", ""],
      ["و", "أوبر", "ORG", "org:uber"],
    ]);
  });
  it("reads a place after «مقرها» («its seat is»)", () => {
    expect(tagEntities("وهي شركة ناشئة مقرها الخبر، لتطوير").map((e) => [e.text, e.id])).toEqual([["الخبر", "location:khobar"]]);
  });
  it("finds a name spelled in letters after «و» («وآي بي إم»), though its first word is short", () => {
    expect(tagEntities("شركات مثل وإل جي وآي بي إم وجي بي مورغان، ومن جهة أخرى").map((e) => [e.prefix ?? "", e.text, e.id])).toEqual([
      ["و", "إل جي", "org:lg-electronics"],
      ["و", "آي بي إم", "org:ibm"],
      ["و", "جي بي مورغان", "org:jpmorgan-chase"],
    ]);
  });
  it("types a Latin name by a trigger a few describing words before it", () => {
    expect(textAndType("لسيارة الأجرة ذاتية القيادة Cybercab في مصنعها")).toEqual([["Cybercab", "PRODUCT"]]);
    expect(textAndType("على روبوتها البشري Optimus، الذي")).toEqual([["Optimus", "PRODUCT"]]);
  });
  it("reads a quoted name after «سهم» as a company, and a place named after a person as a place", () => {
    expect(textAndType("بمكاسب سهم «علم» الذي قفز")).toEqual([["علم", "ORG"]]);
    expect(textAndType("خلال حدث في مسرح ستيف جوبز بمقرها")).toEqual([["مسرح ستيف جوبز", "LOCATION"]]);
    // With a title the person keeps (a name the context found, not the gazetteer).
    expect(textAndType("وصل إلى مطار الملك خالد الدولي وزار مستشفى الملك فيصل التخصصي")).toEqual([
      ["مطار الملك خالد الدولي", "LOCATION"],
      ["مستشفى الملك فيصل التخصصي", "ORG"],
    ]);
    expect(textAndType("بعد إطلاق «ستارغيت الإمارات» بالشراكة")).toEqual([["ستارغيت الإمارات", "PRODUCT"]]);
  });
  it("keeps a symbol that ends a listed name («e&»)", () => {
    expect(tagEntities("مع مشغلين مثل stc وe&، التي").map((e) => [e.prefix ?? "", e.text, e.id])).toEqual([
      ["", "stc", "org:stc"],
      ["و", "e&", "org:e-and"],
    ]);
  });
  it("links a country's official long name («سلطنة عمان», «المملكة الأردنية الهاشمية»)", () => {
    expect(tagEntities("زار سلطنة عمان ثم المملكة الأردنية الهاشمية").map((e) => [e.text, e.id])).toEqual([
      ["سلطنة عمان", "location:country-om"],
      ["المملكة الأردنية الهاشمية", "location:country-jo"],
    ]);
  });
  it("does not split a preposition off a common word to find a short brand («بديل» is not ب + Dell)", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.prefix ?? "", e.text, e.id ?? ""]);
    expect(found("تريد تقديم بديل أوروبي")).toEqual([]);
    // Nor off a word that is a listed name's common-word spelling («كابل»: a cable, or Kabul);
    // a name of several words after it is split off («لزين الكويت»).
    expect(found("لمدّ كابل ضوئي، وقالت الرئيسة التنفيذية لزين الكويت")).toEqual([["ل", "زين الكويت", "org:zain-kuwait"]]);
    expect(found("وديل ولأبل وبدبي")).toEqual([["و", "ديل", "org:dell"], ["ول", "أبل", "org:apple"], ["وب", "دبي", "location:dubai"]]);
  });
  it("of two names ending alike after proclitics, reads the one that keeps more of the word", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.prefix ?? "", e.text, e.id ?? ""]);
    // «وكسلا» is و + Kassala, not وك + Salé.
    expect(found("بين بورتسودان وكسلا")).toEqual([["", "بورتسودان", "location:port-sudan"], ["و", "كسلا", "location:kassala"]]);
  });
  it("reads a listed company's name with more Latin words as a part of it, without its id", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.text, e.type, e.id ?? ""]);
    // A division, and an unlisted company's arm in a country.
    expect(found("وقّعت Siemens Mobility عقداً مع Zentrix Egypt لتوريد")).toEqual([
      ["Siemens Mobility", "ORG", ""],
      ["Zentrix Egypt", "ORG", ""],
    ]);
    // A product, by its last word or a trigger before it; an unlisted Latin name by its last word.
    expect(found("عبر Oracle Wallet الجديدة ونموذج Mistral Small وبطاقة Qora Card")).toEqual([
      ["Oracle Wallet", "PRODUCT", ""],
      ["Mistral Small", "PRODUCT", ""],
      ["Qora Card", "PRODUCT", ""],
    ]);
    // After a listed product, the words describe it.
    expect(found("تعمل على Azure Cloud منذ")).toEqual([["Azure", "PRODUCT", "product:azure"]]);
    // A listed company right before a listed country or region, in either script: its arm there.
    expect(found("وقال مدير في هواوي الشرق الأوسط وآسيا الوسطى إن stc الكويت وقعت مع مايكروسوفت وبالخليج")).toEqual([
      ["هواوي الشرق الأوسط وآسيا الوسطى", "ORG", ""],
      ["stc الكويت", "ORG", ""],
      ["مايكروسوفت", "ORG", "org:microsoft"],
      ["الخليج", "LOCATION", "location:gulf"],
    ]);
  });
  it("reads a dateline as the capital that shares its country's name", () => {
    const places = (text: string) => tagEntities(text).filter((e) => e.type === "LOCATION").map((e) => [e.text, e.id]);
    expect(places("الكويت – وقّعت الشركة، الأحد، اتفاقية لتوسيع أعمالها في الكويت")).toEqual([
      ["الكويت", "location:kuwait-city"],
      ["الكويت", "location:country-kw"],
    ]);
    expect(places("خبر أول.\nتونس (وات) – أعلنت الوزارة")).toEqual([["تونس", "location:tunis"]]);
    // Not a country that opens a sentence, nor one without a capital of its name.
    expect(places("تونس تستعد لموسم جديد")).toEqual([["تونس", "location:country-tn"]]);
    expect(places("الأردن – أعلنت الوزارة")).toEqual([["الأردن", "location:country-jo"]]);
  });

  it("reads a place name that is also a common word at a dateline as the place, and its other mentions too", () => {
    const places = (text: string) => tagEntities(text).filter((e) => e.type === "LOCATION").map((e) => [e.text, e.id]);
    expect(places("عدن – أعلن البنك المركزي في عدن، الاثنين، خطة جديدة")).toEqual([
      ["عدن", "location:aden"],
      ["عدن", "location:aden"],
    ]);
    // Without the dateline the word stays a word, and a dateline names places only.
    expect(places("أعلن البنك المركزي في عدن خطة")).toEqual([]);
    expect(tagEntities("كريم – قال الرجل")).toEqual([]);
  });

  it("reads a company name that is also a common word joined by «و» to a listed company as that company", () => {
    const ids = (text: string) => tagEntities(text).map((e) => [e.text, e.id ?? null]);
    expect(ids("في ظل غياب منصات كبرى مثل أمازون ونون عن السوق")).toEqual([
      ["أمازون", "org:amazon"],
      ["نون", "org:noon"],
    ]);
    // A comma alone does not join: the common word goes on with the sentence.
    expect(ids("أمازون، جاهز للشحن")).toEqual([["أمازون", "org:amazon"]]);
  });

  it("reads a company's Latin name and a model number as one product, not a year, a share or a count", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.text, e.type, e.id ?? null]);
    expect(found("أطلقت الشركة هاتف Xiaomi 15T Pro ونظام HyperOS 3 الجديد")).toEqual([
      ["Xiaomi 15T Pro", "PRODUCT", null],
      ["HyperOS 3", "PRODUCT", null],
    ]);
    expect(found("نتائج Xiaomi 2025")).toEqual([["Xiaomi", "ORG", "org:xiaomi"]]);
    expect(found("بحصة Xiaomi 14% من السوق").slice(0, 1)).toEqual([["Xiaomi", "ORG", "org:xiaomi"]]);
    expect(found("قالت Apple 3 مرات")).toEqual([["Apple", "ORG", "org:apple"]]);
  });

  it("reads a quoted name after «بطاقات» (cards of a scheme) as a product", () => {
    expect(textAndType("سداد الرسوم ببطاقات «ميزة» الوطنية")).toEqual([["ميزة", "PRODUCT"]]);
  });

  it("reads a quoted name after a company's chips («رقاقاتها … «Maia»») as a product, and no name in «شركة رأس المال»", () => {
    expect(textAndType("الجيل المقبل من رقاقاتها المخصصة للذكاء الاصطناعي «Maia»، في صفقة")).toEqual([["Maia", "PRODUCT"]]);
    expect(textAndType("قادتها شركة رأس المال المخاطر «ألجبرا فنتشرز»")).toEqual([["ألجبرا فنتشرز", "ORG"]]);
  });

  it("gives a Latin name's later mentions the kind a trigger gave it first", () => {
    expect(textAndType("رقاقاتها المخصصة للذكاء الاصطناعي «Maia»، وقالت إن «Maia» ستشغل خدمات")).toEqual([
      ["Maia", "PRODUCT"],
      ["Maia", "PRODUCT"],
    ]);
  });

  it("reads a quoted name after «القمر الصناعي» or «القمرين» (a satellite) as a product", () => {
    expect(textAndType("أطلقت القمر الصناعي «الياه 4» ليحل محل القمرين «الياه 1» و«الياه 2»")).toEqual([
      ["الياه 4", "PRODUCT"],
      ["الياه 1", "PRODUCT"],
      ["الياه 2", "PRODUCT"],
    ]);
  });

  it("tags a family name after a connector alone when the text mentions it again («بن غلبون», «أبو شقرا»)", () => {
    expect(textAndType("وقال زياد أبو شقرا إن السوق كبيرة. وأضاف أبو شقرا أن الطلب يرتفع")).toEqual([
      ["زياد أبو شقرا", "PERSON"],
      ["أبو شقرا", "PERSON"],
    ]);
  });

  it("reads a person's name set off by commas with its Latin form in brackets", () => {
    expect(textAndType("ورد الرئيس التنفيذي للشركة، توماسو رودريغيز (Tomaso Rodriguez)، على المنافس")).toEqual([
      ["توماسو رودريغيز", "PERSON"],
      ["Tomaso Rodriguez", "PERSON"],
    ]);
  });
  it("ties a name in brackets right after a name to it", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.text, e.type, e.id ?? ""]);
    expect(found("منافسة من تطبيق «إنستاباي» (InstaPay) وخدمة")).toEqual([["إنستاباي", "PRODUCT", ""], ["InstaPay", "PRODUCT", ""]]);
    expect(found("في تصريحات لوكالة الأنباء الزنتروفية (زنترا)، أن")).toEqual([["وكالة الأنباء الزنتروفية", "ORG", ""], ["زنترا", "ORG", ""]]);
    // Arabic words nobody tagged before a Latin name in brackets that they spell are its Arabic form.
    expect(found("تحالف يضم فالوكس (Valox) وشركات أخرى")).toEqual([["فالوكس", "ORG", ""], ["Valox", "ORG", ""]]);
    expect(found("وتستحوذ «دو كارت» (Do Cart)، التي")).toEqual([["دو كارت", "ORG", ""], ["Do Cart", "ORG", ""]]);
    expect(tagEntities("وقال لفالوكس (Valox) إن")[0]).toMatchObject({ text: "فالوكس", prefix: "ل" });
    // A gloss in brackets is no name.
    expect(found("أعلنت مايكروسوفت (عملاق البرمجيات) أن")).toEqual([["مايكروسوفت", "ORG", "org:microsoft"]]);
    // One word in quotes after a long name is its short form; after a short one, what it made.
    expect(found("وقّعت الوكالة المغربية للطاقة المستدامة \"مازن\" اتفاقية")).toEqual([
      ["الوكالة المغربية للطاقة المستدامة", "ORG", ""],
      ["مازن", "ORG", ""],
    ]);
    expect(found("وأطلقت وزارة الصحة \"صحتي\"")).toEqual([["وزارة الصحة", "ORG", ""]]);
    // A Latin name in brackets keeps its generic words («Digital»).
    expect(found("منصته الرقمية «مصر ديجيتال» (Misr Digital) التي")).toEqual([
      ["مصر ديجيتال", "PRODUCT", ""],
      ["Misr Digital", "PRODUCT", ""],
    ]);
  });
  it("ends a public body's name where a bare noun follows its definite complement, and before «التي»", () => {
    expect(textAndType("وأصدرت هيئة الإعلام والاتصالات تراخيص الطيف الترددي")).toEqual([["هيئة الإعلام والاتصالات", "ORG"]]);
    expect(textAndType("أعلنت وزارة الاتصالات وتقنية المعلومات أن")).toEqual([["وزارة الاتصالات وتقنية المعلومات", "ORG"]]);
    expect(textAndType("بعد إغلاق بورصة هونغ كونغ التي يتداول فيها السهم")).toEqual([["بورصة هونغ كونغ", "ORG"]]);
  });

  it("reads a public body named by what it does as an organisation", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.prefix ?? "", e.text, e.type]);
    expect(found("بعد حصولها على الرخصة من هيئة الإعلام والاتصالات. وأعلنت وزارة الاتصالات أنها")).toEqual([
      ["", "هيئة الإعلام والاتصالات", "ORG"],
      ["", "وزارة الاتصالات", "ORG"],
    ]);
    expect(found("وكانت هيئة تنظيم النقل البري قد أصدرت")).toEqual([["", "هيئة تنظيم النقل البري", "ORG"]]);
    // A company's name after «شركة» that a place ends is its official name, «شركة» and all.
    expect(found("وقال مصدر في شركة مطارات عجمان إن")).toEqual([["", "شركة مطارات عجمان", "ORG"]]);
    // The body's seat after «بـ» is part of its name; «مديرية» names a body as «هيئة» does.
    expect(found("وقالت هيئة الطرق بعجمان إن المديرية العامة للجمارك ستبدأ")).toEqual([
      ["", "هيئة الطرق بعجمان", "ORG"],
      ["", "المديرية العامة للجمارك", "ORG"],
    ]);
    // A company named by what it does, with its origin; not one described.
    expect(found("وتدرس شركة المياه الوطنية الأردنية تطبيق النماذج والشركة العربية للتأمين الصحي خططاً")).toEqual([
      ["", "شركة المياه الوطنية الأردنية", "ORG"],
      ["و", "الشركة العربية للتأمين الصحي", "ORG"],
    ]);
    expect(found("قالت الشركة المطورة للتطبيق إن الشركة الناشئة السعودية وشركة الذكاء الاصطناعي الفرنسية «لوما» تتعاونان")).toEqual([["", "لوما", "ORG"]]);
    expect(found("في تصريحات لوكالة الأنباء الأردنية")).toEqual([["ل", "وكالة الأنباء الأردنية", "ORG"]]);
    expect(found("حصولها على ترخيص من الهيئة العامة للرقابة المالية")).toEqual([["", "الهيئة العامة للرقابة المالية", "ORG"]]);
    // With the article and no «لل…» complement, the noun is a mention, not a name.
    expect(found("قالت الوزارة الجديدة إن")).toEqual([]);
    // «ل» and a noun before a definite one say what the body is for, as «لل…» does; two
    // indefinite nouns may start the complement; one complement, then the name ends.
    expect(found("فيما أعلنت الهيئة العامة لتنظيم الإعلام غرامات")).toEqual([["", "الهيئة العامة لتنظيم الإعلام", "ORG"]]);
    expect(found("حين أوقفته هيئة تنظيم قطاع الاتصالات خلال احتجاجات")).toEqual([["", "هيئة تنظيم قطاع الاتصالات", "ORG"]]);
    expect(found("أذنت الهيئة العامة للرقابة المالية لمزاولة نشاط التمويل")).toEqual([["", "الهيئة العامة للرقابة المالية", "ORG"]]);
    expect(found("وبدأ مجلس الإمارات للإعلام تطبيق اللائحة")).toEqual([["", "مجلس الإمارات للإعلام", "ORG"]]);
    // Universities and federations are institution nouns; one named after a person keeps the
    // person's whole name, title and all.
    expect(found("بحسب الاتحاد السعودي للرياضات الإلكترونية، ومن خريجي جامعة النجاح الوطنية وجامعة الملك سعود")).toEqual([
      ["", "الاتحاد السعودي للرياضات الإلكترونية", "ORG"],
      ["", "جامعة النجاح الوطنية", "ORG"],
      ["و", "جامعة الملك سعود", "ORG"],
    ]);
    expect(found("وأعلن ديوان الخدمة المدنية أن")).toEqual([["", "ديوان الخدمة المدنية", "ORG"]]);
    expect(found("مرتبطاً بمستشارية الأمن القومي، ويُلزم")).toEqual([["ب", "مستشارية الأمن القومي", "ORG"]]);
  });
  it("keeps «بنك», «مصرف», «جامعة» in the name they announce, a proclitic on them outside", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.prefix ?? "", e.text, e.type]);
    expect(found("وقالت الباحثة في جامعة خليفة، إن")).toEqual([["", "جامعة خليفة", "ORG"]]);
    expect(found("حصلت على قرض من لبنك ظفار")).toEqual([["ل", "بنك ظفار", "ORG"]]);
  });
  it("types an unlisted Latin name as a product after a computer or chip word, or after a product and «و»", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.text, e.type]);
    expect(found("لتشغيل حاسوب Starling في مركزها")).toEqual([["Starling", "PRODUCT"]]);
    // Quoted past a description of it, after a word that announces quoted names.
    expect(found("كشفت عن معالجها الكمومي \"Kestrel\"، وهو أول")).toEqual([["Kestrel", "PRODUCT"]]);
    expect(found("الطلب على رقائق Blackwell وRubin يفوق")).toEqual([
      ["Blackwell", "PRODUCT"],
      ["Rubin", "PRODUCT"],
    ]);
    // The dual of a product noun announces two names («منصتي», «لعبتي»), quoted or not.
    expect(found("عبر منصتي Upwork وToptal، وستضيف لعبتي «Valorant» و«EA Sports FC» إلى")).toEqual([
      ["Upwork", "PRODUCT"],
      ["Toptal", "PRODUCT"],
      ["Valorant", "PRODUCT"],
      ["EA Sports FC", "PRODUCT"],
    ]);
  });
  it("reads a body's noun and a country's adjective as its name, a common noun only so", () => {
    expect(textAndType("أعلن البنك المركزي العُماني أن جهاز الاستثمار العُماني والصندوق الجزائري للمؤسسات الناشئة")).toEqual([
      ["البنك المركزي العُماني", "ORG"],
      ["جهاز الاستثمار العُماني", "ORG"],
      ["الصندوق الجزائري للمؤسسات الناشئة", "ORG"],
    ]);
    // «جهاز» is a device, «الهيئة السعودية» a mention, «المركزي» no country's adjective.
    expect(textAndType("اشترى جهاز الهاتف الجديد، وقالت الهيئة السعودية إن البنك المركزي")).toEqual([]);
  });
  it("reads an unlisted name after «مدينة» or «محافظة» as a place, over a listed surname", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.text, e.type, e.id ?? ""]);
    expect(found("تبني مصنعاً في مدينة تايلور الأمريكية")).toEqual([["تايلور", "LOCATION", ""]]);
    expect(found("مصنع في محافظة بني زنتروف قريبا")).toEqual([["بني زنتروف", "LOCATION", ""]]);
    expect(found("في مدينة ذكية جديدة")).toEqual([]);
    expect(found("لإطلاق هاتفها القابل للطي Magic V5 قريبا")).toEqual([["Magic V5", "PRODUCT", ""]]);
  });
  it("reads a name after a trigger as the trigger says («صحيفة الشرق الأوسط»)", () => {
    expect(tagEntities("قالت صحيفة الشرق الأوسط إن الشرق الأوسط يتغير").map((e) => [e.text, e.type, e.id])).toEqual([
      ["الشرق الأوسط", "ORG", "org:asharq-al-awsat"],
      ["الشرق الأوسط", "LOCATION", "location:middle-east"],
    ]);
  });
  it("resolves relative dates against referenceDate", () => {
    const [date] = tagEntities("في نوفمبر الماضي", { referenceDate: new Date("2025-03-01T00:00:00Z") });
    expect(date).toMatchObject({ type: "DATE", text: "نوفمبر الماضي", value: "2024-11" });
  });
  it("throws a TypeError naming the text argument", () => {
    expect(() => tagEntities(null as unknown as string)).toThrow(/text must be a string/);
    expect(() => tagEntities("x", null as never)).toThrow(/options must be an object/);
    expect(() => createTagger(5 as never)).toThrow(/options must be an object/);
  });
  it("adds user entries to the built-in ones and links a transliteration to them", () => {
    const tagger = createTagger({ entities: [{ id: "product:zephyrix", type: "PRODUCT", canonical: "Zephyrix", names: { en: ["Zephyrix"] } }] });
    expect(tagger.tag("أطلقت مايكروسوفت منصة زيفيريكس").map((e) => [e.text, e.id, e.source])).toEqual([
      ["مايكروسوفت", "org:microsoft", "gazetteer"],
      ["زيفيريكس", "product:zephyrix", "romanization"],
    ]);
  });
  it("keeps a vowel's letter name that starts a transliteration in its span", () => {
    // «واي» spells Y and adds no class to the romanization key: the phrase's key is the next word's.
    const text = "استثمرت Y Combinator في الشركة، وقالت واي كومبينيتور إنها راضية";
    expect(tagEntities(text).map((e) => [e.text, e.id, e.source])).toEqual([
      ["Y Combinator", "org:y-combinator", "gazetteer"],
      ["واي كومبينيتور", "org:y-combinator", "romanization"],
    ]);
  });
  describe("names no gazetteer lists, found from their context", () => {
    const found = (text: string) => tagEntities(text).map((e) => [e.text, e.type, e.id ?? "", e.source]);
    it("takes a family name with the article after a given name, where the name ends", () => {
      expect(found("قال محمد الفضل إن الأسواق تتحسن")).toEqual([["محمد الفضل", "PERSON", "", "given-name"]]);
      // A common noun after a given name, with the sentence going on: no name.
      expect(found("يحب محمد القهوة كثيرا")).toEqual([]);
    });
    it("takes the name before a title that follows a comma, family name and all", () => {
      expect(found("ويرى نادر الحلبي، المحلل في الشركة، أن السوق ستنمو")).toEqual([["نادر الحلبي", "PERSON", "", "given-name"]]);
      // «علي» spelled as the name, not as the particle «على».
      expect(found("ويرى علي الجودر، الشريك في الصندوق، أن")).toEqual([["علي الجودر", "PERSON", "", "context"]]);
      expect(found("ويعتمد على الجودر، الشريك في الصندوق")).toEqual([]);
    });
    it("takes «علي» spelled as the name right after a title, and ends a name at a family name of origin", () => {
      expect(found("قال الرئيس التنفيذي علي الهاشمي إن، وقال الرئيس التنفيذي على الفور إن")).toEqual([["علي الهاشمي", "PERSON", "", "context"]]);
      // «النمو» is the object of the verb, not a third name word after «الشريفي».
      expect(found("وأرجع الرئيس التنفيذي للمجموعة ياسر الشريفي النمو إلى الخدمات").map(([text]) => text)).toEqual(["ياسر الشريفي"]);
      expect(found("وقالت الوزيرة أمل الفلاح السغروشني إن").map(([text]) => text)).toEqual(["أمل الفلاح السغروشني"]);
    });
    it("takes the name that commas set off after a title phrase", () => {
      expect(found("وكان محافظ البنك، عادل الشركس، قد أعلن")).toEqual([["عادل الشركس", "PERSON", "", "context"]]);
      expect(found("وقال مؤسس الشركة ورئيسها التنفيذي، ليث الخصاونة، إن")).toEqual([["ليث الخصاونة", "PERSON", "", "context"]]);
      expect(found("وقال الرئيس التنفيذي للهيئة، محمد علي القائد، خلال الحفل")).toEqual([["محمد علي القائد", "PERSON", "", "context"]]);
      // No name between the commas: a phrase, a particle, the article.
      expect(found("وقال المدير، على الرغم من ذلك، إن")).toEqual([]);
      expect(found("وقال الوزير، في المقابل، إن")).toEqual([]);
    });
    it("looks past what a title names for the person's name", () => {
      expect(found("قال وزير الاقتصاد الرقمي والريادة سامي سميرات إن")).toEqual([["سامي سميرات", "PERSON", "", "context"]]);
      expect(found("وقال الرئيس التنفيذي للمجموعة المهندس عليان الوتيد إن")).toEqual([["عليان الوتيد", "PERSON", "", "context"]]);
      // Past a complement only a given name starts a name, or two name words that end the phrase.
      expect(found("وقال وزير الخارجية السعودي يزور الرياض").filter(([, type]) => type === "PERSON")).toEqual([]);
      expect(found("قالت وزيرة الاقتصاد رنيم جابو إن")).toEqual([["رنيم جابو", "PERSON", "", "context"]]);
    });
    it("keeps a listed person's family name inside another man's name", () => {
      // «الناصر» alone is Amin Nasser; after a name found from its context it is that name's.
      expect(found("وقال وزير الاقتصاد ماهر سعيد الناصر إن")).toEqual([["ماهر سعيد الناصر", "PERSON", "", "context"]]);
      expect(found("قال الناصر إن")).toEqual([["الناصر", "PERSON", "person:amin-nasser", "gazetteer"]]);
    });
    it("reads a man's name where the sentence's frame puts a subject", () => {
      expect(found("وكان دوران بيكر قد لمّح إلى ذلك")).toEqual([["دوران بيكر", "PERSON", "", "context"]]);
      expect(found("بنجاح المنصة التي أسسها رودان بيكر وسارة مالك في تونس")).toEqual([
        ["رودان بيكر", "PERSON", "", "context"],
        ["سارة مالك", "PERSON", "", "given-name"],
        ["تونس", "LOCATION", "location:country-tn", "gazetteer"],
      ]);
      // Before «، الذي», and after «أما» before «من» or a verb with «ف».
      expect(found("ويقود دوران بيكر، الذي أمضى عقدين في الشركة")).toEqual([["دوران بيكر", "PERSON", "", "context"]]);
      expect(found("أما رودان سيلفا من الشركة فيتوقع")).toEqual([["رودان سيلفا", "PERSON", "", "context"]]);
      // After «كانت», one name word is a company (not a woman: no «ة», no given name).
      expect(found("وكانت زيفورا قد وسّعت مركزها، وكانت مريم قد")).toEqual([["زيفورا", "ORG", "", "context"]]);
      // Not a thing, a body, nor a subject left unnamed.
      expect(found("وكان المؤشر قد ارتفع، وكان مصدر مطلع قد قال، والشركة التي يديرها فريق من المهندسين")).toEqual([]);
    });
    it("finds no name after a trigger that is counted or picked from its class", () => {
      expect(found("انضمت أكثر من 120 شركة قدمت من البحرين")).toEqual([["البحرين", "LOCATION", "location:country-bh", "gazetteer"]]);
      expect(found("وأكد أن كل شركة ستحصل على مهلة، وأن أي شركة تخالف ستغرم")).toEqual([]);
      // Counted with a number word too («300 ألف شركة»).
      expect(found("أكثر من 300 ألف شركة تستخدم نماذجها، وملايين شركات تعمل")).toEqual([]);
      // A name ending in digits is no number: «G42» does not count «صحيفة».
      expect(found("ذكرت G42 صحيفة ميدان").map(([text]) => text)).toContain("ميدان");
    });
    // One person's name, found where the phrase ends.
    it.each([
      ["before a trigger word, with or without a proclitic", "قال مؤسس الشركة خالد البلوشي لصحيفة محلية إن", "خالد البلوشي", "given-name"],
      ["with a father's name and a family name after a given name", "وكان محافظ المصرف خالد إبراهيم حميدان قد أكد أن", "خالد إبراهيم حميدان", "given-name"],
      // «ليوني» starts as «لشؤون» does; «ريانة» ends as an adjective does.
      ["that looks like a title's complement", "تنتظر الشركة حكم القاضية ليوني برينكيما في القضية", "ليوني برينكيما", "context"],
      ["that starts with a word ending as an adjective does", "وقالت رائدة الفضاء ريانة برناوي إن", "ريانة برناوي", "context"],
      // A foreign given name as Arabic outlets write it starts a name after a comma's title.
      ["that starts with a foreign given name", "وقالت جوانا تشيانغ، المحللة في الشركة، إن", "جوانا تشيانغ", "given-name"],
      // «عبد» and the word after it are one given name, however written.
      ["with a compound given name written in two words", "وقال رئيس المجلس خالد عبد العزيز في مؤتمر صحفي", "خالد عبد العزيز", "given-name"],
      ["that starts with a compound given name, then a family name of origin", "وقال مدير العلاقات العامة في الشركة عبد الرؤوف الزليتني لصحيفة محلية إن", "عبد الرؤوف الزليتني", "given-name"],
      // Between a verb of saying and a comma's title, two words are the name, given name listed or not.
      ["after a verb of saying, before a comma's title", "وقال هارتموت نيفن، مؤسس المختبر، إن", "هارتموت نيفن", "context"],
      // A word is feminine by the «ة» the text writes, not by the folded «ه» of «فوكيه».
      ["whose family name ends in «ه»", "وقال الرئيس التنفيذي للشركة كريستوف فوكيه، في لقاء", "كريستوف فوكيه", "context"],
    ])("takes a name %s", (_, text, name, source) => {
      expect(found(text)).toEqual([[name, "PERSON", "", source]]);
    });
    it("reads no given name into two words that spell one together", () => {
      expect(found("بلغت الإيرادات، أي ما يعادل نحو ثلثها").filter(([, type]) => type === "PERSON")).toEqual([]);
    });
    it("links a given name and surname to the surname's one owner when the given names start alike", () => {
      expect(found("وقال بنغ شياو، الرئيس التنفيذي للشركة، إن")).toEqual([["بنغ شياو", "PERSON", "person:peng-xiao", "context"]]);
    });
    it("takes the word before an English company word in Arabic letters for a company's name", () => {
      expect(found("في جولة قادتها سنام فنتشرز بمشاركة مستثمرين")).toEqual([["سنام فنتشرز", "ORG", "", "context"]]);
    });
    it("takes no adjective after a title for a name", () => {
      expect(found("وقالت الوزيرة مسؤولة عن الملف")).toEqual([]);
    });
    it("takes «آل» and the family's name after the father's name («علي بن جبر آل ثاني»)", () => {
      expect(found("وقال الشيخ علي بن جبر آل ثاني إن، وأعلن سالم بن حمد آل ثاني أن").map(([text]) => text)).toEqual(["علي بن جبر آل ثاني", "سالم بن حمد آل ثاني"]);
    });
    it("ends a given name before «و» on a word and another given name (two people)", () => {
      expect(found("على يد نورهان عبد الحميد وشريكها كريم الشناوي، وتقدم").map(([text]) => text)).toEqual(["كريم الشناوي"]);
      expect(found("وقال محمد وليد الخطيب إن").map(([text]) => text)).toEqual(["محمد وليد الخطيب"]);
    });
    it("keeps a hyphenated family name whole", () => {
      expect(found("وقالت القاضية مارغريت ألفاريز-تورنر إن")).toEqual([["مارغريت ألفاريز-تورنر", "PERSON", "", "context"]]);
    });
    it("tags a person's family name alone after the full name, not before it", () => {
      expect(found("وقال رامي الحديدي إن الصفقة مهمة، وأضاف الحديدي أن")).toEqual([
        ["رامي الحديدي", "PERSON", "", "given-name"],
        ["الحديدي", "PERSON", "", "coreference"],
      ]);
      // The word stands alone before the name: a common word there, so not a name later either.
      expect(found("صناعة الحديدي مهمة. وقال رامي الحديدي إن الصفقة مهمة، وأضاف الحديدي أن")).toEqual([["رامي الحديدي", "PERSON", "", "given-name"]]);
    });
    // A full name found one way or another, then its later mention by the family name alone.
    it.each([
      ["a family name after «أبو», two words", "وقال زياد أبو شقرا، المحلل في الشركة، إن. وأضاف أبو شقرا أن", "زياد أبو شقرا", "given-name", "أبو شقرا"],
      ["a family name ending in «ة» after a title, where the name ends the phrase", "وقال الناطق باسم الوزارة، المهندس رامي الخوالدة، في تصريح. وأضاف الخوالدة أن", "رامي الخوالدة", "context", "الخوالدة"],
      ["a woman's family name that is a feminine nisba, before «و» too", "على يد المهندسة مريم البلوشية ورائد الأعمال. وتقول البلوشية إن", "مريم البلوشية", "given-name", "البلوشية"],
      ["a family name after a compound given name", "وقال المؤسس المشارك للشركة نور الدين طيبي لصحيفة محلية. وأضاف طيبي أن", "نور الدين طيبي", "context", "طيبي"],
      ["«بن», the father's name and the family name after a title", "وقال الرئيس التنفيذي سالم بن خميس الحارثي إن. وأضاف الحارثي أن", "سالم بن خميس الحارثي", "context", "الحارثي"],
    ])("takes %s, and its later mention", (_, text, full, source, family) => {
      expect(found(text).filter(([, type]) => type === "PERSON")).toEqual([
        [full, "PERSON", "", source],
        [family, "PERSON", "", "coreference"],
      ]);
    });
    it("drops «بن» with no name after it", () => {
      expect(found("وقال الوزير أحمد بن")).toEqual([["أحمد", "PERSON", "", "context"]]);
    });
    it("takes a given name that is also a common word with a family name of origin, where the phrase ends", () => {
      expect(found("عن الخبير في الأمن السيبراني عادل الزياني أن المملكة")).toEqual([["عادل الزياني", "PERSON", "", "given-name"]]);
      expect(found("عن المحللة منى البلوشية قولها إن")).toEqual([["منى البلوشية", "PERSON", "", "context"]]);
      // One family name, no more: «الدولي» of an airport's name is none.
      expect(found("وصل إلى مطار رفيق الحريري الدولي")).toEqual([]);
    });
    it("takes a name with «بن» and the father's name whole, and a third name word after a title", () => {
      expect(found("وقال المؤسس، سالم بن حمد الحارثي، إن. وأضاف الحارثي أن").filter(([, type]) => type === "PERSON")).toEqual([
        ["سالم بن حمد الحارثي", "PERSON", "", "context"],
        ["الحارثي", "PERSON", "", "coreference"],
      ]);
      expect(found("وقالت الوزيرة أمل الفلاح السغروشني، خلال حفل")).toEqual([["أمل الفلاح السغروشني", "PERSON", "", "context"]]);
    });
    it("links a name by romanization only with its first consonant («ليلى منصور» is not Amin Nasser)", () => {
      expect(found("وقالت ليلى منصور، المحللة في الشركة، إن")).toEqual([["ليلى منصور", "PERSON", "", "given-name"]]);
      expect(found("ناقش سام ألمان، الرئيس التنفيذي")).toEqual([["سام ألمان", "PERSON", "person:sam-altman", "romanization"]]);
    });
    it("reads a word behind «ل» after a title as what the person heads", () => {
      expect(found("أما مات ميرفي، الرئيس التنفيذي لمارفل، فسينضم").filter(([text]) => text?.includes("مارفل"))).toEqual([]);
    });
    it("reads an ordinal as no surname of a regnal name («الجيل السادس» is 6G, not Mohammed VI)", () => {
      expect(found("شبكات الجيل السادس، واحتفلت مصر بالسادس من أكتوبر")).toEqual([["مصر", "LOCATION", "location:country-eg", "gazetteer"]]);
      expect(found("التقى الملك محمد السادس")).toEqual([["محمد السادس", "PERSON", "person:mohammed-vi", "gazetteer"]]);
    });
    it("ends a name before a word with «و» and the article, and keeps a family name built on «الله»", () => {
      expect(found("والتقى الملك تشارلز الثالث والبابا ليو").filter(([, type]) => type === "PERSON")).toEqual([
        ["تشارلز الثالث", "PERSON", "", "context"],
        ["ليو", "PERSON", "", "context"],
      ]);
      expect(found("التقى الملك تشارلز والبابا")).toEqual([["تشارلز", "PERSON", "", "context"]]);
      expect(found("والتقت الملكة رانيا العبدالله")).toEqual([["رانيا العبدالله", "PERSON", "", "context"]]);
    });
    it("links no lone given name to a listed person", () => {
      expect(found("وقال السيد محمد إن")).toEqual([["محمد", "PERSON", "", "context"]]);
    });
    it("reads a quoted name after a trigger to its closing quote, and its other mentions", () => {
      expect(found("أعلنت شركة «ذكاء للحلول» الناشئة أن، وقال مديرها لـ«ذكاء للحلول» إن")).toEqual([
        ["ذكاء للحلول", "ORG", "", "context"],
        ["ذكاء للحلول", "ORG", "", "coreference"],
      ]);
      // Brackets hold a gloss, not a name.
      expect(found("أطلقت خدمة (الدفع عند الاستلام) في مصر").filter(([, type]) => type !== "LOCATION")).toEqual([]);
    });
    it("reads a quoted name past the trigger's adjectives, after its definite form, and never as another kind of thing", () => {
      expect(found("أعلنت الشركة الناشئة المصرية \"مشوارك\" أن. وتدخل \"مشوارك\" السوق")).toEqual([
        ["مشوارك", "ORG", "", "context"],
        ["مشوارك", "ORG", "", "coreference"],
      ]);
      expect(found("مزايا جديدة لنظام \"فوران\" للمدفوعات")).toEqual([["فوران", "PRODUCT", "", "context"]]);
      // «شركة» says organisation: «نبراس» is not linked to Nebraska by its romanization, nor
      // «بال باي» to the product Apple Pay.
      expect(found("وهي شركة سعودية ناشئة \"نبراس\" مقرها")).toEqual([["نبراس", "ORG", "", "context"]]);
      expect(found("بالشراكة مع شركة «بال باي» لخدمات")).toEqual([["بال باي", "ORG", "", "context"]]);
      // A product's context names its company only by a key the company has exactly: one
      // edit away is another brand («موبيفلوس» is not Mobilis).
      expect(found("وأشار إلى أن محفظة «موبيفلوس» استقطبت")).toEqual([["موبيفلوس", "PRODUCT", "", "context"]]);
      // The adjectives describe the quoted name; they are no body's name.
      expect(found("مع المؤسسة الناشئة الجزائرية \"دفعتي\" لإطلاق")).toEqual([["دفعتي", "ORG", "", "context"]]);
      expect(found("أعلنت الشركة أن \"الأرباح\" ارتفعت")).toEqual([]);
      // Past a definite complement of the trigger too.
      expect(found("عبر نظام الدفع الفوري \"كليك\". وأضاف")).toEqual([["كليك", "PRODUCT", "", "context"]]);
    });
    it("reads a quoted name after «لـ» in a sentence with a verb of saying as the outlet spoken to", () => {
      expect(found('وتقول البلوشية لـ"أثير" إن التطبيق')).toEqual([["أثير", "ORG", "", "context"]]);
      // Over a shorter entity inside the quotes, and linked when listed in context.
      expect(found('وقال لـ"اليوم السابع" إن')).toEqual([["اليوم السابع", "ORG", "org:youm7", "context"]]);
      expect(found('أعطى الأولوية لـ"الأمن" في')).toEqual([]);
      // «الشرق» in quotes is the outlet Asharq; a quoted name a country's adjective follows, a company.
      expect(found("وقال المحلل، وليد الزعبي، لـ«الشرق» إن").filter(([, type]) => type === "ORG")).toEqual([["الشرق", "ORG", "org:asharq-business", "context"]]);
      expect(found("وبمشاركة «الوادي فنتشرز» البحرينية ومستثمرين")).toEqual([["الوادي فنتشرز", "ORG", "", "context"]]);
    });
    it("reads a quoted name after an incubator or accelerator as an organisation, with its Latin form in brackets", () => {
      expect(found("كشف مسح أصدرته حاضنة «بيريتك» (Berytech) أن").map(([text, type]) => [text, type])).toEqual([["بيريتك", "ORG"], ["Berytech", "ORG"]]);
    });
    it("reads a quoted name that ends in a company's designator as an organisation", () => {
      expect(found("وقال رئيس الأبحاث في «المال كابيتال»، إن")).toEqual([["المال كابيتال", "ORG", "", "context"]]);
      expect(found("شركات ناشئة مثل «سبيس لابز» التي")).toEqual([["سبيس لابز", "ORG", "", "context"]]);
      // Quoted examples after a plural noun and «مثل» are of its kind, and so are the next ones after «و».
      expect(found("وأن شركات مثل «عسل للتكنولوجيا» و«فوتون سوفت» باتت")).toEqual([
        ["عسل للتكنولوجيا", "ORG", "", "context"],
        ["فوتون سوفت", "ORG", "", "context"],
      ]);
      expect(found("إلى ألعاب أجنبية مثل «Zorbly Quest» و«Call of Duty».").map(([text, type]) => [text, type])).toEqual([
        ["Zorbly Quest", "PRODUCT"],
        ["Call of Duty", "PRODUCT"],
      ]);
      // A designator alone, or a word that only describes («العالمية»), is not enough.
      expect(found("زار «كابيتال» و«القرية العالمية»")).toEqual([]);
    });
    it("reads a quote that starts with a trigger noun as a label, and a company's name with more words in quotes as its product", () => {
      expect(found('وتحصلت على علامة "مؤسسة ناشئة" من')).toEqual([]);
      expect(found('مثل "فودافون كاش"، مضيفاً')).toEqual([["فودافون كاش", "PRODUCT", "", "context"]]);
      // A company's own words go on its name; a place too, as its regional arm, which has no id
      // of its own (GUIDELINE.md).
      expect(found('فيما قالت «كورك تيليكوم» إنها')).toEqual([["كورك تيليكوم", "ORG", "org:korek-telecom", "gazetteer"]]);
      expect(found('منافسة مع «stc الكويت» في')).toEqual([["stc الكويت", "ORG", "", "context"]]);
      // What the company does, with «لل…»: one of its companies, an ORG without id.
      expect(found("القمر الذي صنعته «إيرباص للدفاع والفضاء» في")).toEqual([["إيرباص للدفاع والفضاء", "ORG", "", "context"]]);
      expect(found('لتزويد محطات مجمع "نور ورزازات" بنظام')).toEqual([["نور ورزازات", "PRODUCT", "", "context"]]);
    });
    it("reads a quoted name after words that announce names only in quotes, and through the quote", () => {
      expect(found("تعرّضت أنظمة هيئة «زنتروفا»، المشغّل الحكومي")).toEqual([["زنتروفا", "ORG", "", "context"]]);
      expect(found("أنشأت الحكومة هيئة جديدة")).toEqual([]);
      expect(found("وفق ما نقلته صحيفة «الشرق الأوسط». وقال")).toEqual([["الشرق الأوسط", "ORG", "org:asharq-al-awsat", "context"]]);
      // A trigger announces its own type: a trading platform is not the Saudi Exchange.
      expect(found("أعلنت منصة تداول العملات المشفرة")).toEqual([]);
      // A platform in quotes that announces something is the company running it; one launched, a product.
      expect(found("أعلنت منصة التجارة الإلكترونية المغربية «زوريكا» استحواذها على شركة")).toEqual([["زوريكا", "ORG", "", "context"]]);
      expect(found("أطلقت الشركة منصة «زوريكا» الجديدة")).toEqual([["زوريكا", "PRODUCT", "", "context"]]);
    });
    it("lets a quoted name after a trigger hold a place, a year or a letter's name, but no particle", () => {
      expect(found("تعمل شركة «إم زد تي سوريا» على إعادة")).toEqual([["إم زد تي سوريا", "ORG", "", "context"]]);
      expect(found("أطلقت المملكة استراتيجية «المغرب الرقمي 2030»، التي")).toEqual([["المغرب الرقمي 2030", "PRODUCT", "", "context"]]);
      expect(found("بسبب نموذج \"الدفع أو الموافقة\". وردّ")).toEqual([]);
      // The trigger said organisation: a romanization link to a person does not turn it into one.
      expect(found("ونقل موقع «هسبريس» عن الخبير").map(([, type]) => type)).toEqual(["ORG"]);
    });
    it("reads a listed name that is also a common word as the name when it stands alone in quotes", () => {
      expect(found("إذ أعلنت «فوري» عن شراكة")).toEqual([["فوري", "ORG", "org:fawry", "context"]]);
      expect(found("موقع السوق المالية السعودية (تداول) الرسمي")).toEqual([
        ["السوق المالية السعودية", "ORG", "org:saudi-exchange", "gazetteer"],
        ["تداول", "ORG", "org:saudi-exchange", "context"],
      ]);
      expect(found("خدمة تحويل فوري للأموال")).toEqual([]);
    });
  });
  describe("an unlisted transliteration of a name the text links", () => {
    const entry = (canonical: string) => ({ id: `org:${canonical.toLowerCase().replace(/ /g, "-")}`, type: "ORG" as const, canonical, names: { en: [canonical] } });
    const tagger = createTagger({ entities: [entry("Snowbrook"), entry("Wolverstone"), entry("Vireo Systems")] });
    const linked = (text: string) => tagger.tag(text).filter((e) => e.source === "romanization").map((e) => [e.prefix ?? "", e.text, e.id]);
    it("leaves a conjunction «و» out of the span, unless it writes the name's W", () => {
      expect(linked("ذكرت Snowbrook أن وسنوبروك تتوسع")).toEqual([["و", "سنوبروك", "org:snowbrook"]]);
      expect(linked("قالت Vireo Systems إن وفيريو سيستمز تتوسع")).toEqual([["و", "فيريو سيستمز", "org:vireo-systems"]]);
      expect(linked("قالت Wolverstone إن وولفرستون تتوسع")).toEqual([["", "وولفرستون", "org:wolverstone"]]);
    });
    it("does not link a phrase of words ending in «ة»: a transliteration writes a final vowel otherwise", () => {
      const ids = (text: string) => tagEntities(text).map((e) => [e.text, e.id ?? ""]);
      expect(ids("نموذج Qwen3 من علي بابا يدعم 17 لهجة عربية")).toEqual([["Qwen3", "product:qwen"], ["علي بابا", "org:alibaba"]]);
    });
    it("does not link a preposition and a noun to a name the text mentions («وسط تقارير» is not South Korea)", () => {
      expect(tagEntities("تعتزم كوريا الجنوبية دعم الرقائق وسط تقارير عن تباطؤ").map((e) => e.text)).toEqual(["كوريا الجنوبية"]);
    });
    it("does not link an Arabic name with a word ending in «ة» by romanization", () => {
      expect(tagEntities("استثمرت شركة «ثروة كابيتال» السعودية").map((e) => [e.text, e.id ?? ""])).toEqual([["ثروة كابيتال", ""]]);
    });
    it("does not link a name written with digits to one without", () => {
      expect(tagEntities("أعلنت شركة «سنتر3» التابعة لها").map((e) => [e.text, e.type, e.id ?? ""])).toEqual([["سنتر3", "ORG", ""]]);
    });
    it("links a one-word transliteration behind a proclitic, which goes to prefix", () => {
      expect(linked("ذكرت Snowbrook أن لسنوبروك خططا، وبسنوبروك ثقة")).toEqual([
        ["ل", "سنوبروك", "org:snowbrook"],
        ["وب", "سنوبروك", "org:snowbrook"],
      ]);
      // Not behind an article («بال…»), and not a stem one edit from the name.
      expect(linked("ذكرت Snowbrook أن بالسنوبروك ولسنبروكت خططا")).toEqual([]);
    });
    it("prefers a name matched exactly to a longer phrase one edit away", () => {
      // «يوميا» adds one class ("snbrkm"), a phrase may be one edit away: the name alone is exact.
      expect(linked("قالت Snowbrook إن سنوبروك يوميا تنمو")).toEqual([["", "سنوبروك", "org:snowbrook"]]);
    });
    it("leaves out a last word that adds no class to the key", () => {
      // «يقع» is "k": "snbrk" + "k" collapses to "snbrk", the name's key, but says nothing of the name.
      expect(linked("قالت Snowbrook إن سنوبروك يقع في لندن")).toEqual([["", "سنوبروك", "org:snowbrook"]]);
    });
    it("takes the linked name after a trigger without the verb that follows it", () => {
      expect(linked("قالت Snowbrook إن شركة سنوبروك ستتوسع")).toEqual([["", "سنوبروك", "org:snowbrook"]]);
      // Alone, the word must be the name's key exactly: «سنوبروكت» is one edit away.
      expect(linked("قالت Snowbrook إن شركة سنوبروكت ستتوسع")).toEqual([]);
    });
  });
  it("renders HTML for tagged text", () => {
    const text = "شراكة بين مايكروسوفت وOpenAI";
    expect(toHtml(text, tagEntities(text))).toBe(
      'شراكة بين <mark data-type="ORG" data-id="org:microsoft" title="Microsoft">مايكروسوفت</mark> و<mark data-type="ORG" data-id="org:openai" title="OpenAI"><bdi dir="ltr" lang="en">OpenAI</bdi></mark>',
    );
  });
});
