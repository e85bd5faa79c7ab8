import { CONFIDENCE, type Candidate } from "./candidate.js";
import { doubled } from "./grow.js";
import type { EntryType } from "./entry.js";
import { matchKey, type Gazetteer } from "./gazetteer.js";
import variants from "../data/name-variants.json";
import { LATIN_PRODUCT_HEADS } from "./productHeads.js";
import triggerData from "../data/triggers.json";
import { ARABIC, BREAK_BEFORE, FOLDED } from "./keyStream.js";
import type { KeyStream } from "./keyStream.js";
import { AFTER_PERSON, AMBIGUOUS_GIVEN, ANY_TRIGGER, BEFORE_PERSON, COMPANY_OF_ORIGIN, COMPANY_SCOPE, EVENT, GIVEN_NAME, LATIN_STOPWORDS, PREFIX_FORMS, STOPWORD, INSTITUTION, INSTITUTION_OF_ORIGIN, ORG_DESIGNATOR, SPEECH_VERB, typeOfQuotedTrigger, typeOfTrigger, UNLISTED_PLACE } from "./lexicon.js";
import { closerAfter, FIRST_BRACKET, openerBetween, openerRightBefore } from "./quotes.js";
import type { Coverage } from "./resolve.js";
import { KeyFilter, WordSkeletons } from "./phraseKeys.js";
import { editDistance, EMPTY_LETTER_NAME, firstClass, firstClassCodeOfCodes, isLetterName, joinCollapsed, leadingClassCodes, romanizationKey, romanizationThreshold, SKELETON_PER_UNIT } from "./romanize.js";
import type { ForwardSpanMapper } from "./spanMapper.js";
import { PROCLITIC_LETTERS, STRIP_FORMS } from "./streamMatcher.js";
import type { WordLexicon } from "./wordLexicon.js";
import type { Words } from "./words.js";
import type { Vocabulary } from "./vocabulary.js";
import type { WordTypes } from "./wordTypes.js";
import { linkedKeysOf, type LinkedKeys } from "./linkedKeys.js";
import { lendInt32, lendUint8, roomForList, roomInt32, roomUint16, roomUint8, Use } from "./scratch.js";

/** What the guessing stage reads about one chunk of text. */
export interface GuessContext {
  source: string;
  norm: string;
  stream: KeyStream;
  words: Words;
  types: WordTypes;
  /** What the tagger keeps about word types from one chunk to the next. */
  vocabulary: Vocabulary;
  /** Lexicon answers per word, all filled in. */
  lexicon: WordLexicon;
  gazetteer: Gazetteer;
  /** Source positions the accepted gazetteer and value entities cover. */
  covered: Coverage;
  /** Gazetteer entries linked in this text. */
  linked: ReadonlySet<number>;
  mapper: ForwardSpanMapper;
  /** Longest contextual name (a name that is also a common word) starting at word w. */
  contextualAt(w: number): { end: number; entry: number } | null;
}

/**
 * Names no gazetteer lists: Latin runs inside Arabic text, Arabic names announced by a
 * trigger word or starting with a given name, surnames of people already found, and
 * Arabic spellings whose romanization key matches a known name.
 *
 * What every stage asks about a word (its source span, whether an accepted entity covers
 * it, its lexicon bits) is computed once per word into typed arrays before the stages run.
 */
