import { procliticAnalyses } from "@qalam/tokenize";
import aliasData from "../../data/values/currency-aliases.json";
import keywordData from "../../data/values/keywords.json";
import numberData from "../../data/values/numbers.json";
import relativeData from "../../data/values/relative.json";
import { CURRENCY_DISPLAY_NAMES } from "./currencies.generated.js";
import { reverseHash, type AnchorIndex } from "./anchors.js";
import type { Lexeme } from "./lexer.js";
import { keyOf } from "./lexer.js";
import { PhraseTable } from "./phrase-table.js";
import { ARABIC_MONTHS, ARABIC_WEEKDAYS, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, HIJRI_ERA_WORDS, HIJRI_MONTH_WORDS, HIJRI_MONTHS } from "./tables.js";

/** A currency found in text: its ISO code, or null when the bare name is shared by several. */
export interface CurrencyHit {
  code: string | null;
}

function buildCurrencyNames(): PhraseTable<CurrencyHit> {
  const table = new PhraseTable<CurrencyHit>();
  for (const [code, names] of Object.entries(aliasData.names)) for (const name of names) table.add(name, { code });
  for (const name of aliasData.ambiguous) table.add(name, { code: null });
  const skip = new Set(aliasData.notCurrency.map(keyOf));
  for (const [code, ar, en] of CURRENCY_DISPLAY_NAMES) {
    if (!skip.has(keyOf(ar))) table.add(ar, { code });
    table.add(en, { code });
    table.add(`${en}s`, { code });
  }
  return table;
}

/** A currency's subunit found in text: its currency and how many make one unit, or nulls when several currencies share it. */
export interface SubunitHit {
  code: string | null;
  per: number | null;
}

function buildSubunits(): PhraseTable<SubunitHit> {
  const table = new PhraseTable<SubunitHit>();
  for (const { names, code, per } of aliasData.subunits) for (const name of names) table.add(name, { code, per });
  return table;
}

function buildCurrencySymbols(): PhraseTable<CurrencyHit> {
  const table = new PhraseTable<CurrencyHit>();
  for (const [code, symbols] of Object.entries(aliasData.symbols)) for (const symbol of symbols) table.add(symbol, { code });
  return table;
}

function tableOf<V>(entries: Iterable<[string, V]>): PhraseTable<V> {
  const table = new PhraseTable<V>();
  for (const [name, value] of entries) table.add(name, value);
  return table;
}

function flagTable(words: readonly string[]): PhraseTable<true> {
  return tableOf(words.map((w) => [w, true] as [string, true]));
}

