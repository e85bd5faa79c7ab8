import { CONFIDENCE, type Candidate } from "../candidate.js";
import type { EntryType } from "../entry.js";
import type { Gazetteer } from "../gazetteer.js";
import { ARABIC, BREAK_BEFORE, LINE_START, OPENER_BEFORE, type KeyStream } from "../keyStream.js";
import { AMBIGUOUS_GIVEN, ANY_TRIGGER, BEFORE_PERSON, GIVEN_NAME, PREFIX_FORMS, SPEECH_VERB, STOPWORD } from "../lexicon.js";
import { closerAfter, FIRST_BRACKET, openerBetween } from "../quotes.js";
import type { Coverage } from "../resolve.js";
import { firstClass } from "../romanize.js";
import { roomInt32, roomUint8, Use } from "../scratch.js";
import type { ForwardSpanMapper } from "../spanMapper.js";
import { PROCLITIC_LETTERS } from "../streamMatcher.js";
import type { Vocabulary } from "../vocabulary.js";
import type { WordLexicon } from "../wordLexicon.js";
import type { Words } from "../words.js";
import type { WordTypes } from "../wordTypes.js";
import { ArabicLines, articleAt, articleLetters, commaBefore, gapHolds, hyphenJoined, romanizationLink } from "./text.js";

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
  contextualAt: (w: number) => { end: number; entry: number } | null;
}

/** A name found from context whose other mentions are tagged too (see mentions.ts). */
export interface Mentionable {
  /** Chunk types of the mention's words: the family name alone, or the whole name. */
  types: number[];
  name: Candidate;
  /** The name's first word: a mention before it is a common word. */
  first: number;
  surname: boolean;
  /** Met before the name: its words are common ones in this text. */
  common: boolean;
}

/**
 * The words of one chunk as the guessing stages see them, and the names guessed so far.
 *
 * What every stage asks about a word (its source span, whether an accepted entity covers it,
 * its lexicon bits) is computed once per word into typed arrays before the stages run. The
 * questions are methods of one class rather than closures made per chunk: the optimizing
 * compiler inlines them once for all chunks, where closures made anew each chunk sent it
 * back to unoptimized code ("wrong call target") on the next chunk.
 */
export class GuessScope {
  readonly source: string;
  readonly norm: string;
  readonly stream: KeyStream;
  readonly chars: Uint16Array;
  readonly flags: Uint8Array;
  readonly pos: Int32Array;
  readonly words: Words;
  readonly count: number;
  readonly ks: Int32Array;
  readonly ke: Int32Array;
  readonly lexicon: WordLexicon;
  readonly gazetteer: Gazetteer;
  readonly types: WordTypes;
  readonly typeOf: Int32Array;
  readonly idOf: Int32Array;
  readonly vocabulary: Vocabulary;
  readonly mapper: ForwardSpanMapper;
  readonly linked: ReadonlySet<number>;
  readonly contextualAt: (w: number) => { end: number; entry: number } | null;
  /** The names guessed so far, in the order found. */
  readonly out: Candidate[] = [];
  /** 1 for the words a guess used already. */
  readonly taken: Uint8Array;
  /** Source span of each word. */
  readonly wordStarts: Int32Array;
  readonly wordEnds: Int32Array;
  /** 1 for the words an accepted gazetteer or value entity covers (fixed while guessing). */
  readonly covered: Uint8Array;
  /** The key-stream flags of each word's first character (ARABIC, BREAK_BEFORE). */
  readonly wordFlags: Uint8Array;
  /**
   * A word's key and what its letters say depend on its type only: the vocabulary keeps them
   * from chunk to chunk, by the words' vocabulary numbers (idOf). `letters` holds
   * LetterFact.Fields numbers per type: 2 = yes, 1 = no, 0 = not asked yet.
   */
  readonly letters: Int32Array;
  /**
   * 2 = starts with an article, 1 = does not, 0 = not asked yet. Only a word whose key letters
   * hold «ال» or «لل» early may (a test per word type); the source spelling decides the rest,
   * per word.
   */
  private readonly articles: Uint8Array;
  /** Lines holding Arabic letters: Latin runs are name candidates only inside Arabic text. */
  readonly lines: ArabicLines;
  /**
   * The names found from context whose other mentions are tagged too (mentions.ts): a
   * person's family name («الحديدي» of «رامي الحديدي») and an unlisted name a trigger
   * announced («شركة «دفعتك»»), with the word types of the mention; by chunk type, the
   * mentionable whose mention starts with a word of the type (1 + index, 0: none), made on
   * first use.
   */
  readonly mentionables: Mentionable[] = [];
  mentionOfType: Int32Array | null = null;