export function guessNames(ctx: GuessContext): Candidate[] {
  const { source, norm, stream, words, gazetteer, lexicon } = ctx;
  const { flags, chars, pos } = stream;
  const count = words.count;
  const { ks, ke } = words;
  const out: Candidate[] = [];
  const taken = roomUint8(Use.GuessTaken, count); // words used by a guess already

  // Source spans of the words, mapped in one forward pass, and which of them an accepted
  // entity covers (both fixed while guessing).
  const wordStarts = roomInt32(Use.GuessWordStarts, count);
  const wordEnds = roomInt32(Use.GuessWordEnds, count);
  const covered = roomUint8(Use.GuessCovered, count);
  // The key-stream flags of each word's first character (ARABIC, BREAK_BEFORE).
  const wordFlags = roomUint8(Use.GuessWordFlags, count);
  for (let w = 0; w < count; w++) {
    wordStarts[w] = pos[ks[w]!]!;
    wordEnds[w] = pos[ke[w]! - 1]! + 1;
    wordFlags[w] = flags[ks[w]!]!;
  }
  ctx.mapper.mapOrderedSpansInPlace(wordStarts, wordEnds, count);
  ctx.covered.markOverlapping(wordStarts, wordEnds, count, covered);
  const plainBits = (w: number): number => lexicon.bits[2 * w]!;
  const procliticBits = (w: number): number => lexicon.bits[2 * w + 1]!;

  const isArabic = (w: number): boolean => (wordFlags[w]! & ARABIC) !== 0;
  const breakBefore = (w: number): boolean => (wordFlags[w]! & BREAK_BEFORE) !== 0;
  const hyphenBefore = (w: number): boolean => w > 0 && w < count && hyphenJoined(norm, stream, words, w);
  // A full stop separates words (it is in-name punctuation in «Character.AI»), but not Arabic ones.
  const sentenceEndBefore = (w: number): boolean => w > 0 && w < count && isArabic(w) && gapHolds(norm, pos[ke[w - 1]! - 1]! + 1, pos[ks[w]!]!, 0x2e);
  const free = (w: number): boolean => taken[w] === 0 && covered[w] === 0;
  const wordText = (w: number): string => source.slice(wordStarts[w], wordEnds[w]);
  // A word's key and what its letters say depend on its type only: the vocabulary keeps
  // them from chunk to chunk, by the words' vocabulary numbers (idOf). `letters` holds
  // LetterFact.Fields numbers per type: 2 = yes, 1 = no, 0 = not asked yet.
  const { idOf } = ctx.types;
  const keyOf = (w: number): string => ctx.vocabulary.keyText(idOf[w]!);
  const letters = ctx.vocabulary.factsOf(LETTER_FACTS, LetterFact.Fields, 0).table;
  const onlyProcliticLetters = (w: number): boolean => {
    for (let k = ks[w]!; k < ke[w]!; k++) if (PROCLITIC_LETTERS[chars[k]!] === 0 && chars[k] !== 0x627) return false;
    return true;
  };
  // 2 = starts with an article, 1 = does not, 0 = not asked yet. Only a word whose key
  // letters hold «ال» or «لل» early may (a test per word type); the source spelling decides
  // the rest, per word.
  const articleCache = roomUint8(Use.GuessArticles, count);
  const startsWithArticle = (w: number): boolean => {
    const at = idOf[w]! * LetterFact.Fields + LetterFact.Article;
    if (letters[at] === 0) letters[at] = articleLetters(chars, ks[w]!, ke[w]!) ? 2 : 1;
    if (letters[at] === 1) return false;
    if (articleCache[w] === 0) articleCache[w] = articleAt(source, wordStarts[w]!, wordEnds[w]!) ? 2 : 1;
    return articleCache[w] === 2;
  };
  // «ة» ends a feminine adjective («محمد الثانية», «شركة ناشئة»). Read in the text: the key
  // folds it into «ه», which also ends names («رانيا العبدالله», «كريستوف فوكيه»).
  const feminine = (w: number): boolean => source.charCodeAt(wordEnds[w]! - 1) === TEH_MARBUTA;
  // Does a phrase end before word v: punctuation, a particle («إن», «في»), a verb of saying
  // («قولها», «أكد»), a trigger word («لصحيفة», «الرئيس») or a word with «و» next?
  const phraseEndsBefore = (v: number): boolean =>
    v >= count || breakBefore(v) || (procliticBits(v) & (STOPWORD | SPEECH_VERB | ANY_TRIGGER)) !== 0 || (chars[ks[v]!] === 0x648 && lexicon.skip[2 * v + 1]! > 0);
  // «لتوصيل», «لصناعة»: «ل» and a consonant start a purpose, not a name's next word («شركة
  // توترز لتوصيل الطلبات»); a transliteration after «ل» starts with a vowel's letter («لايت»).
  const purposeClause = (w: number): boolean => {
    const next = chars[ks[w]! + 1];
    return chars[ks[w]!] === 0x644 && ke[w]! - ks[w]! >= 4 && next !== 0x627 && next !== 0x648 && next !== 0x64a;
  };
  /** Does the Latin run first..last name a company: an «&» in it, or a designator («Inc», «Group») last? */
  const companyNamed = (first: number, last: number): boolean =>
    source.slice(wordStarts[first], wordEnds[last]).includes("&") || LATIN_ORG_DESIGNATORS.has(wordText(last).toLowerCase());
  // A family name has the article itself: «والبابا» (and the pope) ends the name before it.
  const bareArticle = (w: number): boolean => chars[ks[w]!] === 0x627 && startsWithArticle(w);
  // A family name of origin, «ال…ي(ة)» («الزياني», «البلوشية»): after a given name that is also
  // a common word («عادل», «منى») it makes the pair a name where the phrase ends.
  const nisbaFamilyName = (w: number): boolean => {
    if (!bareArticle(w)) return false;
    const key = keyOf(w);
    return key.length >= MIN_NISBA_KEY && (key.endsWith("ي") || key.endsWith("يه"));
  };

  // Lines holding Arabic letters: Latin runs are name candidates only inside Arabic text.
  const lineHasArabic = arabicLines(norm);

  // The names found from context here whose other mentions are tagged too (3b below): a
  // person's family name («الحديدي» of «رامي الحديدي») and an unlisted name a trigger
  // announced («شركة «دفعتك»»), with the word types of the mention; by chunk type, the
  // mentionable whose mention starts with a word of the type (1 + index, 0: none), made on
  // first use. (Typed with `as`: assigned in pushCandidate, which narrowing does not follow.)
  const mentionables: Mentionable[] = [];
  let mentionOfType = null as Int32Array | null;
  const addMentionable = (types: number[], name: Candidate, first: number, surname: boolean): void => {
    mentionOfType ??= roomInt32(Use.GuessMentions, ctx.types.count, 0);
    if (mentionOfType[types[0]!] === 0) mentionOfType[types[0]!] = mentionables.push({ types, name, first, surname, common: false });
  };
  const pushCandidate = (w0: number, w1: number, type: EntryType, confidence: number, source_: string, wantLink: boolean): void => {
    const start = wordStarts[w0]!;
    const end = wordEnds[w1 - 1]!;
    const candidate: Candidate = { start, end, type, confidence, source: source_ };
    // A given name alone names nobody in particular («السيد محمد» is neither Mohammed VI nor
    // Hamdan bin Mohammed); one that is also a common word may be a surname («سكوت»).
    const loneGivenName = w1 - w0 === 1 && (plainBits(w0) & (GIVEN_NAME | AMBIGUOUS_GIVEN)) === GIVEN_NAME;
    if (wantLink && !loneGivenName) {
      // A word ending in «ة» is Arabic, not a transliteration («ثروة كابيتال» is not Thrive
      // Capital), in an all-Arabic name («العربية Business» is a name of Al Arabiya's).
      let arabicWord = false;
      let latinWord = false;
      for (let w = w0; w < w1; w++) {
        arabicWord ||= source.charCodeAt(wordEnds[w]! - 1) === TEH_MARBUTA;
        latinWord ||= !isArabic(w);
      }
      arabicWord &&= !latinWord;
      let link = (w1 - w0 === 1 && plainBits(w0) & GIVEN_NAME) || arabicWord ? null : romanizationLink(gazetteer, norm.slice(pos[ks[w0]!], pos[ke[w1 - 1]! - 1]! + 1), w1 - w0 === 1);
      // The context said person, place or neither: a link may not turn one into another
      // («موقع «هسبريس»» is no person, «شركة «نبراس»» no Nebraska), nor a company into a
      // product («شركة «بال باي»» is not Apple Pay); a product's context may name its company
      // («منصة «ومضة»»).
      if (link !== null && !linkFitsContext(gazetteer.entries[link]!.type, type)) link = null;
      if (link !== null) {
        candidate.entry = link;
        candidate.type = gazetteer.entries[link]!.type;
        candidate.confidence = CONFIDENCE.romanization;
        candidate.source = "romanization";
      } else if (type === "PERSON" && w1 - w0 === 1) {
        // The context says this lone word is a person: link it when it is the surname of
        // exactly one listed person («أوضح سكوت، كبير…» → Kevin Scott).
        const person = gazetteer.surnameOwner.get(keyOf(w0));
        if (person !== undefined) candidate.entry = person;
      } else if (type === "PERSON" && w1 - w0 === 2 && isArabic(w0)) {
        // Given name and surname, the given name spelled otherwise than listed («بنغ شياو»
        // for «بينغ شياو»): the surname's one owner, if the given names start alike.
        const person = gazetteer.surnameOwner.get(keyOf(w0 + 1));
        const first = firstClass(wordText(w0));
        if (person !== undefined && first !== "" && gazetteer.romanKeys[person]!.some((key) => key.startsWith(first))) candidate.entry = person;
      }
    }
    for (let w = w0; w < w1; w++) taken[w] = 1;
    out.push(candidate);
    const { typeOf } = ctx.types;
    if (candidate.type === "PERSON" && w1 - w0 >= 2 && isArabic(w1 - 1) === isArabic(w0)) {
      // A family name after «أبو», «بن»… is the two words («زياد أبو شقرا» → «أبو شقرا»).
      const family = w1 - w0 >= 3 && CONNECTORS.has(keyOf(w1 - 2)) ? w1 - 2 : w1 - 1;
      addMentionable(Array.from(typeOf.subarray(family, w1)), candidate, w0, true);
    } else if (source_ === "context" && candidate.type !== "PERSON" && w1 - w0 <= MAX_QUOTED_WORDS && (w1 - w0 > 1 || ke[w0]! - ks[w0]! >= MIN_MENTIONED_LETTERS)) {
      addMentionable(Array.from(typeOf.subarray(w0, w1)), candidate, w0, false);
    }
  };

  // Is word w, taken or not, an Arabic word that may be part of a name? Its letters say most
  // of it (nameLetters, once per word type); its lexicon bits the rest.
  const nameLetters = (w: number): boolean => {
    const at = idOf[w]! * LetterFact.Fields + LetterFact.Name;
    if (letters[at] === 0) {
      const length = ke[w]! - ks[w]!;
      let shape = isArabic(w);
      if (shape && (length < 2 || (length <= 4 && onlyProcliticLetters(w) && PREFIX_FORMS.has(keyOf(w))))) shape = false; // «لـ» before a Latin name
      letters[at] = shape ? 2 : 1;
    }
    return letters[at] === 2;
  };
  const nameShape = (w: number): boolean => nameLetters(w) && (plainBits(w) & (STOPWORD | ANY_TRIGGER)) === 0;
  // Is word w an Arabic word that may be part of a name, and not used yet?
  const nameWord = (w: number): boolean => w < count && free(w) && nameShape(w);
  // … or a given name that folds into a particle, spelled as the name («علي», not «على»).
  const nameOrGivenWord = (w: number): boolean =>
    nameWord(w) || (w < count && free(w) && nameLetters(w) && (plainBits(w) & GIVEN_NAME) !== 0 && source.charCodeAt(wordEnds[w]! - 1) === YEH);
  /**
   * The last word of a name enclosed in quotes (or brackets) that open right before word w
   * («شركة «دفعتك»», «(تداول)»), up to MAX_QUOTED_WORDS words, or -1.
   */
  const openerBefore = (w: number): boolean => openerRightBefore(norm, pos[ks[w]!]!);
  const quotedNameLast = (w: number, brackets: boolean): number => {
    const opener = openerBetween(norm, w === 0 ? 0 : pos[ke[w - 1]! - 1]! + 1, pos[ks[w]!]!);
    if (opener < 0 || (!brackets && opener >= FIRST_BRACKET)) return -1;
    for (let v = w; v < count && v < w + MAX_QUOTED_WORDS; v++) {
      const closed = closerAfter(norm, pos[ke[v]! - 1]! + 1, v + 1 < count ? pos[ks[v + 1]!]! : norm.length, opener);
      if (closed !== 0) return closed > 0 ? v : -1;
    }
    return -1;
  };
  /**
   * Where a name starts after a person's title that ends before word `from`: past what the
   * title names («وزير الاقتصاد الرقمي والريادة سامي سميرات», «المفوضة الأوروبية لشؤون
   * المنافسة تيريزا ريبيرا», «الرئيس التنفيذي للمجموعة المهندس عليان الوتيد»): up to
   * MAX_TITLE_COMPLEMENT words with the article, words behind «ل» (what the person heads:
   * «لشؤون المنافسة», «لمارفل») unless a given name, names found already and further titles.
   * `from` itself when none is there.
   */
  const pastTitleComplement = (from: number): number => {
    let j = from;
    while (j < count && j - from < MAX_TITLE_COMPLEMENT && !breakBefore(j)) {
      const complement =
        startsWithArticle(j) ||
        covered[j] !== 0 ||
        (procliticBits(j) & BEFORE_PERSON) !== 0 ||
        (chars[ks[j]!] === 0x644 && !(plainBits(j) & GIVEN_NAME)); // «لشؤون المنافسة», «لمارفل»; not «ليزا»
      if (!complement) break;
      j++;
    }
    return j;
  };

  /**
   * A person's name set off by commas after the title phrase that starts at `from`
   * («محافظ البنك، عادل الشركس، قد», «الوزيرة المنتدبة المكلفة بالانتقال الرقمي، أمل الفلاح
   * السغروشني، أن»): the phrase runs up to MAX_TITLE_WORDS words to a comma, then two to
   * MAX_APPOSITIVE_WORDS name words, the first without the article and not an adjective in
   * «ة» unless a given name, and another comma. The first name word, or -1.
   */
  const appositiveNameAfter = (from: number): number => {
    let first = from;
    while (first < count && first - from < MAX_TITLE_WORDS && !breakBefore(first)) first++;
    if (first >= count || !commaBefore(norm, pos[ks[first]!]!) || !nameWord(first) || startsWithArticle(first)) return -1;
    if (feminine(first) && !(plainBits(first) & GIVEN_NAME)) return -1;
    const end = appositiveEnd(first);
    return end - first >= 2 && end < count && commaBefore(norm, pos[ks[end]!]!) ? first : -1;
  };
  /**
   * Where the name words of an appositive from `first` end (the first word past them), a
   * given name that folds into a particle among them («محمد علي القائد»).
   */
  const appositiveEnd = (first: number): number => {
    let end = first + 1;
    while (end < count && end - first < MAX_APPOSITIVE_WORDS && !breakBefore(end) && nameOrGivenWord(end)) end++;
    return end;
  };

  // 0. Names that are also common words, after a trigger («شركة كريم», «صحيفة الشرق الأوسط»,
  // «شركة Inflection»); then the same names anywhere else in the text (one sense per text).
  const lastWordBefore = (from: number, end: number): number => {
    let v = from;
    while (v + 1 < count && ks[v + 1]! < end) v++;
    return v;
  };
  const sensed = new Set<number>();
  const parentNamed = (entry: number, w: number): boolean => {
    const parent = gazetteer.entries[entry]!.parent;
    if (typeof parent !== "string") return false;
    const index = gazetteer.byId.get(parent);
    if (index === undefined || !ctx.linked.has(index)) return false;
    return /^\p{Lu}/u.test(wordText(w));
  };
  if (gazetteer.contextualKeys.length > 0) {
    // Pass 1 reads an Arabic word only where a contextual name of a linked entry may start:
    // the word's first and last letters are those of such a name's first word. Most texts
    // link no entry with an Arabic contextual name, and few words pass when one does.
    const starts = contextualStartPairs(gazetteer, ctx.linked);
    const mayStartLinked = (w: number): boolean => starts !== null && starts[letterSlot(chars[ks[w]!]!) * LETTER_SLOTS + letterSlot(chars[ke[w]! - 1]!)] === 1;
    for (let pass = 0; pass < 2; pass++) {
      for (let w = 0; w < count; w++) {
        if (pass === 1 && isArabic(w) && !mayStartLinked(w)) continue;
        // Pass 1 links the other Latin mentions of a name a trigger settled, and a capitalized
        // name whose parent the text names («Office» in a text about Microsoft); an Arabic
        // contextual name («كريم») is as often the common word or a given name, so only once
        // the text named its entry by a name that is no common word (below).
        // The cheap tests come first: most words have no trigger before them.
        // A name in quotes or brackets alone is a name too («أعلنت «فوري»», «(تداول)»).
        const trigger = pass === 0 ? lexicon.triggerTypeBefore(w) : null;
        const quoted = pass === 0 && trigger === null && breakBefore(w) && openerBefore(w) ? quotedNameLast(w, true) : -1;
        if (pass === 0 && trigger === null && quoted < 0) continue;
        const match = ctx.contextualAt(w);
        if (match === null || !free(w)) continue;
        // An Arabic one only once the text named the entry unambiguously («Marvell» … «سهم
        // مارفل»), and not where it reads as a given name («كريم» in a text about Careem).
        if (pass === 1 && isArabic(w) && (!ctx.linked.has(match.entry) || (plainBits(w) | procliticBits(w)) & (GIVEN_NAME | AMBIGUOUS_GIVEN | STOPWORD))) continue;
        // A trigger announces its own type («منصة تداول» is a trading platform, not Tadawul).
        const quotedTrigger = quoted >= 0 ? lexicon.triggerTypeBeforeBreak(w) : null;
        if ((trigger ?? quotedTrigger ?? gazetteer.entries[match.entry]!.type) !== gazetteer.entries[match.entry]!.type) continue;
        if (pass === 1 && !isArabic(w) && !(sensed.has(match.entry) || parentNamed(match.entry, w))) continue;
        const last = lastWordBefore(w, match.end);
        if (quoted >= 0 && last !== quoted) continue;
        // Quotes mark the names of firms and products, not of places or people («لـ«الشرق»» is the outlet).
        if (quoted >= 0 && kindOfType(gazetteer.entries[match.entry]!.type) !== "ORG") continue;
        let ok = true;
        for (let v = w; v <= last; v++) if (!free(v)) ok = false;
        if (!ok) continue;
        const entry = gazetteer.entries[match.entry]!;
        out.push({ start: wordStarts[w]!, end: wordEnds[last]!, type: entry.type, entry: match.entry, confidence: CONFIDENCE.context, source: "context" });
        for (let v = w; v <= last; v++) taken[v] = 1;
        sensed.add(match.entry);
        w = last;
      }
    }
  }

  /**
   * The type a trigger announces a few describing words before word w («سيارة الأجرة ذاتية
   * القيادة Cybercab», «روبوتها البشري Optimus»): words with the article, or ending as
   * adjectives do, at most MAX_QUOTE_ADJECTIVES of them, with no punctuation between.
   */
  const triggerBehindDescription = (w: number): EntryType | null => {
    // The name may be quoted («معالجها الكمومي "Kookaburra"»): a word that announces quoted
    // names only counts then.
    const quoted = breakBefore(w) && openerBefore(w);
    for (let v = w - 1, n = 0; v >= 0 && n <= MAX_QUOTE_ADJECTIVES && (v + 1 === w ? quoted || !breakBefore(w) : !breakBefore(v + 1)) && isArabic(v); v--, n++) {
      const type = typeOfTrigger(procliticBits(v)) ?? (quoted ? typeOfQuotedTrigger(procliticBits(v)) : null);
      if (type !== null) return n > 0 ? type : null;
      if ((plainBits(v) | procliticBits(v)) & STOPWORD) return null; // «المحللة في Counterpoint»: «في» describes nothing
      const key = keyOf(v);
      if (!startsWithArticle(v) && !key.endsWith("ه") && !key.endsWith("ي")) return null;
    }
    return null;
  };

  // 1. Latin runs inside Arabic lines.
  for (let w = 0; w < count; ) {
    if (isArabic(w)) {
      w++;
      continue;
    }
    let end = w + 1;
    while (end < count && !isArabic(end) && !breakBefore(end) && sameSpacing(norm, stream, words, end)) end++;
    const runStart = w;
    w = end;
    if (!lineHasArabic(pos[ks[runStart]!]!)) continue;
    let anyCovered = false;
    for (let v = runStart; v < end; v++) if (!free(v)) anyCovered = true;
    if (anyCovered) continue; // the rest of a run holding a known name describes it («Azure Cloud»)
    let first = runStart;
    let last = end - 1;
    const nameLike = (v: number): boolean => {
      const text = wordText(v);
      return /\p{Lu}/u.test(text) && !LATIN_STOPWORDS.has(text.toLowerCase());
    };
    // A generic word written as a name's first word, before another name word, belongs to it
    // («Network International», «App Developers Alliance»); alone or last it describes one.
    const leadsName = (v: number): boolean => v < last && TITLE_WORD.test(wordText(v)) && nameLike(v + 1);
    while (first <= last && !nameLike(first) && !leadsName(first)) first++;
    // A bracket holding the run is one name, generic words and all («(Misr Digital)»).
    const bracketed = first === runStart && norm.charCodeAt(pos[ks[runStart]!]! - 1) === 0x28 && norm.charCodeAt(pos[ke[end - 1]! - 1]! + 1) === 0x29;
    while (!bracketed && last >= first && !nameLike(last)) last--;
    if (first > last) continue;
    // «مؤتمر LEAP», «معرض «GITEX»»: an event's name (no entity); a company's name there
    // (an «&» or a designator in it: «مؤتمر Allen & Co») is its host's.
    if (first === runStart && first > 0 && isArabic(first - 1) && procliticBits(first - 1) & EVENT && (!breakBefore(first) || openerBefore(first)) && !companyNamed(first, last)) continue;
    // A version joined by a hyphen («Ax-2», «Falcon-H2»): the run stopped at the hyphen.
    let versioned = false;
    while (last + 1 < count && !isArabic(last + 1) && hyphenJoined(norm, stream, words, last + 1) && free(last + 1) && HAS_DIGIT.test(wordText(last + 1))) {
      last++;
      versioned = true;
    }
    w = Math.max(w, last + 1);
    let type: EntryType = "ORG";
    let confidence: number = CONFIDENCE.latinRun;
    // (In quotes, a word that announces only a quoted name counts too: «محفظة «MoMo»».)
    // (A Latin name is set off as a quoted one is: «مؤسسة TrendForce».)
    const quoteOnly = first > 0 && isArabic(first - 1) && !breakBefore(first) ? typeOfQuotedTrigger(procliticBits(first - 1)) : null;
    const trigger = lexicon.triggerTypeBefore(first) ?? (first === runStart && breakBefore(first) && openerBefore(first) ? lexicon.triggerTypeBeforeBreak(first) : quoteOnly) ?? triggerBehindDescription(first);
    if (trigger !== null) {
      type = trigger;
      confidence = CONFIDENCE.context;
    } else if (plainBits(first) & GIVEN_NAME && last > first) {
      type = "PERSON";
      confidence = CONFIDENCE.givenName;
    } else if (versioned || MODEL_CODE.test(wordText(last))) {
      type = "PRODUCT"; // ending in a model code («GB300», «A19», «Magic V5»): organisations have names
    } else if (last > first && LATIN_PRODUCT_HEADS.has(wordText(last).toLowerCase())) {
      type = "PRODUCT"; // ending in what it is («Qi Card», «MT Cash»)
    }
    pushCandidate(first, last + 1, type, confidence, "latin-run", false);
    const run = out[out.length - 1]!;
    // «OSN+», «Disney+»: a plus sign written against the name is part of it.
    if (source.charCodeAt(run.end) === 0x2b && !/[\p{L}\p{N}+]/u.test(source[run.end + 1] ?? "")) run.end++;
    // A listed product with its version glued on («Qwen3», «Llama3») is that product.
    if (first === last) {
      const product = listedProductBeforeDigits(gazetteer, wordText(first));
      if (product >= 0) {
        run.entry = product;
        run.type = "PRODUCT";
        run.source = "gazetteer";
        run.confidence = CONFIDENCE.gazetteer;
      }
    }
    // A company's name that is also an English word («Visa», «Lucid») is the company when an
    // Arabic text writes it in Latin letters, capitalized as listed. (A product's, «Teams»,
    // still needs its company named: stage 0.)
    if (first === last && run.entry === undefined && TITLE_WORD.test(wordText(first))) {
      const entry = contextualWrittenAs(gazetteer, wordText(first));
      if (entry >= 0 && gazetteer.entries[entry]!.type === "ORG" && (trigger === null || trigger === "ORG")) {
        run.entry = entry;
        run.type = gazetteer.entries[entry]!.type;
        run.source = "context";
        run.confidence = CONFIDENCE.context;
      }
    }
  }

  // The words stages 2 and 3 start from, found in one pass (their lexicon bits are fixed):
  // Arabic triggers, Arabic given names, and Arabic titles after a break.
  const triggers = new WordList(roomForList(Use.GuessTriggers, count));
  const givenNames = new WordList(roomForList(Use.GuessGivenNames, count));
  const titles = new WordList(roomForList(Use.GuessTitles, count));
  const institutions = new WordList(roomForList(Use.GuessInstitutions, count));
  // Words that open a quote, for 3c.
  const quoteStarts = new WordList(roomForList(Use.GuessQuoteStarts, count));
  // English company words in Arabic letters («كابيتال»): few, a plain list.
  const designators: number[] = [];
  for (let w = 0; w < count; w++) {
    if (w > 0 && breakBefore(w) && openerBefore(w)) quoteStarts.push(w);
    if (!isArabic(w)) continue;
    const bits = procliticBits(w);
    if (bits & ANY_TRIGGER) triggers.push(w);
    if (bits & (INSTITUTION | INSTITUTION_OF_ORIGIN | COMPANY_OF_ORIGIN)) institutions.push(w);
    if (bits & GIVEN_NAME) givenNames.push(w);
    if (w > 0 && breakBefore(w) && plainBits(w) & AFTER_PERSON) titles.push(w);
    if (plainBits(w) & ORG_DESIGNATOR) designators.push(w);
  }

  /**
   * Where a quoted name starts after trigger word `trigger`, past what describes it from word
   * `from` (at most MAX_QUOTE_ADJECTIVES words): adjectives («شركة سعودية ناشئة «نبراس»»,
   * «الشركة الناشئة المصرية «مشوارك»») and a definite complement («نظام الدفع الفوري «كليك»»,
   * «نموذج اللغة العربية «علّام»»): words with the article, or without it ending as adjectives
   * of origin or feminine ones do. `from` when no quote opens there.
   */
  const pastAdjectives = (trigger: number, from: number): number => {
    let v = from;
    for (let n = 0; n < MAX_QUOTE_ADJECTIVES && v < count && !breakBefore(v) && isArabic(v) && free(v); n++, v++) {
      if ((plainBits(v) | procliticBits(v)) & (ANY_TRIGGER | STOPWORD) && !startsWithArticle(v)) break;
      if (startsWithArticle(v)) continue;
      const key = keyOf(v);
      if (startsWithArticle(trigger) || (!key.endsWith("ه") && !key.endsWith("ي"))) break;
    }
    return v < count && breakBefore(v) ? v : from;
  };

  // 2. Arabic names after a trigger («شركة X», «السيد X», «الرئيس التنفيذي X»).
  for (let i = 0, after = 0; i < triggers.length; i++) {
    const w = triggers.words[i]!;
    if (w < after) continue; // inside a name found from an earlier trigger
    const spanned = lexicon.spanned[2 * w + 1]!;
    if (spanned === 0) continue;
    // «وقال مؤسس الشركة ورئيسها التنفيذي، ليث الخصاونة، إن»: the name set off by commas
    // after a person's title phrase (a title before a name or after one).
    const appositive = procliticBits(w) & (BEFORE_PERSON | AFTER_PERSON) ? appositiveNameAfter(w + spanned) : -1;
    if (appositive >= 0) {
      const end = appositiveEnd(appositive);
      pushCandidate(appositive, end, "PERSON", CONFIDENCE.context, "context", true);
      after = end;
      continue;
    }
    // A name in quotes after the trigger («شركة «دفعتك»», «منصة «توصيلة»», «هيئة «أوجيرو»»),
    // perhaps past adjectives («شركة سعودية ناشئة «نبراس»», «الشركة الناشئة المصرية «مشوارك»»):
    // the quotes say where it ends, and it may hold any words («شركة «ذكاء للحلول»»).
    const quoteAt = pastAdjectives(w, w + spanned);
    const quotedLast = quoteAt < count && breakBefore(quoteAt) ? quotedNameLast(quoteAt, false) : -1;
    let type = quotedLast >= 0 ? typeOfQuotedTrigger(procliticBits(w)) : typeOfTrigger(procliticBits(w));
    if (type === null || (quotedLast < 0 && lexicon.quantified(w))) continue;
    // A platform or an app in quotes that announces or says something is the company that
    // runs it («أعلنت منصة التجارة الإلكترونية «سويقة» استحواذها»).
    if (type === "PRODUCT" && quotedLast >= 0 && w > 0 && !breakBefore(w) && (procliticBits(w - 1) & SPEECH_VERB) !== 0) type = "ORG";
    if (quotedLast >= 0) {
      // The quotes outweigh a place or a year found inside («شركة «إم تي إن سوريا»»,
      // «استراتيجية «المغرب الرقمي 2030»»: the longer name wins when they are resolved); a
      // quote holding a particle is a phrase, not a name («نموذج "الدفع أو الموافقة"»), unless
      // the word spells a letter («إن» of «إم تي إن»).
      // A quote that starts with a trigger noun is a label, not a name («علامة "مؤسسة ناشئة"»).
      let name = !(procliticBits(quoteAt) & ANY_TRIGGER);
      for (let v = quoteAt; v <= quotedLast; v++) name &&= taken[v] === 0 && (!((plainBits(v) | procliticBits(v)) & STOPWORD) || isLetterName(chars, ks[v]!, ke[v]!));
      if (name) {
        pushCandidate(quoteAt, quotedLast + 1, type, CONFIDENCE.context, "context", true);
        after = quotedLast + 1;
      }
      continue;
    }
    let first = type === "PERSON" ? pastTitleComplement(w + spanned) : w + spanned;
    // A name that starts with «ل» looks like a complement («لشؤون المنافسة»): when nothing
    // else could be one, a two-word name that ends the phrase is the name («القاضية ليوني برينكيما في»).
    if (type === "PERSON" && first === w + spanned + 1 && !startsWithArticle(first - 1) && !(plainBits(first) & GIVEN_NAME) && nameWord(first - 1) && nameWord(first) && !breakBefore(first) && !startsWithArticle(first) && phraseEndsBefore(first + 1)) first--;
    if (first >= count || breakBefore(first) || !nameWord(first) || startsWithArticle(first)) continue;
    // Past a complement only a given name may start the name: the title may go on in words
    // this stage does not skip («وزير الخارجية يزور»); or two name words that end the phrase
    // («وزيرة المالية طيف سامي إن»), unless the name was among the words skipped («ولي العهد
    // الأمير محمد بن سلمان حينها»).
    let pairEndsPhrase = nameWord(first + 1) && !breakBefore(first + 1) && !startsWithArticle(first + 1) && !feminine(first) && phraseEndsBefore(first + 2);
    for (let v = w + spanned; pairEndsPhrase && v < first; v++) pairEndsPhrase = covered[v] === 0;
    if (first > w + spanned && !(plainBits(first) & GIVEN_NAME) && !pairEndsPhrase) continue;
    const firstKey = keyOf(first);
    // «شركة ناشئة»: an adjective; after a person's title, a woman's name of two words that
    // ends the phrase («رائدة الفضاء ريانة برناوي،»).
    const womansName = type === "PERSON" && nameWord(first + 1) && !breakBefore(first + 1) && !feminine(first + 1) && phraseEndsBefore(first + 2);
    if (firstKey.endsWith("ه") && !(plainBits(first) & GIVEN_NAME) && !womansName) continue;
    let last = first;
    const unlistedPlace = type === "LOCATION" && (procliticBits(w) & UNLISTED_PLACE) !== 0;
    if (type === "PERSON" || type === "ORG" || unlistedPlace) {
      // A family name often has the article («المهندس عليان الوتيد»), and may end in «ة»
      // where the name ends the phrase («المهندس رامي الخوالدة،»); an organisation's second
      // word with one is a description («شركة كريم الإماراتية»).
      const second = first + 1;
      if (nameWord(second) && !breakBefore(second) && (type === "PERSON" ? bareArticle(second) || !startsWithArticle(second) : !startsWithArticle(second) && !purposeClause(second)) && (!feminine(second) || (type === "PERSON" && startsWithArticle(second) && phraseEndsBefore(second + 1)))) last = second;
      // «ألفاريز-تورنر», and a third name word with the article («الوزيرة أمل الفلاح السغروشني»).
      if (type === "PERSON" && last === second && nameWord(second + 1) && !breakBefore(second + 1) && (hyphenBefore(second + 1) || bareArticle(second + 1) || COMPOUND_NAME_ENDS.has(keyOf(second)))) last = second + 1;
      // «الرئيس التنفيذي سالم بن خميس الحارثي»: after «بن» the father's name, then the family name.
      if (type === "PERSON" && last === second && CONNECTORS.has(keyOf(second))) {
        if (nameWord(second + 1) && !breakBefore(second + 1)) {
          last = second + 1;
          if (nameWord(last + 1) && !breakBefore(last + 1) && bareArticle(last + 1)) last++;
        } else last = first; // «بن» with no name after it is not part of one
      }
    }
    if (type === "PRODUCT" || type === "LOCATION" || type === "ORG") {
      // Product and place names in Arabic text are transliterations: keep only linked ones,
      // and an unlinked organisation needs a foreign-looking word (not a nisba adjective).
      const linkOf = (to: number, maxDistance: number): number | null =>
        romanizationLink(gazetteer, norm.slice(pos[ks[first]!], pos[ke[to]! - 1]! + 1), first === to, maxDistance);
      let link = linkOf(last, 1);
      // A known name and the verb after it («شركة سنوبروك ستتوسع»): the name alone, when its
      // key is exactly the name's (one word is «شركتين» one edit from Character).
      if (link === null && last > first && (link = linkOf(first, 0)) !== null) last = first;
      // After «مدينة», «محافظة»… a place may be unlisted («مدينة تايلور», «محافظة بني سويف»).
      if (link === null && type !== "ORG" && !unlistedPlace) continue;
      if (link === null && keyOf(last).endsWith("ي")) continue;
    }
    pushCandidate(first, last + 1, type, CONFIDENCE.context, "context", true);
    // «بنك مسقط», «مصرف السلام», «جامعة خليفة»: these nouns are part of the name they announce
    // (a «شركة» is not), a proclitic on them is not.
    const skip = lexicon.skip[2 * w + 1]!;
    const name = out[out.length - 1]!;
    if (spanned === 1 && name.type === "ORG" && NAME_TRIGGERS.has(keyOf(w).slice(skip))) {
      name.start = ctx.mapper.toSourceStart(pos[ks[w]! + skip]!);
      if (skip > 0) name.prefix = source.slice(wordStarts[w], name.start);
    }
    after = last + 1;
  }

  // 2b. Public bodies named by what they do: an institution noun and its definite complement
  // («وزارة الاتصالات», «هيئة الإعلام والاتصالات», «هيئة أسواق المال» — one or two indefinite
  // nouns before a definite one —, «الهيئة العامة للرقابة المالية», where the noun has the
  // article and the complement must hold «لل…» (or «ل» + noun + definite noun, «لتنظيم
  // الإعلام») or, two words or more, a country's adjective:
  // «الوزارة الجديدة» and «الهيئة السعودية» are no names). Nouns too common alone need that
  // always («جهاز الاستثمار العماني», not «جهاز الهاتف»).
  // Does a word starting with the article itself (no preposition before it) come within
  // `most` words from v, through name words only?
  const definiteWithin = (v: number, most: number): boolean => {
    for (let u = v; u < v + most && u < count && !breakBefore(u) && free(u) && isArabic(u) && !((plainBits(u) | procliticBits(u)) & STOPWORD); u++) {
      if (bareArticle(u)) return true;
    }
    return false;
  };
  for (let i = 0; i < institutions.length; i++) {
    const w = institutions.words[i]!;
    if (!free(w) || (i > 0 && institutions.words[i - 1]! === w - 1)) continue;
    let last = w;
    let definite = false;
    let lamArticle = false;
    let origin = false;
    let originNext = false;
    const company = (procliticBits(w) & COMPANY_OF_ORIGIN) !== 0;
    let personNamed = false;
    for (let v = w + 1; v < count && v - w <= MAX_INSTITUTION_WORDS && !breakBefore(v) && free(v) && isArabic(v); v++) {
      if ((plainBits(v) | procliticBits(v)) & STOPWORD) break;
      // «جامعة الملك سعود», «جامعة السلطان قابوس»: named after a person, which
      // withInstitutionNames finds with the whole name.
      if (TITLE_IN_NAME_KEYS.has(keyOf(v))) {
        personNamed = true;
        break;
      }
      if (procliticBits(v) & (INSTITUTION | INSTITUTION_OF_ORIGIN | COMPANY_OF_ORIGIN)) break; // «… والصندوق الجزائري»: the next body
      if (startsWithArticle(v)) {
        definite = true;
        lamArticle ||= chars[ks[v]!] === 0x644 && chars[ks[v]! + 1] === 0x644;
        const ofOrigin = gazetteer.countryAdjectives.has(keyOf(v)) || (company && (plainBits(v) & COMPANY_SCOPE) !== 0);
        origin ||= ofOrigin;
        if (v === w + 1) originNext = ofOrigin;
        last = v;
      } else if (v === last + 1 && !(company && origin) && definiteWithin(v + 1, definite ? 1 : 2)) {
        // An indefinite noun before a definite one («أسواق» of «هيئة أسواق المال»), two at the
        // start («هيئة تنظيم قطاع الاتصالات»); after «ل», what the body is for, as «لل…» says
        // it («الهيئة العامة لتنظيم الإعلام»). Not after a company's origin, which only
        // adjectives follow («شركة البترول الوطنية الكويتية تطبيق…»).
        lamArticle ||= definite && chars[ks[v]!] === 0x644;
        last = v;
      } else break;
    }
    // A company is named by its origin («شركة الاتصالات السعودية»); «الشركة» only as «الشركة
    // السعودية للكهرباء» (not «الشركة المطورة للتطبيق», «الشركة الناشئة السعودية»).
    const named = company ? (startsWithArticle(w) ? originNext && lamArticle : origin) : lamArticle || (origin && (!startsWithArticle(w) || last - w >= 2));
    // Adjectives alone before a quoted name describe it («المؤسسة الناشئة الجزائرية «دفعتي»»);
    // a name before its short form stays one («المؤسسة العربية للاتصالات الفضائية «عربسات»»).
    if (!lamArticle && (startsWithArticle(w) || company) && last + 1 < count && breakBefore(last + 1) && openerBefore(last + 1)) continue;
    // So do they before a Latin name («شركة الذكاء الاصطناعي الفرنسية Mistral»).
    if (company && last + 1 < count && !breakBefore(last + 1) && !isArabic(last + 1)) continue;
    if (personNamed || !definite || ((startsWithArticle(w) || company || !(procliticBits(w) & INSTITUTION)) && !named)) continue;
    const skip = lexicon.skip[2 * w + 1]!;
    pushCandidate(w, last + 1, "ORG", CONFIDENCE.context, "context", false);
    if (skip > 0) {
      const body = out[out.length - 1]!;
      body.start = ctx.mapper.toSourceStart(pos[ks[w]! + skip]!);
      body.prefix = source.slice(wordStarts[w], body.start);
    }
  }

  // 3. Given names starting a 2–3 word name, and names before a title («X، الرئيس التنفيذي»).
  for (let i = 0, after = 0; i < givenNames.length; i++) {
    const w = givenNames.words[i]!;
    if (w < after || !free(w)) continue;
    const bits = procliticBits(w);
    const skip = lexicon.skip[2 * w + 1]!;
    // «على» is a preposition before it is the name «علي»: a stopword never starts a name.
    // A given name is one word, or two of a compound one («عبد الرؤوف», «نور الدين»; not two
    // words that spell one name together, «أي ما»).
    const given = lexicon.spanned[2 * w + 1]!;
    if (bits & STOPWORD || given < 1 || given > 2) continue;
    if (given === 2 && (breakBefore(w + 1) || !free(w + 1) || (keyOf(w) !== "عبد" && !COMPOUND_NAME_ENDS.has(keyOf(w + 1))))) continue;
    // A given name is weak evidence: strip only a conjunction before it («ومحمد»), not a
    // preposition («بيان» is a statement, not ب + «يان»).
    if (skip > 1 || (skip === 1 && chars[ks[w]!] !== 0x648 && chars[ks[w]!] !== 0x641)) continue;
    const second = w + given;
    if (!nameWord(second) || breakBefore(second) || sentenceEndBefore(second)) continue;
    // «حصة أكبر» is a share; «سالم بن حمد», «عادل الزياني» (a family name of origin) are names.
    if (bits & AMBIGUOUS_GIVEN && !(plainBits(second) & GIVEN_NAME) && !CONNECTORS.has(keyOf(second)) && !nisbaFamilyName(second)) continue;
    let end = second + 1;
    const connector = CONNECTORS.has(keyOf(second));
    // «نور الدين طيبي»: a compound given name, then the family name.
    const compound = COMPOUND_NAME_ENDS.has(keyOf(second));
    if (nameWord(end) && !breakBefore(end) && !sentenceEndBefore(end) && (bareArticle(end) || plainBits(end) & GIVEN_NAME || connector || compound || hyphenBefore(end))) end++;
    // Given name, father's name, family name («خالد إبراهيم حميدان قد»), where the phrase ends.
    else if (plainBits(second) & GIVEN_NAME && !(bits & AMBIGUOUS_GIVEN) && nameWord(end) && !breakBefore(end) && !startsWithArticle(end) && !feminine(end) && phraseEndsBefore(end + 1)) end++;
    // «سالم بن حمد الحارثي»: after «بن» and the father's name, the family name.
    if (connector && end === second + 2 && nameWord(end) && !breakBefore(end) && bareArticle(end)) end++;
    // A given name that is also a common word takes one family name, no more («عادل الزياني»).
    if (bits & AMBIGUOUS_GIVEN && !(plainBits(second) & GIVEN_NAME) && !connector) end = second + 1;
    // A family name with the article («محمد الفضل», «رامي الحديدي») after a name that is no
    // common word, where the name ends the phrase (punctuation, a particle or «و» next: «إن»,
    // «في», «ورائد»); not a feminine word («محمد الثانية»), but a woman's family name may be
    // a feminine nisba («مريم البلوشية»).
    // After a compound given name, a family name of origin needs no more («عبد الرؤوف
    // الزليتني لـ…»); another word with the article may be the verb's object («أطلق عبد الله
    // المشروع»).
    if (startsWithArticle(second) && !(compound && end > second + 1) && !(given === 2 && nisbaFamilyName(second))) {
      if ((bits & AMBIGUOUS_GIVEN && !nisbaFamilyName(second)) || (feminine(second) && !keyOf(second).endsWith("يه"))) continue;
      if (!phraseEndsBefore(end)) continue;
    }
    pushCandidate(w, end, "PERSON", CONFIDENCE.givenName, "given-name", true);
    if (skip > 0) {
      const person = out[out.length - 1]!;
      const wordStart = wordStarts[w]!;
      person.start = ctx.mapper.toSourceStart(pos[ks[w]! + skip]!);
      person.prefix = source.slice(wordStart, person.start);
    }
    after = end;
  }
  for (let i = 0; i < titles.length; i++) {
    const t = titles.words[i]!;
    if (!commaBefore(norm, pos[ks[t]!]!)) continue;
    let first = t - 1;
    if (!nameWord(first)) continue;
    let n = 1;
    while (n < 3 && first - 1 >= 0 && !breakBefore(first) && nameOrGivenWord(first - 1) && !(procliticBits(first - 1) & SPEECH_VERB)) {
      first--;
      n++;
    }
    // More than one word only from a given name on («ناقش سام ألتمان،» → «سام ألتمان»,
    // «ويرى نادر الحلبي، المحلل» → «نادر الحلبي»); a word alone without the article. Right
    // after a verb of saying, the two words are the name whatever the given name («وقال جاي
    // غامبيتا، مدير الأبحاث»): the verb, the comma and the title leave nothing else to be.
    const said = t - first === 2 && first > 0 && !breakBefore(first) && (procliticBits(first - 1) & SPEECH_VERB) !== 0 && !startsWithArticle(first);
    while (!said && first < t - 1 && !(plainBits(first) & GIVEN_NAME && !startsWithArticle(first))) first++;
    if (startsWithArticle(first)) continue;
    pushCandidate(first, t, "PERSON", CONFIDENCE.context, "context", true);
  }

  // A name word right before an English company word in Arabic letters is a company's name
  // with it («قادتها بيكو كابيتال», «بمشاركة غلوبال فنتشرز»): the word says what the name is.
  for (const d of designators) {
    const w = d - 1;
    if (w < 0 || breakBefore(d) || !free(d) || !nameWord(w) || startsWithArticle(w)) continue;
    pushCandidate(w, d + 1, "ORG", CONFIDENCE.context, "context", true);
  }

  // Two free name words from v, in one phrase, neither with the article nor ending in «ة».
  const namePairAt = (v: number): boolean =>
    nameWord(v) && nameWord(v + 1) && !breakBefore(v + 1) && !startsWithArticle(v) && !startsWithArticle(v + 1) && !feminine(v) && !feminine(v + 1);
  // 3a. A man's name where the sentence's frame says a subject stands: between «كان» and «قد»
  // («وكان مات غارمان قد لمّح»), and after a verb of founding or leading that carries what
  // he founded or leads, up to where the phrase ends («التي أسسها كريم بقير وزهرة سليم»,
  // «التي يقودها يحيى بوهلال،»). Two or three name words, none with the article: a body or
  // a thing is said with the article or a trigger noun, which are no name words («وكان
  // المؤشر قد», «وكان بنك الجزائر قد»), and one word alone may be a common noun. After
  // «كانت», one name word before «قد» is a company's name. Two name words before «، الذي» are
  // the man it is about, and so are two after «أما» that «من» or a verb with «ف» follows.
  for (let w = 0; w + 2 < count; w++) {
    // Most words are none of these: their first and last letters say so without the key,
    // which a fresh text would otherwise build for every short word.
    if (ke[w]! - ks[w]! > 6 || FRAME_FIRST_LAST[chars[ks[w]!]! * 2] === 0 || FRAME_FIRST_LAST[chars[ke[w]! - 1]! * 2 + 1] === 0) continue;
    const key = keyOf(w);
    // «وكانت سينوبسيس قد وسّعت»: one name word after the feminine, no woman's (no «ة», not a
    // given name), is a company.
    if (WAS_FEMININE_KEYS.has(key)) {
      const v = w + 1;
      if (nameWord(v) && !breakBefore(v) && !startsWithArticle(v) && !feminine(v) && !(plainBits(v) & (GIVEN_NAME | AMBIGUOUS_GIVEN)) && !breakBefore(v + 1) && keyOf(v + 1) === "قد") {
        pushCandidate(v, v + 1, "ORG", CONFIDENCE.context, "context", true);
        w = v + 1;
      }
      continue;
    }
    // «ويقود تانغ تان، الذي أمضى…»: two name words before «، الذي»; «أما تارون باثاك من…»:
    // two after «أما» before «من» or a verb with «ف».
    if (key === RELATIVE_KEY && w >= 2 && commaBefore(norm, pos[ks[w]!]!) && namePairAt(w - 2)) {
      pushCandidate(w - 2, w, "PERSON", CONFIDENCE.context, "context", true);
      continue;
    }
    if (key === AS_FOR_KEY && namePairAt(w + 1) && w + 3 < count && !breakBefore(w + 3) && (keyOf(w + 3) === "من" || chars[ks[w + 3]!] === 0x641)) {
      pushCandidate(w + 1, w + 3, "PERSON", CONFIDENCE.context, "context", true);
      w += 2;
      continue;
    }
    const was = WAS_KEYS.has(key);
    if (!was && !FOUNDER_VERB_KEYS.has(key)) continue;
    let last = w + 1;
    while (last - w <= MAX_SUBJECT_WORDS && nameWord(last) && !breakBefore(last) && !startsWithArticle(last) && !feminine(last)) last++;
    if (last - w - 1 < 2) continue;
    if (was ? last >= count || breakBefore(last) || keyOf(last) !== "قد" : !phraseEndsBefore(last)) continue;
    pushCandidate(w + 1, last, "PERSON", CONFIDENCE.context, "context", true);
    w = last - 1;
  }

  // 3b. The other mentions of names found from context above: a trigger's name («شركة
  // «دفعتك»» … «لـ«دفعتك»»), and a person's family name alone («وأضاف الحديدي» after «رامي
  // الحديدي») unless it is also a given name or a lexicon word. A text names first and
  // shortens after: a name whose words stand alone before its first mention is a common
  // word there, and its other mentions are left alone.
  const isMentionAt = (types: readonly number[], w: number): boolean =>
    types.every((type, i) => w + i < count && ctx.types.typeOf[w + i] === type && free(w + i) && (i === 0 || !breakBefore(w + i)));
  if (mentionOfType !== null) {
    const { typeOf } = ctx.types;
    for (let w = 0; w < count; w++) {
      const m = mentionOfType[typeOf[w]!]!;
      if (m === 0 || !free(w)) continue;
      const item = mentionables[m - 1]!;
      if (item.common || !isMentionAt(item.types, w)) continue;
      // A family name may be a given name too («منصور»), unless it is also a common word («علي»).
      if (item.surname && ((plainBits(w) | procliticBits(w)) & (STOPWORD | AMBIGUOUS_GIVEN | ANY_TRIGGER) || ke[w]! - ks[w]! < 3)) continue;
      if (item.surname && !isArabic(w) && !/^\p{Lu}/u.test(wordText(w))) continue;
      item.common = w < item.first;
      if (item.common) continue;
      const last = w + item.types.length - 1;
      out.push(mentionOf(item.name, wordStarts[w]!, wordEnds[last]!));
      for (let v = w; v <= last; v++) taken[v] = 1;
      w = last;
    }
  }

  // 3c. Quoted names that the words around them, or their last word, make organisations
  // (after 3b: a later mention of a name found above is that name's): the outlet a person
  // speaks to, a quoted name right after «لـ» with a verb of saying before it in the sentence
  // («وقال المحلل، هاني الصايغ، لـ«العربية Business» إن», «وتقول البلوشية لـ"أثير" إن»), a
  // quoted name that a country's adjective follows («بمشاركة «الوادي فنتشرز» البحرينية»), and
  // one that ends in a company's designator («في «المال كابيتال»»). The quotes outweigh a
  // shorter entity found inside («لـ«اليوم السابع»» is no date), so the words need only be
  // untaken, and one of them untagged.
  const saidBefore = (from: number): boolean => {
    for (let v = from; v >= 0 && v > from - MAX_SPEECH_DISTANCE && !sentenceEndBefore(v + 1); v--) if (procliticBits(v) & SPEECH_VERB) return true;
    return false;
  };
  // The type the words before quote w give its name as an example («شركات مثل «…»»), or the
  // quote it follows with «و» gave (exampleEnd: the last word of that quote).
  let exampleEnd = -1;
  let exampleType: EntryType | null = null;
  const exampleTypeBefore = (w: number): EntryType | null => {
    if (w >= 2 && keyOf(w - 1) === "و" && w - 2 === exampleEnd) return exampleType;
    if (w < 2 || keyOf(w - 1) !== "مثل" || breakBefore(w - 1)) return null;
    const kindOf = (v: number): EntryType | undefined => EXAMPLE_TYPES.get(keyOf(v)) ?? EXAMPLE_TYPES.get(keyOf(v).replace(/^و/u, ""));
    return kindOf(w - 2) ?? (w >= 3 && !breakBefore(w - 2) ? kindOf(w - 3) : undefined) ?? null;
  };
  for (let i = 0; i < quoteStarts.length; i++) {
    const w = quoteStarts.words[i]!;
    const example = exampleTypeBefore(w);
    if (example !== null) {
      const last = quotedNameLast(w, false);
      if (last < 0) continue;
      exampleEnd = last;
      exampleType = example;
      // An unlisted Latin name there was typed ORG by default (1): the example's type it takes.
      const latin = taken[w] !== 0 ? out.find((c) => c.start === wordStarts[w] && c.end === wordEnds[last] && c.confidence === CONFIDENCE.latinRun && c.entry === undefined) : undefined;
      if (latin !== undefined) latin.type = example;
      let plain = true;
      for (let v = w; v <= last; v++) plain &&= taken[v] === 0 && covered[v] === 0 && !(plainBits(v) & STOPWORD);
      if (plain) pushCandidate(w, last + 1, example, CONFIDENCE.context, "context", true);
      continue;
    }
    if (taken[w] !== 0) continue;
    const last = quotedNameLast(w, false);
    if (last < 0) continue;
    // A designator needs every word untagged: a listed company's name with it («كورك
    // تيليكوم») is that company, which the gazetteer pass found.
    const designated = last > w && ORG_DESIGNATORS.has(keyOf(last)); // «في «المال كابيتال»»
    const organisation = keyOf(w - 1) === "ل" ? saidBefore(w - 2) : last + 1 < count && gazetteer.countryAdjectives.has(keyOf(last + 1));
    let name = organisation || designated;
    let untagged = false;
    let allUntagged = true;
    for (let v = w; v <= last && name; v++) {
      name = taken[v] === 0 && (!((plainBits(v) | procliticBits(v)) & STOPWORD) || startsWithArticle(v));
      untagged ||= covered[v] === 0;
      allUntagged &&= covered[v] === 0;
    }
    if (!name || !untagged || (!organisation && !allUntagged)) continue;
    // A listed outlet whose name is also common words («اليوم السابع») is it.
    const listed = ctx.contextualAt(w);
    if (listed !== null && lastWordBefore(w, listed.end) === last && gazetteer.entries[listed.entry]!.type === "ORG") {
      out.push({ start: wordStarts[w]!, end: wordEnds[last]!, type: "ORG", entry: listed.entry, confidence: CONFIDENCE.context, source: "context" });
      for (let v = w; v <= last; v++) taken[v] = 1;
    } else pushCandidate(w, last + 1, "ORG", CONFIDENCE.context, "context", true);
  }

  // 4. Surnames of people found in this text («ألتمان» after «سام ألتمان»), and Arabic
  // spellings of names linked elsewhere in the text, by romanization key.
  const found = [...ctx.linked];
  if (found.length === 0) return out; // no surname or spelling to look for
  // Their romanization keys (worked out once per tagger and entry).
  const keysOf = linkedKeysOf(ctx.vocabulary, gazetteer);
  const linkedKeys = found.map(keysOf);
  // 1 at each length a linked key has, give or take one (a lookup table: phrases are many);
  // 1 at the first class of each key a window may match (classes are ASCII letters and
  // digits, data/romanization.json: 128 entries, any other code would go to a set).
  let longestKey = 0;
  for (const keys of linkedKeys) longestKey = Math.max(longestKey, keys.longest);
  const nearbyLength = lendUint8(Use.NearbyLengths, longestKey + 2);
  const nearLength = (length: number): boolean => nearbyLength[length] === 1;
  const firstClasses = roomUint8(Use.NearbyFirstCodes, 0x80);
  let otherFirstClasses: Set<number> | null = null;
  const startsLinkedKey = (firstCode: number): boolean => (firstCode < 0x80 ? firstClasses[firstCode] === 1 : otherFirstClasses?.has(firstCode) === true);
  // The person whose surname each key is (the first listed, when two share one).
  const surnameOwners = new Map<string, number>();
  for (const [i, entry] of found.entries()) {
    for (const length of linkedKeys[i]!.lengths) nearbyLength[length - 1] = nearbyLength[length] = nearbyLength[length + 1] = 1;
    for (const key of linkedKeys[i]!.windowKeys) {
      const code = key.charCodeAt(0);
      if (code < 0x80) firstClasses[code] = 1;
      else (otherFirstClasses ??= new Set()).add(code);
    }
    for (const key of gazetteer.lastWordKeysOf(entry)) if (!surnameOwners.has(key)) surnameOwners.set(key, entry);
  }
  // A word is a surname only when it has a surname's shape (length, first and last letter):
  // other words build no key string (a type's first word is asked about, for every type).
  // The shapes are bits of a small bit set (two shapes may share one: the map decides).
  const shapeBit = (length: number, first: number, last: number): number => (Math.imul(length, 0x9e3779b1) ^ (first << 7) ^ last) & (SHAPE_BITS - 1);
  const surnameShapes = roomInt32(Use.GuessSurnameShapes, SHAPE_BITS >> 5);
  for (const key of surnameOwners.keys()) {
    const bit = shapeBit(key.length, key.charCodeAt(0), key.charCodeAt(key.length - 1));
    surnameShapes[bit >> 5]! |= 1 << (bit & 31);
  }
  /** The person whose surname word w is, or -1 (asked once per word type). */
  const surnameOf = (w: number): number => {
    if (surnameOwners.size === 0) return -1;
    const bit = shapeBit(ke[w]! - ks[w]!, chars[ks[w]!]!, chars[ke[w]! - 1]!);
    if ((surnameShapes[bit >> 5]! & (1 << (bit & 31))) === 0) return -1;
    return surnameOwners.get(keyOf(w)) ?? -1;
  };
  // Romanization skeletons of the words (their normalized text), computed on first use:
  // windows of 1–3 words, and the other words of the same type, reuse them.
  const skeletons = new WordSkeletons(norm, (w) => pos[ks[w]!]!, (w) => pos[ke[w]! - 1]! + 1, ctx.types, (w) => {
    if (pos[ke[w]! - 1]! + 1 - pos[ks[w]!]! !== ke[w]! - ks[w]!) return false; // ignored characters inside
    for (let k = ks[w]!; k < ke[w]!; k++) if (flags[k]! & FOLDED) return false;
    return true;
  }, ctx.vocabulary);
  /** collapseKey(skeletons of words first..last joined), built from the collapsed words. */
  const phraseKey = (first: number, last: number): string => {
    let key = skeletons.text(first);
    for (let v = first + 1; v <= last; v++) key = joinCollapsed(key, skeletons.text(v));
    return key;
  };
  // Most windows match no linked name: these filters say so from the window's codes before
  // any string is built (a single word must match a key exactly, a phrase within one edit).
  // Every window from a word starts with the word's skeleton, so a word whose skeleton is
  // more than one edit from every start of a linked key starts no match. Each filter is
  // sized for its hashes at once.
  let windowKeyCount = 0;
  let nearCount = 0;
  let startCount = 0;
  for (const keys of linkedKeys) {
    windowKeyCount += keys.windowKeys.length;
    nearCount += keys.nearCount;
    startCount += keys.startCount;
  }
  const exactFilter = new KeyFilter(false, windowKeyCount, { bits: Use.ExactFilterBits, hashes: Use.ExactFilterHashes });
  const nearFilter = new KeyFilter(true, nearCount, { bits: Use.NearFilterBits, hashes: Use.NearFilterHashes });
  const startFilter = new KeyFilter(true, startCount, { bits: Use.StartFilterBits, hashes: Use.StartFilterHashes });
  for (const keys of linkedKeys) {
    for (let k = 0; k < keys.windowKeys.length; k++) {
      exactFilter.addHashes(keys.exact[k]!);
      nearFilter.addHashes(keys.near[k]!);
      startFilter.addHashes(keys.starts[k]!);
    }
  }
  // The keys themselves, for the windows that pass the filters (few texts have one): made
  // on first use, in the order the entries were linked (the first key added wins).
  let nearby: { exact: Map<string, number>; keys: NearbyKeys } | null = null;
  const nearbyKeys = (): { exact: Map<string, number>; keys: NearbyKeys } => {
    if (nearby === null) {
      nearby = { exact: new Map(), keys: new NearbyKeys() };
      for (const [i, entry] of found.entries()) {
        for (const key of linkedKeys[i]!.windowKeys) {
          if (!nearby.exact.has(key)) nearby.exact.set(key, entry);
          nearby.keys.add(key, entry);
        }
      }
    }
    return nearby;
  };
  const windowCodes = roomUint16(Use.GuessWindowCodes, 64);
  // What this stage does with the words of a type is mostly settled by their letters, once
  // per type (see planOf): most words are skipped after two array reads.
  const { typeOf } = ctx.types;
  const plans = roomUint8(Use.GuessPlans, ctx.types.count); // Plan.Unknown until asked
  const surnameOfType = roomInt32(Use.GuessSurnameOfType, surnameOwners.size === 0 ? 0 : ctx.types.count);
  // A transliteration behind a consonant proclitic («لسنوبروك»): the rest of the word alone
  // must be a linked key of 5+ classes (as a single word must, below). Per type, the entry
  // its stem links to (-1: none) and the key characters skipped, worked out with its plan
  // from the first word of the type.
  const stemLinks = roomInt32(Use.GuessStemLinks, ctx.types.count, -1);
  const stemSkips = roomUint8(Use.GuessStemSkips, ctx.types.count);
  // The first two classes of the linked keys of 5+ classes, as bits of a small bit set
  // (made on first use; two pairs may share a bit): most stems start with no such pair and
  // build no skeleton.
  let stemPairs: Int32Array | null = null;
  const anyStemKey = linkedKeys.some((keys) => keys.longest >= 5);
  const stemLinkOf = (w: number): number => {
    const c0 = chars[ks[w]!]!;
    for (let length = 1; length <= 2; length++) {
      // A word starts with one stem form at most of each length: its first letter or two.
      const f = length === 1 ? STEM_FORM_OF_LETTER[c0]! : STEM_PAIR_STARTS[c0] === 0 ? -1 : (STEM_FORM_OF_PAIR.get(c0 * 0x10000 + chars[ks[w]! + 1]!) ?? -1);
      if (f < 0) continue;
      const skip = STRIP_FORMS[f]!.skip;
      const from = ks[w]! + skip;
      // 5 classes need letters enough (most stems are shorter).
      if ((ke[w]! - from) * SKELETON_PER_UNIT < 5 || articleLetters(chars, from, from + 2)) continue; // «بال…»: an article
      if (leadingClassCodes(chars, from, ke[w]!, LEADING_CLASSES) < 2) continue;
      stemPairs ??= stemPairsOf(linkedKeys);
      const bit = pairBit(LEADING_CLASSES[0]!, LEADING_CLASSES[1]!);
      if ((stemPairs[bit >> 5]! & (1 << (bit & 31))) === 0) continue;
      const slot = skeletons.stemSlot(w, pos[from]!);
      if (!skeletons.isKeyInSlot(slot, 5, exactFilter)) continue;
      const entry = nearbyKeys().exact.get(skeletons.textOf(slot));
      if (entry === undefined) continue;
      stemSkips[typeOf[w]!] = skip;
      return entry;
    }
    return -1;
  };
  /** Is word v the letter name of a vowel («إيه», «آي»)? (A fact of its letters, kept per type.) */
  const vowelLetterName = (v: number): boolean => {
    const at = idOf[v]! * LetterFact.Fields + LetterFact.FirstClass;
    if (letters[at] === 0) letters[at] = firstClassCodeOfCodes(chars, ks[v]!, ke[v]!) + 3;
    return letters[at]! - 3 === EMPTY_LETTER_NAME;
  };
  const planOf = (w: number): Plan => {
    const person = surnameOf(w);
    if (person >= 0) {
      surnameOfType[typeOf[w]!] = person;
      return Plan.Surname;
    }
    // A window needs an Arabic word of a name's shape whose first consonant's class starts
    // some linked key (the rest depends on the word itself: its lexicon bits, whether it is
    // free, its article, and its skeleton when it is not written as its key).
    if (!isArabic(w) || !nameLetters(w)) return Plan.Skip;
    const at = idOf[w]! * LetterFact.Fields + LetterFact.FirstClass;
    // The code of the first consonant's class, kept as code + 3 (2 = none, 1 = a vowel's
    // letter name: the phrase's class is the next word's).
    if (letters[at] === 0) letters[at] = firstClassCodeOfCodes(chars, ks[w]!, ke[w]!) + 3;
    const first = letters[at]! - 3;
    // Most words start with no stem form: one table read says so.
    const c0 = chars[ks[w]!]!;
    const stem = (stemLinks[typeOf[w]!] = !anyStemKey || (STEM_FORM_OF_LETTER[c0]! < 0 && STEM_PAIR_STARTS[c0] === 0) ? -1 : stemLinkOf(w));
    if (first === EMPTY_LETTER_NAME || (first >= 0 && startsLinkedKey(first))) return Plan.MayStartWindow;
    return stem >= 0 ? Plan.StemLinked : Plan.Skip;
  };
  /**
   * Where a name linked from the whole word w starts, in key characters from the word's
   * start: past a proclitic that adds nothing to the key («وسنوبروك» and «سنوبروك» are both
   * "snbrk"), unless it is a «و» that spells the name's first letter («وارنر» ↔ Warner).
   */
  const nameStartInWord = (w: number, entry: number): number => {
    const wholeKey = skeletons.text(w);
    for (const [f, { form, skip, virtual }] of STRIP_FORMS.entries()) {
      if (virtual !== "" || !formAt(chars, ks[w]!, ke[w]!, form)) continue;
      const from = ks[w]! + skip;
      if (articleLetters(chars, from, Math.min(from + 2, ke[w]!))) continue;
      if (skeletons.textOf(skeletons.stemSlot(w, pos[from]!)) !== wholeKey) continue;
      if (ADDS_NO_CLASS[f] === 1 && needsLeadingWaw(gazetteer.entries[entry]!, chars[from]!)) continue;
      return skip;
    }
    return 0;
  };
  /** Adds the name linked from words w..last, starting `skip` key characters into w. */
  const pushWindow = (w: number, last: number, entry: number, skip: number): void => {
    const start = skip === 0 ? wordStarts[w]! : ctx.mapper.toSourceStart(pos[ks[w]! + skip]!);
    const candidate: Candidate = { start, end: wordEnds[last]!, type: gazetteer.entries[entry]!.type, entry, confidence: CONFIDENCE.romanization, source: "romanization" };
    if (skip > 0) candidate.prefix = source.slice(wordStarts[w], start);
    out.push(candidate);
    for (let v = w; v <= last; v++) taken[v] = 1;
  };
  for (let w = 0; w < count; w++) {
    const type = typeOf[w]!;
    let plan = plans[type] as Plan;
    if (plan === Plan.Unknown) plan = plans[type] = planOf(w);
    if (plan === Plan.Skip) continue;
    if (plan === Plan.Surname) {
      if (!free(w)) continue;
      if (!isArabic(w) && !/^\p{Lu}/u.test(wordText(w))) continue;
      out.push({ start: wordStarts[w]!, end: wordEnds[w]!, type: "PERSON", entry: surnameOfType[type]!, confidence: CONFIDENCE.coreference, source: "coreference" });
      taken[w] = 1;
      continue;
    }
    if (plainBits(w) & (STOPWORD | ANY_TRIGGER) || !free(w)) continue;
    // A window needs w to be a name word (its letters passed above) without an article, and
    // w's skeleton to begin some linked key; failing that, w's stem may be a linked name.
    if (plan === Plan.StemLinked || startsWithArticle(w) || !skeletons.mayMatchWord(w, startFilter)) {
      if (stemLinks[type]! >= 0) pushWindow(w, w, stemLinks[type]!, stemSkips[type]!);
      continue;
    }
    // The words from w on that may join a phrase (up to 3): name words without an article
    // (transliterated names carry none: a phrase with «ال…» words is Arabic prose), nor one
    // ending in «ة» (a transliteration writes a final vowel with «ا» or «ه»: «لهجة عربية» is
    // no Alibaba), in one phrase (no break before them).
    let phrase = 0;
    while (phrase < 3 && nameWord(w + phrase) && (phrase === 0 || !breakBefore(w + phrase)) && !startsWithArticle(w + phrase) && source.charCodeAt(wordEnds[w + phrase]! - 1) !== TEH_MARBUTA) phrase++;
    // Try the longest window first; one whose key is one edit from a linked key gives way
    // to a shorter one that is a linked key («مايكروسوفت يقع» is "mkrsftk": Microsoft, but
    // «يقع» is a verb).
    let entry = -1;
    let last = -1;
    for (let n = phrase; n >= 1; n--) {
      const end = w + n - 1;
      // Lengths first: collapsing joins removes at most one class per join.
      let rough = 0;
      for (let v = w; v <= end; v++) rough += skeletons.rough(v);
      let fits = false;
      for (let d = 0; d < n && !fits; d++) fits = nearLength(rough - d);
      if (!fits) continue;
      // The joined skeleton is `rough` long; cheap filter before collapsing.
      if (!nearLength(rough) && rough < 4) continue;
      // The collapsed key of the phrase is its words' collapsed skeletons joined, less one
      // class where a word ends with the class the next begins with: its length is known
      // before any string is built, and most phrases stop here.
      const keyLength = skeletons.phraseLength(w, end);
      if (!nearLength(keyLength)) continue;
      // A last word that adds no class to the key is no evidence that it belongs to the
      // name («سنوبروك يقع»: "snbrk" + "k" collapses to "snbrk"), unless it spells a letter
      // («ميسترال إيه آي» ↔ Mistral AI).
      if (n > 1 && skeletons.phraseLength(w, end - 1) === keyLength && !vowelLetterName(end)) continue;
      // One Arabic word has few consonants and many lookalikes («لتأمين» ↔ Altman): alone it
      // must have 5+ classes and match exactly; a phrase may be one edit away.
      if (n === 1 ? keyLength < 5 : keyLength < 4) continue;
      const codes = keyLength <= windowCodes.length ? windowCodes : new Uint16Array(keyLength);
      if (!(n === 1 ? exactFilter : nearFilter).mayMatch(codes, skeletons.writePhrase(w, end, codes))) continue;
      const key = phraseKey(w, end);
      const exact = nearbyKeys().exact.get(key);
      if (exact !== undefined) {
        entry = exact;
        last = end;
        break;
      }
      if (n === 1 || entry >= 0) continue;
      const near = nearbyKeys().keys.closest(key);
      if (near === undefined) continue;
      entry = near;
      last = end;
    }
    if (entry >= 0) {
      pushWindow(w, last, entry, nameStartInWord(w, entry));
      w = last;
    } else if (stemLinks[type]! >= 0) pushWindow(w, w, stemLinks[type]!, stemSkips[type]!);
  }
  return out;
}