/** Everything the matchers look up, built once on first use. */
export interface Lexicon {
  currencyNames: PhraseTable<CurrencyHit>;
  currencySymbols: PhraseTable<CurrencyHit>;
  /** Hundredths and thousandths of currencies («بيسة»: OMR / 1000); null code and per when several share the name. */
  subunits: PhraseTable<SubunitHit>;
  scales: PhraseTable<number>;
  duals: PhraseTable<number>;
  units: PhraseTable<number>;
  vague: PhraseTable<number>;
  latinScales: PhraseTable<number>;
  months: PhraseTable<number>;
  latinMonths: PhraseTable<number>;
  /** Hijri month names («رمضان», «ذو الحجة») → 1-12. */
  hijriMonths: PhraseTable<number>;
  /** Words after a year that mark it Hijri («هـ», «للهجرة»). */
  hijriEra: PhraseTable<true>;
  /** Words after which a Hijri month alone is a date («شهر»). */
  hijriMonthWords: PhraseTable<true>;
  weekdays: PhraseTable<number>;
  relativeDays: PhraseTable<number>;
  relativeUnits: PhraseTable<"year" | "month" | "week">;
  modifiers: PhraseTable<number>;
  /** Words between «العام»/«السنة» and a modifier that make the year a fiscal one («المالية»). */
  fiscalWords: PhraseTable<true>;
  yearTriggers: PhraseTable<true>;
  monthTriggers: PhraseTable<true>;
  dayPeriods: PhraseTable<string>;
  seasons: PhraseTable<string>;
  /** Quarters and halves of a year («الربع الثالث», «النصف الأول»). */
  yearParts: PhraseTable<string>;
  /**
   * Days named without a calendar date: holidays («عيد الأضحى», «رأس السنة») and days told
   * from the event the text reports («اليوم التالي»).
   */
  namedDays: PhraseTable<true>;
  /** Words after a period compared with the same one of another year («الفترة نفسها من 2025»). */
  samePeriodWords: PhraseTable<true>;
  /** Weeks of a month before «من» and the month («الأسبوع الأول من ديسمبر»). */
  monthWeeks: PhraseTable<string>;
  /** Words between a part of a year and its year («من»). */
  yearPartLinks: PhraseTable<true>;
  /** Words that put the start, middle or end of a date before it («منتصف», «نهاية»). */
  positions: PhraseTable<string>;
  /** Ordinal day numbers before «من» and a month («الأول من يوليو»). */
  ordinalDays: PhraseTable<number>;
  yearLinks: PhraseTable<true>;
  /** Words (folded, without proclitics) that can start a value expression. */
  starters: ReadonlySet<string>;
  /** The same, hashed for {@link scanLexemes}. */
  anchors: AnchorIndex;
  percentWords: PhraseTable<true>;
  ofWords: PhraseTable<true>;
  hourWords: PhraseTable<true>;
  dayWords: PhraseTable<true>;
  notDayWords: PhraseTable<true>;
  yearWords: PhraseTable<true>;
  thisWords: PhraseTable<true>;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const rel = relativeData;
  const built = {
    currencyNames: buildCurrencyNames(),
    currencySymbols: buildCurrencySymbols(),
    subunits: buildSubunits(),
    scales: tableOf(Object.entries(numberData.scales)),
    duals: tableOf(Object.entries(numberData.duals)),
    units: tableOf(Object.entries(numberData.units)),
    vague: tableOf(Object.entries(numberData.vague)),
    latinScales: tableOf(Object.entries(numberData.latinScales)),
    months: tableOf(ARABIC_MONTHS.flatMap((m) => m.names.map((n) => [n, m.month] as [string, number]))),
    latinMonths: tableOf(ENGLISH_MONTHS.flatMap((m) => m.names.map((n) => [n, m.month] as [string, number]))),
    hijriMonths: tableOf(HIJRI_MONTHS.flatMap((m) => m.names.map((n) => [n, m.month] as [string, number]))),
    hijriEra: flagTable(HIJRI_ERA_WORDS),
    hijriMonthWords: flagTable(HIJRI_MONTH_WORDS),
    weekdays: tableOf(
      [...ARABIC_WEEKDAYS, ...ENGLISH_WEEKDAYS].flatMap((w) => w.names.map((n) => [n, w.weekday] as [string, number])),
    ),
    relativeDays: tableOf(Object.entries(rel.days)),
    relativeUnits: tableOf(Object.entries(rel.units) as [string, "year" | "month" | "week"][]),
    modifiers: tableOf(Object.entries(rel.modifiers)),
    fiscalWords: flagTable(rel.fiscalWords),
    yearTriggers: flagTable(rel.dateYearTriggers),
    monthTriggers: flagTable(rel.monthTriggers),
    dayPeriods: tableOf(Object.entries(rel.dayPeriods)),
    seasons: tableOf(Object.entries(rel.seasons)),
    yearParts: tableOf(Object.entries(rel.yearParts)),
    monthWeeks: tableOf(Object.entries(rel.monthWeeks)),
    samePeriodWords: flagTable(rel.samePeriodWords),
    yearPartLinks: flagTable(rel.yearPartLinks),
    namedDays: flagTable([...rel.holidays, ...rel.eventDays]),
    positions: tableOf(Object.entries(rel.positions)),
    ordinalDays: tableOf(Object.entries(rel.ordinalDays)),
    yearLinks: flagTable(rel.yearLinks),
    percentWords: flagTable(keywordData.percent),
    ofWords: flagTable(keywordData.of),
    hourWords: flagTable(keywordData.hour),
    dayWords: flagTable(keywordData.day),
    notDayWords: flagTable(keywordData.notDay),
    yearWords: flagTable(keywordData.year),
    thisWords: flagTable(keywordData.this),
  };
  // Words that start an expression by themselves, and frequent words that do
  // only before certain others (see AnchorIndex).
  const strong = [
    built.currencySymbols, built.duals, built.vague, built.scales, built.months, built.latinMonths, built.weekdays, built.seasons,
  ].flatMap((table) => [...table.firstWords()]);
  const singleDays = [...built.relativeDays.map.keys()].filter((key) => !key.includes(" "));
  strong.push(...singleDays);
  // Hijri months of one word start a date («رمضان 1447»); «ذو», «ربيع», «جمادى» only before
  // the rest of the month's name (below).
  strong.push(...[...built.hijriMonths.map.keys()].filter((key) => !key.includes(" ")));
  strong.push(...[...built.namedDays.map.keys()].filter((key) => !key.includes(" ")));
  const starters = new Set([
    ...strong,
    ...[built.units, built.relativeDays, built.relativeUnits, built.thisWords, built.hourWords, built.yearParts, built.namedDays, built.positions, built.ordinalDays, built.hijriMonths].flatMap((t) => [...t.firstWords()]),
  ]);
  const strongSet = new Set(strong);
  const beforeWords = new Map<number, Set<number>>();
  const addBefore = (first: string, next: Iterable<string>): void => {
    if (strongSet.has(first)) return;
    const set = beforeWords.get(reverseHash(first)) ?? new Set<number>();
    for (const word of next) set.add(reverseHash(word));
    beforeWords.set(reverseHash(first), set);
  };
  for (const unit of built.units.firstWords()) addBefore(unit, built.scales.firstWords());
  for (const word of built.thisWords.firstWords()) addBefore(word, built.relativeUnits.firstWords());
  for (const unit of built.relativeUnits.firstWords()) addBefore(unit, [...built.modifiers.firstWords(), ...built.fiscalWords.firstWords()]);
  for (const key of built.relativeDays.map.keys()) {
    const [first, second] = key.split(" ");
    if (second !== undefined) addBefore(first!, [second]);
  }
  // Position words and ordinals are frequent words: anchors only before what makes them a date.
  const dateStarts = [built.months, built.hijriMonths, built.relativeUnits, built.yearWords, built.yearPartLinks, built.yearParts, built.seasons, built.relativeDays].flatMap((table) => [...table.firstWords()]);
  for (const word of built.positions.firstWords()) addBefore(word, dateStarts);
  for (const key of built.ordinalDays.map.keys()) {
    const [first, second] = key.split(" ");
    addBefore(first!, second !== undefined ? [second] : built.ofWords.firstWords());
  }
  for (const key of built.hijriMonths.map.keys()) {
    const [first, second] = key.split(" ");
    if (second !== undefined) addBefore(first!, [second]);
  }
  // «الربع» and «النصف» are frequent words: anchors only before «الأول», «الثالث»…; so are
  // «عيد», «رأس», «يوم» before a named day's second word.
  for (const key of [...built.yearParts.map.keys(), ...built.namedDays.map.keys(), ...built.monthWeeks.map.keys()]) {
    const [first, second] = key.split(" ");
    if (second !== undefined) addBefore(first!, [second]);
  }
  for (const key of built.hourWords.map.keys()) {
    const [first, second] = key.split(" ");
    if (second !== undefined) addBefore(first!, [second]);
  }
  const anchors: AnchorIndex = {
    wordHashes: new Set(strong.filter((w) => /\p{L}/u.test(w)).map(reverseHash)),
    beforeWords,
    beforeNumber: new Set([...built.hourWords.firstWords(), ...built.positions.firstWords()].map(reverseHash)),
    marks: new Set(strong.filter((w) => w.length === 1 && !/\p{L}/u.test(w)).map((w) => w.charCodeAt(0)).concat(0x25)),
  };
  cached = { ...built, starters, anchors };
  return cached;
}