  constructor(ctx: GuessContext) {
    this.source = ctx.source;
    this.norm = ctx.norm;
    this.stream = ctx.stream;
    this.chars = ctx.stream.chars;
    this.flags = ctx.stream.flags;
    this.pos = ctx.stream.pos;
    this.words = ctx.words;
    this.count = ctx.words.count;
    this.ks = ctx.words.ks;
    this.ke = ctx.words.ke;
    this.lexicon = ctx.lexicon;
    this.gazetteer = ctx.gazetteer;
    this.types = ctx.types;
    this.typeOf = ctx.types.typeOf;
    this.idOf = ctx.types.idOf;
    this.vocabulary = ctx.vocabulary;
    this.mapper = ctx.mapper;
    this.linked = ctx.linked;
    this.contextualAt = ctx.contextualAt;
    const { count, ks, ke, pos, flags } = this;
    this.taken = roomUint8(Use.GuessTaken, count);
    // Source spans of the words, mapped in one forward pass, and which of them an accepted
    // entity covers.
    this.wordStarts = roomInt32(Use.GuessWordStarts, count);
    this.wordEnds = roomInt32(Use.GuessWordEnds, count);
    this.covered = roomUint8(Use.GuessCovered, count);
    this.wordFlags = roomUint8(Use.GuessWordFlags, count);
    for (let w = 0; w < count; w++) {
      this.wordStarts[w] = pos[ks[w]!]!;
      this.wordEnds[w] = pos[ke[w]! - 1]! + 1;
      this.wordFlags[w] = flags[ks[w]!]!;
    }
    ctx.mapper.mapOrderedSpansInPlace(this.wordStarts, this.wordEnds, count);
    ctx.covered.markOverlapping(this.wordStarts, this.wordEnds, count, this.covered);
    this.letters = ctx.vocabulary.factsOf(LETTER_FACTS, LetterFact.Fields, 0).table;
    this.articles = roomUint8(Use.GuessArticles, count);
    this.lines = new ArabicLines(this.norm);
  }

  plainBits(w: number): number {
    return this.lexicon.bits[2 * w]!;
  }

  procliticBits(w: number): number {
    return this.lexicon.bits[2 * w + 1]!;
  }

  isArabic(w: number): boolean {
    return (this.wordFlags[w]! & ARABIC) !== 0;
  }

  breakBefore(w: number): boolean {
    return (this.wordFlags[w]! & BREAK_BEFORE) !== 0;
  }

  /** Does word w open a line (only spaces and tabs before it on its line)? */
  opensLine(w: number): boolean {
    return (this.wordFlags[w]! & LINE_START) !== 0;
  }

  hyphenBefore(w: number): boolean {
    return w > 0 && w < this.count && hyphenJoined(this.norm, this.stream, this.words, w);
  }

  /** A full stop separates words (it is in-name punctuation in «Character.AI»), but not Arabic ones. */
  sentenceEndBefore(w: number): boolean {
    return w > 0 && w < this.count && this.isArabic(w) && gapHolds(this.norm, this.pos[this.ke[w - 1]! - 1]! + 1, this.pos[this.ks[w]!]!, 0x2e);
  }

  /** Neither guessed nor covered by an accepted entity. */
  free(w: number): boolean {
    return this.taken[w] === 0 && this.covered[w] === 0;
  }

  wordText(w: number): string {
    return this.source.slice(this.wordStarts[w], this.wordEnds[w]);
  }

  keyOf(w: number): string {
    return this.vocabulary.keyText(this.idOf[w]!);
  }

  onlyProcliticLetters(w: number): boolean {
    for (let k = this.ks[w]!; k < this.ke[w]!; k++) if (PROCLITIC_LETTERS[this.chars[k]!] === 0 && this.chars[k] !== 0x627) return false;
    return true;
  }

  startsWithArticle(w: number): boolean {
    const at = this.idOf[w]! * LetterFact.Fields + LetterFact.Article;
    const { letters, articles } = this;
    if (letters[at] === 0) letters[at] = articleLetters(this.chars, this.ks[w]!, this.ke[w]!) ? 2 : 1;
    if (letters[at] === 1) return false;
    if (articles[w] === 0) articles[w] = articleAt(this.source, this.wordStarts[w]!, this.wordEnds[w]!) ? 2 : 1;
    return articles[w] === 2;
  }