/**
 * Romanization keys of the names linked in a text, bucketed by first class (a
 * transliteration keeps the first consonant) and length, for "which linked name is this
 * phrase's key at most one edit from?".
 */
class NearbyKeys {
  /** first class → key length → [key, entry, order added] in the order added. */
  private readonly buckets = new Map<string, Map<number, Array<{ key: string; entry: number; order: number }>>>();
  private added = 0;

  add(key: string, entry: number): void {
    let byLength = this.buckets.get(key[0]!);
    if (byLength === undefined) {
      byLength = new Map<number, Array<{ key: string; entry: number; order: number }>>();
      this.buckets.set(key[0]!, byLength);
    }
    const list = byLength.get(key.length);
    if (list === undefined) byLength.set(key.length, [{ key, entry, order: this.added++ }]);
    else list.push({ key, entry, order: this.added++ });
  }

  /**
   * The entry of the first key added (with the same first class as `key`) within the
   * romanization threshold of `key`, or undefined. Only keys one length away or closer can
   * be within one edit, so only those lengths are read.
   */
  closest(key: string): number | undefined {
    const byLength = this.buckets.get(key[0]!);
    if (byLength === undefined) return undefined;
    let best: { entry: number; order: number } | undefined;
    for (let length = key.length - 1; length <= key.length + 1; length++) {
      for (const candidate of byLength.get(length) ?? NO_KEYS) {
        if (best !== undefined && candidate.order > best.order) break;
        const limit = romanizationThreshold(Math.max(candidate.key.length, key.length));
        if (editDistance(candidate.key, key, limit) <= limit) {
          best = candidate;
          break;
        }
      }
    }
    return best?.entry;
  }
}

