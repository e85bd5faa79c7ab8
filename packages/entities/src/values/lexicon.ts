import { procliticAnalyses } from "@qalam/tokenize";
import aliasData from "../../data/values/currency-aliases.json";
import keywordData from "../../data/values/keywords.json";
import numberData from "../../data/values/numbers.json";
import relativeData from "../../data/values/relative.json";
import { CURRENCY_DISPLAY_NAMES } from "./currencies.generated.js";
import type { Lexeme } from "./lexer.js";
import { keyOf } from "./lexer.js";
import { ARABIC_MONTHS, ARABIC_WEEKDAYS, ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from "./tables.js";

/** A multi-word lookup table: keys are folded lexemes joined by spaces. */
export class PhraseTable<V> {
  readonly map = new Map<string, V>();
  maxWords = 1;

  add(name: string, value: V): void {
    const key = keyOf(name);
    if (!key) return;
    // First entry wins: specific curated forms are added before generic ones.
    if (!this.map.has(key)) this.map.set(key, value);
    this.maxWords = Math.max(this.maxWords, key.split(" ").length);
  }

  /** Longest phrase starting at lexeme i: its value and the index after it. */
  match(lexemes: readonly Lexeme[], i: number): { value: V; end: number } | null {
    let key = "";
    let best: { value: V; end: number } | null = null;
    for (let n = 0; n < this.maxWords && i + n < lexemes.length; n++) {
      key = n === 0 ? lexemes[i]!.text : `${key} ${lexemes[i + n]!.text}`;
      const value = this.map.get(key);
      if (value !== undefined) best = { value, end: i + n + 1 };
    }
    return best;
  }
}

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
  scales: PhraseTable<number>;
  duals: PhraseTable<number>;
  units: PhraseTable<number>;
  vague: PhraseTable<number>;
  latinScales: PhraseTable<number>;
  months: PhraseTable<number>;
  latinMonths: PhraseTable<number>;
  weekdays: PhraseTable<number>;
  relativeDays: PhraseTable<number>;
  relativeUnits: PhraseTable<"year" | "month" | "week">;
  modifiers: PhraseTable<number>;
  yearTriggers: PhraseTable<true>;
  monthTriggers: PhraseTable<true>;
  dayPeriods: PhraseTable<string>;
  percentWords: PhraseTable<true>;
  ofWords: PhraseTable<true>;
  hourWords: PhraseTable<true>;
  dayWords: PhraseTable<true>;
  yearWords: PhraseTable<true>;
  thisWords: PhraseTable<true>;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const rel = relativeData;
  cached = {
    currencyNames: buildCurrencyNames(),
    currencySymbols: buildCurrencySymbols(),
    scales: tableOf(Object.entries(numberData.scales)),
    duals: tableOf(Object.entries(numberData.duals)),
    units: tableOf(Object.entries(numberData.units)),
    vague: tableOf(Object.entries(numberData.vague)),
    latinScales: tableOf(Object.entries(numberData.latinScales)),
    months: tableOf(ARABIC_MONTHS.flatMap((m) => m.names.map((n) => [n, m.month] as [string, number]))),
    latinMonths: tableOf(ENGLISH_MONTHS.flatMap((m) => m.names.map((n) => [n, m.month] as [string, number]))),
    weekdays: tableOf(
      [...ARABIC_WEEKDAYS, ...ENGLISH_WEEKDAYS].flatMap((w) => w.names.map((n) => [n, w.weekday] as [string, number])),
    ),
    relativeDays: tableOf(Object.entries(rel.days)),
    relativeUnits: tableOf(Object.entries(rel.units) as [string, "year" | "month" | "week"][]),
    modifiers: tableOf(Object.entries(rel.modifiers)),
    yearTriggers: flagTable(rel.dateYearTriggers),
    monthTriggers: flagTable(rel.monthTriggers),
    dayPeriods: tableOf(Object.entries(rel.dayPeriods)),
    percentWords: flagTable(keywordData.percent),
    ofWords: flagTable(keywordData.of),
    hourWords: flagTable(keywordData.hour),
    dayWords: flagTable(keywordData.day),
    yearWords: flagTable(keywordData.year),
    thisWords: flagTable(keywordData.this),
  };
  return cached;
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
  const whole = table.match(lexemes, i);
  if (whole) return { ...whole, prefixLength: 0 };
  const lexeme = lexemes[i];
  if (!lexeme || lexeme.kind !== "word") return null;
  for (const { prefix, stem } of procliticAnalyses(lexeme.text)) {
    const shifted: Lexeme = { start: lexeme.start + prefix.length, end: lexeme.end, text: stem, kind: "word" };
    const rest = [shifted, ...lexemes.slice(i + 1, i + table.maxWords)];
    const hit = table.match(rest, 0);
    if (hit) return { value: hit.value, end: i + hit.end, prefixLength: prefix.length };
  }
  return null;
}