  /**
   * «ة» ends a feminine adjective («محمد الثانية», «شركة ناشئة»). Read in the text: the key
   * folds it into «ه», which also ends names («رانيا العبدالله», «كريستوف فوكيه»).
   */
  feminine(w: number): boolean {
    return this.source.charCodeAt(this.wordEnds[w]! - 1) === TEH_MARBUTA;
  }

  /**
   * Does a phrase end before word v: punctuation, a particle («إن», «في»), a verb of saying
   * («قولها», «أكد»), a trigger word («لصحيفة», «الرئيس») or a word with «و» next?
   */
  phraseEndsBefore(v: number): boolean {
    return (
      v >= this.count ||
      this.breakBefore(v) ||
      (this.procliticBits(v) & (STOPWORD | SPEECH_VERB | ANY_TRIGGER)) !== 0 ||
      (this.chars[this.ks[v]!] === 0x648 && this.lexicon.skip[2 * v + 1]! > 0)
    );
  }

  /**
   * «لتوصيل», «لصناعة»: «ل» and a consonant start a purpose, not a name's next word («شركة
   * توترز لتوصيل الطلبات»); a transliteration after «ل» starts with a vowel's letter («لايت»).
   */
  purposeClause(w: number): boolean {
    const { chars, ks } = this;
    const next = chars[ks[w]! + 1];
    return chars[ks[w]!] === 0x644 && this.ke[w]! - ks[w]! >= 4 && next !== 0x627 && next !== 0x648 && next !== 0x64a;
  }

  /** A family name has the article itself: «والبابا» (and the pope) ends the name before it. */
  bareArticle(w: number): boolean {
    return this.chars[this.ks[w]!] === 0x627 && this.startsWithArticle(w);
  }

  /**
   * A family name of origin, «ال…ي(ة)» («الزياني», «البلوشية»): after a given name that is
   * also a common word («عادل», «منى») it makes the pair a name where the phrase ends.
   */
  nisbaFamilyName(w: number): boolean {
    if (!this.bareArticle(w)) return false;
    const key = this.keyOf(w);
    return key.length >= MIN_NISBA_KEY && (key.endsWith("ي") || key.endsWith("يه"));
  }

  /** Is word w, taken or not, an Arabic word that may be part of a name? Its letters say (once per word type). */
  nameLetters(w: number): boolean {
    const at = this.idOf[w]! * LetterFact.Fields + LetterFact.Name;
    const { letters } = this;
    if (letters[at] === 0) {
      const length = this.ke[w]! - this.ks[w]!;
      let shape = this.isArabic(w);
      if (shape && (length < 2 || (length <= 4 && this.onlyProcliticLetters(w) && PREFIX_FORMS.has(this.keyOf(w))))) shape = false; // «لـ» before a Latin name
      letters[at] = shape ? 2 : 1;
    }
    return letters[at] === 2;
  }

  /** … and its lexicon bits say it is neither a stopword nor a trigger. */
  nameShape(w: number): boolean {
    return this.nameLetters(w) && (this.plainBits(w) & (STOPWORD | ANY_TRIGGER)) === 0;
  }

  /**
   * Is word v «آل» before a name word, a family's name after the father's («علي بن جبر آل ثاني»,
   * «سالم بن حمد آل ثاني»)? Spelled with madda in the text: «ال» alone is no word.
   */
  familyOfHouse(v: number): boolean {
    return v + 1 < this.count && this.keyOf(v) === "ال" && this.source.charCodeAt(this.wordStarts[v]!) === ALEF_MADDA && !this.breakBefore(v) && !this.breakBefore(v + 1) && this.nameWord(v + 1);
  }

  /** Is word w an Arabic word that may be part of a name, and not used yet? */
  nameWord(w: number): boolean {
    return w < this.count && this.free(w) && this.nameShape(w);
  }

  /** … or a given name that folds into a particle, spelled as the name («علي», not «على»). */
  nameOrGivenWord(w: number): boolean {
    return (
      this.nameWord(w) ||
      (w < this.count && this.free(w) && this.nameLetters(w) && (this.plainBits(w) & GIVEN_NAME) !== 0 && this.source.charCodeAt(this.wordEnds[w]! - 1) === YEH)
    );
  }

  /** Does a quote or bracket open right before word w? */
  openerBefore(w: number): boolean {
    return (this.wordFlags[w]! & OPENER_BEFORE) !== 0;
  }