/** An empty list of romanization keys, shared instead of a new array per lookup. */
const NO_KEYS: ReadonlyArray<{ key: string; entry: number; order: number }> = [];

/** Do the key characters [k, kEnd) hold «ال» or «لل» in their first 4 letters (as an article form does)? */
function articleLetters(chars: Uint16Array, k: number, kEnd: number): boolean {
  for (let i = k; i < Math.min(k + 3, kEnd - 1); i++) if ((chars[i] === 0x627 || chars[i] === 0x644) && chars[i + 1] === 0x644) return true;
  return false;
}

/**
 * Does the word at source span [start, end), whose key letters pass `articleLetters`, start
 * with the article, alone or after a proclitic? Read on the source: the search preset folds
 * «أ» to «ا», and «ألتمان» has no article.
 */
function articleAt(source: string, start: number, end: number): boolean {
  // The first letters of the source word, harakat and tatweel skipped: «[وفبك]?ال» or
  // «[وف]?لل», in a word of 4+ letters. Read in place: no string per word.
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let letters = 0;
  for (let i = start; i < end && letters < 4; i++) {
    const c = source.charCodeAt(i);
    if ((c >= 0x64b && c <= 0x65f) || c === 0x640) continue;
    if (letters === 0) c0 = c;
    else if (letters === 1) c1 = c;
    else if (letters === 2) c2 = c;
    letters++;
  }
  if (letters < 4) return false;
  const alef = 0x627;
  const lam = 0x644;
  if ((c0 === alef || c0 === lam) && c1 === lam) return true; // «ال», «لل»
  if ((c0 === 0x648 || c0 === 0x641) && c1 === lam && c2 === lam) return true; // «ولل», «فلل»
  return (c0 === 0x648 || c0 === 0x641 || c0 === 0x628 || c0 === 0x643) && c1 === alef && c2 === lam; // «وال», «بال»…
}