const MAX_PROCLITIC_LENGTH = 4;
const PROCLITIC_LETTERS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643, 0x0627]);

type Analyses = readonly { prefix: string; stem: string }[];

/**
 * Proclitic splits by word, shared by every window and call: the same few words
 * («في», «عام», «العام») sit before most values, and a window's lexemes are new
 * objects each time. Emptied when full, so it never holds more than this many.
 */
const analysesByWord = new Map<string, Analyses>();
const MAX_CACHED_ANALYSES = 4096;
const MAX_CACHED_WORD_LENGTH = 24;

function analysesOf(lexeme: Lexeme): Analyses {
  if (lexeme.analyses === undefined) {
    const word = lexeme.text;
    let analyses = analysesByWord.get(word);
    if (analyses === undefined) {
      analyses = procliticAnalyses(word);
      // A long run of letters is no common word: not worth keeping.
      if (word.length <= MAX_CACHED_WORD_LENGTH) {
        if (analysesByWord.size >= MAX_CACHED_ANALYSES) analysesByWord.clear();
        analysesByWord.set(word, analyses);
      }
    }
    lexeme.analyses = analyses;
  }
  return lexeme.analyses;
}

/**
 * Whether lexeme i can start a value expression: a number, a mark that
 * starts a currency symbol or a percent, or a word (perhaps behind proclitics)
 * that starts some table's key. Lets the matchers skip ordinary words cheaply.
 */
export function canStart(lx: Lexicon, lexeme: Lexeme): boolean {
  if (lexeme.kind === "number") return true;
  const text = lexeme.text;
  if (lexeme.kind === "mark") return text === "%" || lx.starters.has(text);
  if (lx.starters.has(text)) return true;
  for (let k = 1; k <= MAX_PROCLITIC_LENGTH && k < text.length - 1; k++) {
    // Proclitic stacks are spelt with these letters only: و ف ب ل ك ا.
    if (!PROCLITIC_LETTERS.has(text.charCodeAt(k - 1))) break;
    if (lx.starters.has(text.slice(k)) && analysesOf(lexeme).some((a) => a.prefix.length === k)) return true;
  }
  return false;
}

/**
 * Looks lexeme i up in `table`, also after stripping attached proclitics
 * («بمليار» → «مليار»). `prefixLength` is how many code units of the lexeme
 * the proclitics take (0 when the lexeme matched whole).
 */
export function matchWithProclitic<V>(
  table: PhraseTable<V>,
  lexemes: readonly Lexeme[],
  i: number,
): { value: V; end: number; prefixLength: number } | null {
  const lexeme = lexemes[i];
  if (!lexeme) return null;
  const whole = table.matchFrom(lexeme.text, lexemes, i);
  if (whole) return { value: whole.value, end: whole.end, prefixLength: 0 };
  if (lexeme.kind !== "word") return null;
  for (const { prefix, stem } of analysesOf(lexeme)) {
    const hit = table.matchFrom(stem, lexemes, i);
    if (hit) return { value: hit.value, end: hit.end, prefixLength: prefix.length };
  }
  return null;
}