  /**
   * The last word of a name enclosed in quotes (or brackets) that open right before word w
   * («شركة «دفعتك»», «(تداول)»), up to MAX_QUOTED_WORDS words, or -1.
   */
  quotedNameLast(w: number, brackets: boolean): number {
    const { norm, pos, ks, ke, count } = this;
    const opener = openerBetween(norm, w === 0 ? 0 : pos[ke[w - 1]! - 1]! + 1, pos[ks[w]!]!);
    if (opener < 0 || (!brackets && opener >= FIRST_BRACKET)) return -1;
    for (let v = w; v < count && v < w + MAX_QUOTED_WORDS; v++) {
      const closed = closerAfter(norm, pos[ke[v]! - 1]! + 1, v + 1 < count ? pos[ks[v + 1]!]! : norm.length, opener);
      if (closed !== 0) return closed > 0 ? v : -1;
    }
    return -1;
  }

  /**
   * Where a name starts after a person's title that ends before word `from`: past what the
   * title names («وزير الاقتصاد الرقمي والريادة سامي سميرات», «المفوضة الأوروبية لشؤون
   * المنافسة تيريزا ريبيرا», «الرئيس التنفيذي للمجموعة المهندس عليان الوتيد»): up to
   * MAX_TITLE_COMPLEMENT words with the article, words behind «ل» (what the person heads:
   * «لشؤون المنافسة», «لمارفل») unless a given name, names found already and further titles.
   * `from` itself when none is there.
   */
  pastTitleComplement(from: number): number {
    let j = from;
    while (j < this.count && j - from < MAX_TITLE_COMPLEMENT && !this.breakBefore(j)) {
      const complement =
        this.startsWithArticle(j) ||
        this.covered[j] !== 0 ||
        (this.procliticBits(j) & BEFORE_PERSON) !== 0 ||
        (this.chars[this.ks[j]!] === 0x644 && !(this.plainBits(j) & GIVEN_NAME)); // «لشؤون المنافسة», «لمارفل»; not «ليزا»
      if (!complement) break;
      j++;
    }
    return j;
  }

  /**
   * A person's name set off by commas after the title phrase that starts at `from`
   * («محافظ البنك، عادل الشركس، قد», «الوزيرة المنتدبة المكلفة بالانتقال الرقمي، أمل الفلاح
   * السغروشني، أن»): the phrase runs up to MAX_TITLE_WORDS words to a comma, then two to
   * MAX_APPOSITIVE_WORDS name words, the first without the article and not an adjective in
   * «ة» unless a given name, and another comma. The first name word, or -1.
   */
  appositiveNameAfter(from: number): number {
    const { norm, pos, ks, count } = this;
    let first = from;
    while (first < count && first - from < MAX_TITLE_WORDS && !this.breakBefore(first)) first++;
    if (first >= count || !commaBefore(norm, pos[ks[first]!]!) || !this.nameWord(first) || this.startsWithArticle(first)) return -1;
    if (this.feminine(first) && !(this.plainBits(first) & GIVEN_NAME)) return -1;
    const end = this.appositiveEnd(first);
    const after = this.pastBracketedLatin(end);
    return end - first >= 2 && after < count && commaBefore(norm, pos[ks[after]!]!) ? first : -1;
  }

  /**
   * Past a name's Latin form in brackets that starts at word w, up to MAX_APPOSITIVE_WORDS
   * words («، توماسو رودريغيز (Tomaso Rodriguez)، على»): the word after it; w when none is there.
   */
  private pastBracketedLatin(w: number): number {
    const { norm, pos, ks, ke, count } = this;
    if (w >= count || this.isArabic(w) || norm.charCodeAt(pos[ks[w]!]! - 1) !== 0x28) return w;
    for (let v = w; v < count && v < w + MAX_APPOSITIVE_WORDS && !this.isArabic(v); v++) {
      if (norm.charCodeAt(pos[ke[v]! - 1]! + 1) === 0x29) return v + 1;
    }
    return w;
  }

  /**
   * Where the name words of an appositive from `first` end (the first word past them), a
   * given name that folds into a particle among them («محمد علي القائد»).
   */
  appositiveEnd(first: number): number {
    let end = first + 1;
    while (end < this.count && end - first < MAX_APPOSITIVE_WORDS && !this.breakBefore(end) && this.nameOrGivenWord(end)) end++;
    return end;
  }

  /** The last word from `from` that starts before key position `end`. */
  lastWordBefore(from: number, end: number): number {
    let v = from;
    while (v + 1 < this.count && this.ks[v + 1]! < end) v++;
    return v;
  }