/**
 * Links an Arabic name to a gazetteer entry by romanization key (within `maxDistance` edits
 * of one, 1 at most, and the key length's threshold), or null.
 */
function romanizationLink(gazetteer: Gazetteer, text: string, singleWord: boolean, maxDistance = 1): number | null {
  // A name written with digits is not a spelling of one without («سنتر3» is not Sonatrach).
  if (HAS_DIGIT.test(text)) return null;
  const key = romanizationKey(text);
  // One short word links too easily («ركل» ↔ Oracle): single words need 4+ classes.
  if (key.length < (singleWord ? 4 : 3)) return null;
  const hits = gazetteer.romanization.lookup(key, (entry) => gazetteer.romanKeys[entry]!, maxDistance);
  // A transliteration keeps the first consonant: one edit may not be there («ليلى منصور» is
  // "lmnsr", one edit from Amin Nasser's "mnsr").
  for (const entry of hits) if (gazetteer.romanKeys[entry]!.some((k) => k === key || k.charCodeAt(0) === key.charCodeAt(0))) return entry;
  return null;
}

/** True when the last non-space character before index i in the normalized text is a comma. */
function commaBefore(norm: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const ch = norm[j]!;
    if (ch === " " || ch === "\t" || ch === "\u00a0") continue;
    return ch === "،" || ch === ",";
  }
  return false;
}