  /** Adds the name of words [w0, w1) (see pushCandidate), with a proclitic `skip` key characters long on w0 left out. */
  pushAfterProclitic(w0: number, w1: number, type: EntryType, confidence: number, source: string, wantLink: boolean, skip: number): void {
    this.pushCandidate(w0, w1, type, confidence, source, wantLink);
    if (skip === 0) return;
    const name = this.out[this.out.length - 1]!;
    name.start = this.mapper.toSourceStart(this.pos[this.ks[w0]! + skip]!);
    name.prefix = this.source.slice(this.wordStarts[w0], name.start);
  }

  /**
   * Adds the name of words [w0, w1) and marks them taken; with `wantLink`, links it to a
   * gazetteer entry its romanization key matches, or, a person, to the one listed person
   * whose surname it holds. A person's family name and an unlisted name found from context
   * become mentionable (see mentions.ts).
   */
  pushCandidate(w0: number, w1: number, type: EntryType, confidence: number, source: string, wantLink: boolean): void {
    const { gazetteer, pos, ks, ke, wordEnds } = this;
    const candidate: Candidate = { start: this.wordStarts[w0]!, end: wordEnds[w1 - 1]!, type, confidence, source };
    // A given name alone names nobody in particular («السيد محمد» is neither Mohammed VI nor
    // Hamdan bin Mohammed); one that is also a common word may be a surname («سكوت»).
    const loneGivenName = w1 - w0 === 1 && (this.plainBits(w0) & (GIVEN_NAME | AMBIGUOUS_GIVEN)) === GIVEN_NAME;
    if (wantLink && !loneGivenName) {
      // A word ending in «ة» is Arabic, not a transliteration («ثروة كابيتال» is not Thrive
      // Capital), in an all-Arabic name («العربية Business» is a name of Al Arabiya's).
      let arabicWord = false;
      let latinWord = false;
      for (let w = w0; w < w1; w++) {
        arabicWord ||= this.source.charCodeAt(wordEnds[w]! - 1) === TEH_MARBUTA;
        latinWord ||= !this.isArabic(w);
      }
      arabicWord &&= !latinWord;
      let link = (w1 - w0 === 1 && this.plainBits(w0) & GIVEN_NAME) || arabicWord ? null : romanizationLink(gazetteer, this.norm.slice(pos[ks[w0]!], pos[ke[w1 - 1]! - 1]! + 1), w1 - w0 === 1);
      // The context said person, place or neither: a link may not turn one into another
      // («موقع «هسبريس»» is no person, «شركة «نبراس»» no Nebraska), nor a company into a
      // product («شركة «بال باي»» is not Apple Pay); a product's context may name its company
      // («منصة «ومضة»»).
      if (link !== null && !linkFitsContext(gazetteer.records[link]!.type, type)) link = null;
      // Across kinds (a product's context, a company's entry) only a key the entry has exactly:
      // one edit away is another brand as often («محفظة «موبيفلوس»» is not Mobilis).
      if (link !== null && gazetteer.records[link]!.type !== type) {
        link = romanizationLink(gazetteer, this.norm.slice(pos[ks[w0]!], pos[ke[w1 - 1]! - 1]! + 1), w1 - w0 === 1, 0);
        if (link !== null && !linkFitsContext(gazetteer.records[link]!.type, type)) link = null;
      }
      if (link !== null) {
        candidate.entry = link;
        candidate.type = gazetteer.records[link]!.type;
        candidate.confidence = CONFIDENCE.romanization;
        candidate.source = "romanization";
      } else if (type === "PERSON" && w1 - w0 === 1) {
        // The context says this lone word is a person: link it when it is the surname of
        // exactly one listed person («أوضح سكوت، كبير…» → Kevin Scott).
        const person = gazetteer.surnameOwner.get(this.keyOf(w0));
        if (person !== undefined) candidate.entry = person;
      } else if (type === "PERSON" && w1 - w0 === 2 && this.isArabic(w0)) {
        // Given name and surname, the given name spelled otherwise than listed («بنغ شياو»
        // for «بينغ شياو»): the surname's one owner, if the given names start alike.
        const person = gazetteer.surnameOwner.get(this.keyOf(w0 + 1));
        const first = firstClass(this.wordText(w0));
        if (person !== undefined && first !== "" && gazetteer.romanKeys[person]!.some((key) => key.startsWith(first))) candidate.entry = person;
      }
    }
    for (let w = w0; w < w1; w++) this.taken[w] = 1;
    this.out.push(candidate);
    if (candidate.type === "PERSON" && w1 - w0 >= 2 && this.isArabic(w1 - 1) === this.isArabic(w0)) {
      // A family name after «أبو», «بن»… is the two words («زياد أبو شقرا» → «أبو شقرا»).
      const family = w1 - w0 >= 3 && CONNECTORS.has(this.keyOf(w1 - 2)) ? w1 - 2 : w1 - 1;
      this.addMentionable(Array.from(this.typeOf.subarray(family, w1)), candidate, w0, true);
    } else if (source === "context" && candidate.type !== "PERSON" && w1 - w0 <= MAX_QUOTED_WORDS && (w1 - w0 > 1 || ke[w0]! - ks[w0]! >= MIN_MENTIONED_LETTERS)) {
      this.addMentionable(Array.from(this.typeOf.subarray(w0, w1)), candidate, w0, false);
    }
  }