/** Latin words of one run are separated by spaces or in-name punctuation only (no line break). */
function sameSpacing(norm: string, stream: KeyStream, words: Words, w: number): boolean {
  const from = stream.pos[words.ke[w - 1]! - 1]! + 1;
  const to = stream.pos[words.ks[w]!]!;
  for (let i = from; i < to; i++) if (norm[i] === "\n" || norm[i] === "\r") return false;
  return to - from <= 3;
}

/** True when norm[from, to) holds the code unit `code`. */
function gapHolds(norm: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (norm.charCodeAt(i) === code) return true;
  return false;
}

/** True when words w - 1 and w are joined by a hyphen alone («ألفاريز-تورنر»). */
function hyphenJoined(norm: string, stream: KeyStream, words: Words, w: number): boolean {
  const from = stream.pos[words.ke[w - 1]! - 1]! + 1;
  const code = norm.charCodeAt(from);
  return stream.pos[words.ks[w]!]! - from === 1 && (code === 0x2d || code === 0x2010 || code === 0x2011);
}

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/u;
const HAS_DIGIT = /\d/u;
const TEH_MARBUTA = 0x629;
/** Last words of a Latin company name («Inc», «Group»), lowercased. */
const LATIN_ORG_DESIGNATORS: ReadonlySet<string> = new Set(variants.orgSuffixes.filter((word) => word !== "AI").map((word) => word.toLowerCase()));
/** Last words that make a quoted name a company's («كابيتال», «القابضة»), as keys. */
const ORG_DESIGNATORS: ReadonlySet<string> = new Set(variants.arabicOrgDesignators.map(matchKey));
/** A word written as a name's word is: a capital, then at least two lowercase letters. */
const TITLE_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
/** A Latin name with a version number glued on («Qwen3», «Llama3»): the name, the number. */
const GLUED_VERSION = /^(\p{L}{3,})\d{1,3}$/u;