  /** Adds a known name (a gazetteer entry) of words [w0, last] found from context, and marks them taken. */
  pushListed(w0: number, last: number, type: EntryType, entry: number): void {
    this.out.push({ start: this.wordStarts[w0]!, end: this.wordEnds[last]!, type, entry, confidence: CONFIDENCE.context, source: "context" });
    for (let v = w0; v <= last; v++) this.taken[v] = 1;
  }

  private addMentionable(types: number[], name: Candidate, first: number, surname: boolean): void {
    this.mentionOfType ??= roomInt32(Use.GuessMentions, this.types.count, 0);
    if (this.mentionOfType[types[0]!] === 0) this.mentionOfType[types[0]!] = this.mentionables.push({ types, name, first, surname, common: false });
  }
}

/** The vocabulary's key for LetterFact numbers. */
const LETTER_FACTS = "guessLetters";

/** What the guessing stages keep per word type, by its letters alone. */
export const enum LetterFact {
  /** May be part of an Arabic name (see nameLetters). */
  Name,
  /** «ال» or «لل» in its first letters (see articleLetters). */
  Article,
  /** Its first consonant's class code + 3 (2: none, 1: a vowel's letter name; see linkedSpellings.ts). */
  FirstClass,
  /** The frame word of stage 3a it is, + 1 (see framedSubjects.ts). */
  Frame,
  Fields,
}

export const TEH_MARBUTA = 0x629;
const ALEF_MADDA = 0x622;
/** «ي», which ends the name «علي» where the particle «على» ends in «ى» (both fold to «ي»). */
const YEH = 0x64a;

/** Words (folded keys) that join a family name to what follows: «أبو شقرا», «بن سلمان», «بنت ناصر», «ولد سيدي» (Mauritania). */
export const CONNECTORS: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "ولد", "ابو", "عبد", "ال"]);
/** Second words of compound given names («نور الدين», «سيف الإسلام»), folded: a family name may follow. */
export const COMPOUND_NAME_ENDS: ReadonlySet<string> = new Set(["الدين", "الاسلام"]);
/** Adjectives read between a trigger and a quoted name («الشركة الناشئة المصرية «مشوارك»»). */
export const MAX_QUOTE_ADJECTIVES = 3;
/** Letters a one-word name found from context needs for its other mentions to be tagged («ومن» is a particle). */
const MIN_MENTIONED_LETTERS = 4;

/** Words of a name in quotes, at most («شركة «نقطة كابيتال»»). */
const MAX_QUOTED_WORDS = 4;

/** Key characters of a family name of origin, at least («الزياني»; «الذي» is none). */
const MIN_NISBA_KEY = 6;

/** Words of what a person's title names, at most, before the name («وزير الاقتصاد الرقمي والريادة …»). */
const MAX_TITLE_COMPLEMENT = 5;

/** Words at most of a title phrase before a comma and the name it sets off. */
const MAX_TITLE_WORDS = 8;

/** Name words at most between the commas of an appositive («محمد علي القائد»). */
const MAX_APPOSITIVE_WORDS = 4;

/** PERSON, LOCATION, or the rest (ORG and PRODUCT, which the press names alike). */
export const kindOfType = (type: EntryType): string => (type === "PERSON" || type === "LOCATION" ? type : "ORG");
/** May a name the context calls `context` link to an entry of type `linked`? */
const linkFitsContext = (linked: EntryType, context: EntryType): boolean =>
  kindOfType(linked) === kindOfType(context) && !(context === "ORG" && linked === "PRODUCT");