/** The entry with `word`, exactly as written, among its contextual names, or -1. */
function contextualWrittenAs(gazetteer: Gazetteer, word: string): number {
  const node = gazetteer.contextualTrie.walk(gazetteer.contextualTrie.root, matchKey(word));
  const found = node < 0 ? -1 : gazetteer.contextualTrie.terminalOf(node);
  if (found < 0) return -1;
  const entry = gazetteer.contextualEntry[found]!;
  const lists = gazetteer.entries[entry]!.contextual;
  if (lists === null || typeof lists !== "object") return -1;
  for (const list of Object.values(lists as Record<string, unknown>)) if (Array.isArray(list) && list.includes(word)) return entry;
  return -1;
}

/**
 * The listed PRODUCT whose Latin name is `word` without its glued version number («Qwen3» →
 * Qwen), or -1. Short names must be written as listed, as in the gazetteer pass.
 */
function listedProductBeforeDigits(gazetteer: Gazetteer, word: string): number {
  const name = GLUED_VERSION.exec(word)?.[1];
  if (name === undefined) return -1;
  const key = matchKey(name);
  for (const [trie, entryOf] of [
    [gazetteer.trie, (k: number) => gazetteer.targets[k]!.find((t) => !t.derived && (t.exact === null || t.exact === name))?.entry ?? -1],
    [gazetteer.contextualTrie, (k: number) => gazetteer.contextualEntry[k]!],
  ] as const) {
    const node = trie.walk(trie.root, key);
    const found = node < 0 ? -1 : trie.terminalOf(node);
    const entry = found < 0 ? -1 : entryOf(found);
    if (entry >= 0 && gazetteer.entries[entry]!.type === "PRODUCT") return entry;
  }
  return -1;
}

/**
 * A lookup "does the line (between line feeds) around index i hold an Arabic letter?"
 * for indexes asked in increasing order: each line is read at most once, and only the
 * lines asked about are searched for a letter.
 */
function arabicLines(norm: string): (i: number) => boolean {
  // [lineStart, lineEnd): the line of the last answer (none yet), lineEnd past its line feed.
  let lineStart = 0;
  let lineEnd = 0;
  let has = false;
  return (i: number) => {
    if (i >= lineStart && i < lineEnd) return has;
    let start = i >= lineEnd ? lineEnd : 0;
    let feed = norm.indexOf("\n", start);
    while (feed >= 0 && feed < i) {
      start = feed + 1;
      feed = norm.indexOf("\n", start);
    }
    lineStart = start;
    lineEnd = feed < 0 ? Infinity : feed + 1;
    has = ARABIC_LETTER.test(norm.slice(start, feed < 0 ? norm.length : feed));
    return has;
  };
}

/** What the co-mention stage does with the words of a type, by their letters (see guessNames). */
const enum Plan {
  Unknown,
  /** The surname of a person linked in the text. */
  Surname,
  /** No window of a linked name can start here. */
  Skip,
  /** A window may start here, depending on the word itself. */
  MayStartWindow,
  /** The word's stem after a proclitic is a linked name («لسنوبروك»); no window starts here. */
  StemLinked,
}

/** Bits of the surname-shape filter of the co-mention stage. */
const SHAPE_BITS = 1 << 12;

/** A name found from context whose other mentions are tagged too (see guessNames, 3b). */
interface Mentionable {
  /** Chunk types of the mention's words: the family name alone, or the whole name. */
  types: number[];
  name: Candidate;
  /** The name's first word: a mention before it is a common word. */
  first: number;
  surname: boolean;
  /** Met before the name: its words are common ones in this text. */
  common: boolean;
}

/** Another mention, at [start, end), of a name found from context: as sure as the name. */
function mentionOf(name: Candidate, start: number, end: number): Candidate {
  const mention: Candidate = { start, end, type: name.type, confidence: Math.min(name.confidence, CONFIDENCE.coreference), source: "coreference" };
  if (name.entry !== undefined) mention.entry = name.entry;
  return mention;
}

/** Latin letters then digits, perhaps a letter more («GB300», «A19», «H100», «M4», «S25e», «V5»). */
const MODEL_CODE = /^[A-Z]{1,4}\d{1,4}[a-z]?$/u;

/**
 * Triggers that are part of the organisation's name they announce: the ones that are also
 * institution nouns of names («بنك», «مصرف», «جامعة»), folded.
 */
const NAME_TRIGGERS: ReadonlySet<string> = new Set(
  triggerData.before.ORG.filter((word) => triggerData.institutionsBeforePlace.includes(word) || triggerData.institutionsBeforePerson.includes(word)).map(matchKey),
);

/** Slots of a letter in a pair table: one per Arabic letter code, 0 for any other character. */
const LETTER_SLOTS = 64;
const letterSlot = (code: number): number => (code > 0x620 && code < 0x620 + LETTER_SLOTS ? code - 0x620 : 0);

/**
 * The (first, last) letter pairs of the first words of the Arabic contextual names of the
 * linked entries, as a LETTER_SLOTS² table of 0/1; null when no linked entry has one.
 */
function contextualStartPairs(gazetteer: Gazetteer, linked: ReadonlySet<number>): Uint8Array | null {
  let pairs: Uint8Array | null = null;
  for (const entry of linked) {
    for (const word of gazetteer.arabicContextualFirstWords.get(entry) ?? []) {
      pairs ??= new Uint8Array(LETTER_SLOTS * LETTER_SLOTS);
      pairs[letterSlot(word.charCodeAt(0)) * LETTER_SLOTS + letterSlot(word.charCodeAt(word.length - 1))] = 1;
    }
  }
  return pairs;
}

/** Plural nouns before «مثل» and quoted examples of their kind, folded: the type they give the names. */
const EXAMPLE_TYPES: ReadonlyMap<string, EntryType> = new Map(
  Object.entries(triggerData.examplesAfter).flatMap(([type, words]) => words.map((word) => [matchKey(word), type as EntryType] as const)),
);
/** Titles kept in the name of a body named after a person («الملك» of «جامعة الملك سعود»), folded. */
const TITLE_IN_NAME_KEYS: ReadonlySet<string> = new Set(triggerData.titlesInNames.map((title) => matchKey(title)));
/** Words (folded keys) that join a family name to what follows: «أبو شقرا», «بن سلمان», «بنت ناصر», «ولد سيدي» (Mauritania). */
const CONNECTORS: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "ولد", "ابو", "عبد", "ال"]);
/** Second words of compound given names («نور الدين», «سيف الإسلام»), folded: a family name may follow. */
const COMPOUND_NAME_ENDS: ReadonlySet<string> = new Set(["الدين", "الاسلام"]);

/** Letters a one-word name found from context needs for its other mentions to be tagged («ومن» is a particle). */
const MIN_MENTIONED_LETTERS = 4;

/** Words of a name in quotes, at most («شركة «نقطة كابيتال»»). */
const MAX_QUOTED_WORDS = 4;
/** Words of a public body's name after its noun, at most («هيئة تنظيم النقل البري»). */
const MAX_INSTITUTION_WORDS = 5;
/** «كان» with the conjunctions it takes, as the lexicon keys it. */
const WAS_KEYS: ReadonlySet<string> = new Set(["كان", "وكان", "فكان"].map((word) => matchKey(word)));
/**
 * Verbs of founding or leading with the pronoun of what (a company, a fund), in the
 * masculine: the name after one is a man's, its subject («التي أسسها…», «التي يقودها…»).
 */
const FOUNDER_VERB_KEYS: ReadonlySet<string> = new Set(["اسسها", "اسسه", "يقودها", "يقوده", "يرأسها", "يرأسه", "يديرها", "يديره"].map((verb) => matchKey(verb)));
/** «الذي» after a comma: the man just named («تانغ تان، الذي…»). */
const RELATIVE_KEY = matchKey("الذي");
/** «أما» (as for), before the subject it sets apart. */
const AS_FOR_KEY = matchKey("أما");
/** «كانت» with the conjunctions it takes: a company's verb as often as a woman's. */
const WAS_FEMININE_KEYS: ReadonlySet<string> = new Set(["كانت", "وكانت", "فكانت"].map((word) => matchKey(word)));
/** Per letter code, 1 at [2 code] when a frame word of 3a starts with it, at [2 code + 1] when one ends with it. */
const FRAME_FIRST_LAST = new Uint8Array(0x20000);
for (const key of [...WAS_KEYS, ...WAS_FEMININE_KEYS, ...FOUNDER_VERB_KEYS, RELATIVE_KEY, AS_FOR_KEY]) {
  FRAME_FIRST_LAST[key.charCodeAt(0) * 2] = 1;
  FRAME_FIRST_LAST[key.charCodeAt(key.length - 1) * 2 + 1] = 1;
}
/** Name words at most in a subject found by its frame (3a). */
const MAX_SUBJECT_WORDS = 3;
/** PERSON, LOCATION, or the rest (ORG and PRODUCT, which the press names alike). */
const kindOfType = (type: EntryType): string => (type === "PERSON" || type === "LOCATION" ? type : "ORG");
/** May a name the context calls `context` link to an entry of type `linked`? */
const linkFitsContext = (linked: EntryType, context: EntryType): boolean =>
  kindOfType(linked) === kindOfType(context) && !(context === "ORG" && linked === "PRODUCT");
/** Key characters of a family name of origin, at least («الزياني»; «الذي» is none). */
const MIN_NISBA_KEY = 6;
/** Words looked back from «لـ«…»» for a verb of saying. */
const MAX_SPEECH_DISTANCE = 12;
/** Adjectives read between a trigger and a quoted name («الشركة الناشئة المصرية «مشوارك»»). */
const MAX_QUOTE_ADJECTIVES = 3;

/** Words of what a person's title names, at most, before the name («وزير الاقتصاد الرقمي والريادة …»). */
const MAX_TITLE_COMPLEMENT = 5;
/** «ي», which ends the name «علي» where the particle «على» ends in «ى» (both fold to «ي»). */
const YEH = 0x64a;
/** Words at most of a title phrase before a comma and the name it sets off. */
const MAX_TITLE_WORDS = 8;
/** Name words at most between the commas of an appositive («محمد علي القائد»). */
const MAX_APPOSITIVE_WORDS = 4;

/** The vocabulary's key for LetterFact numbers. */
const LETTER_FACTS = "guessLetters";

/** What the guessing stage keeps per word type, by its letters alone. */
const enum LetterFact {
  /** May be part of an Arabic name (see nameLetters). */
  Name,
  /** «ال» or «لل» in its first letters (see articleLetters). */
  Article,
  /** Its first consonant's class code + 3 (2: none, 1: a vowel's letter name; see planOf). */
  FirstClass,
  Fields,
}

/** Word indexes in increasing order (a growable typed array). */
class WordList {
  length = 0;

  /** `words`: room for the words (a list that outgrows it moves to a larger array). */
  constructor(public words: Int32Array) {}

  push(w: number): void {
    if (this.length === this.words.length) this.words = doubled(this.words);
    this.words[this.length++] = w;
  }
}

/** 1 for the STRIP_FORMS that add no class to a key («و»): a word and its stem after one share a key. */
const ADDS_NO_CLASS = Uint8Array.from(STRIP_FORMS, ({ form }) => (firstClass(form) === "" ? 1 : 0));

/**
 * The STRIP_FORMS a linked stem may follow: proclitics (not an article) that add a class, by
 * their letter (STEM_FORM_OF_LETTER: -1 for none) or their two letters (STEM_FORM_OF_PAIR,
 * by code · 0x10000 + code). «و» alone adds none: a word and its stem after it share a key.
 */
const STEM_FORM_OF_LETTER = new Int8Array(0x10000).fill(-1);
const STEM_FORM_OF_PAIR = new Map<number, number>();
/** 1 at the first letter of a two-letter stem form. */
const STEM_PAIR_STARTS = new Uint8Array(0x10000);
for (const [f, { form, virtual }] of STRIP_FORMS.entries()) {
  if (virtual !== "" || ADDS_NO_CLASS[f] === 1) continue;
  if (form.length === 1) STEM_FORM_OF_LETTER[form.charCodeAt(0)] = f;
  else if (form.length === 2) {
    STEM_FORM_OF_PAIR.set(form.charCodeAt(0) * 0x10000 + form.charCodeAt(1), f);
    STEM_PAIR_STARTS[form.charCodeAt(0)] = 1;
  } else throw new Error(`proclitic «${form}»: a linked stem is looked for after one or two letters only`);
}

/** Bits of the stem-pair filter of the co-mention stage. */
const PAIR_BITS = 1 << 12;

/** The bit of a pair of classes in the stem-pair filter. */
const pairBit = (first: number, second: number): number => (first * 0x80 + second) & (PAIR_BITS - 1);

/** The stem-pair filter of linked keys (see stemLinkOf): the bits of the first two classes of their keys of 5+ classes. */
function stemPairsOf(linkedKeys: readonly LinkedKeys[]): Int32Array {
  const pairs = lendInt32(Use.GuessStemPairs, PAIR_BITS >> 5);
  for (const keys of linkedKeys) {
    for (const key of keys.windowKeys) {
      if (key.length < 5) continue;
      const bit = pairBit(key.charCodeAt(0), key.charCodeAt(1));
      pairs[bit >> 5]! |= 1 << (bit & 31);
    }
  }
  return pairs;
}

/** Scratch space for the first two classes of a stem (see stemLinkOf). */
const LEADING_CLASSES = new Uint16Array(2);

/**
 * Does the word of key characters [k, kEnd) start with proclitic `form` and keep 3+ key
 * characters after it (as StreamMatcher.procliticStarts asks)?
 */
function formAt(chars: Uint16Array, k: number, kEnd: number, form: string): boolean {
  if (kEnd - k - form.length < 3) return false;
  for (let i = 0; i < form.length; i++) if (chars[k + i] !== form.charCodeAt(i)) return false;
  return true;
}

/**
 * For Latin initials Arabic may write «و», the other key letters that may write them: V
 * with «ف» or «ڤ», O and U with «ا». W has none, and «وو» may write "Wo" («وولف» ↔ Wolf)
 * as well as "and W": a «و» before W stays in the name.
 */
const WAW_INITIALS: ReadonlyMap<string, string> = new Map([
  ["w", ""],
  ["v", "فڤ"],
  ["o", "ا"],
  ["u", "ا"],
]);

/**
 * May a word's leading «و» be the first letter of the entry's name rather than «and»? When a
 * Latin name of the entry starts with W, V, O or U and the rest of the word (from key
 * letter `next`) does not write that letter otherwise: «وارنر» ↔ Warner, «وولف» ↔ Wolf, but
 * not «وفيريو» ↔ Vireo or «وأوراكل» ↔ Oracle.
 */
function needsLeadingWaw(entry: { canonical: string; names: Record<string, readonly string[]> }, next: number): boolean {
  const latin = [entry.canonical, ...Object.entries(entry.names).flatMap(([language, names]) => (language === "ar" ? [] : names))];
  return latin.some((name) => {
    const writers = WAW_INITIALS.get(name.charAt(0).toLowerCase());
    return writers !== undefined && !writers.includes(String.fromCharCode(next));
  });
}
