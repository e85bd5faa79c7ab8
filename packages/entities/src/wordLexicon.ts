import type { EntryType } from "./entry.js";
import { BREAK_BEFORE } from "./keyStream.js";
import type { KeyStream } from "./keyStream.js";
import { BEFORE_ANY, QUANTIFIER, QUOTED_ORG, QUOTED_PRODUCT, TRIGGER_TYPES, typeOfQuotedTrigger, typeOfTrigger } from "./lexicon.js";
import type { Lexicon } from "./lexicon.js";
import { STRIP_FORMS } from "./streamMatcher.js";
import type { StreamMatcher } from "./streamMatcher.js";
import type { Words } from "./words.js";
import type { Vocabulary } from "./vocabulary.js";
import { roomInt32, roomUint8, Use } from "./scratch.js";

/**
 * The context lexicon's answer for every word of a text (stopword, trigger, given name …),
 * looked up once per word and proclitic mode and kept in typed arrays: slot 2w is word w
 * as written, slot 2w + 1 word w after stripping a proclitic when it has no entry itself.
 */
export class WordLexicon {
  /** Lexicon bits per slot; -1 = not looked up yet. */
  readonly bits: Int32Array;
  /** Words the entry spans (a trigger may be two words), capped at 255. */
  readonly spanned: Uint8Array;
  /** Key characters of the stripped proclitic. */
  readonly skip: Uint8Array;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly matcher: StreamMatcher,
    private readonly stream: KeyStream,
    private readonly words: Words,
  ) {
    this.bits = roomInt32(Use.LexiconBits, 2 * words.count, -1);
    this.spanned = roomUint8(Use.LexiconSpanned, 2 * words.count);
    this.skip = roomUint8(Use.LexiconSkip, 2 * words.count);
  }

  /**
   * Per word, once `fillAll` has run: 1 + the index in TRIGGER_TYPES of the type a trigger
   * right before it announces, 0 for none. The guessing stage asks about every word.
   */
  private triggerBefore: Uint8Array | null = null;
  /** The same for words a break (a quote, most often) separates from the trigger, quote-only triggers too. */
  private triggerBeforeBreak: Uint8Array | null = null;
  /** fillAll's answers per type, and each word's index into them (see typePlainBits). */
  private typeAnswers: Int32Array | null = null;
  private answerOf: Int32Array | null = null;

  /**
   * Looks up every word in both modes (the guessing stage reads them all). With a
   * vocabulary, the answers for types met in earlier chunks are read from it.
   */
  fillAll(vocabulary?: Vocabulary): void {
    const count = this.words.count;
    const { types } = this.matcher;
    // A word whose lookups all end inside it answers like every word of its type: per type,
    // TypeAnswer.Fields numbers (TypeAnswer.State: -1 = not known yet, -2 = the type's walks
    // may go on into the next words, 1 = known, in the other fields), by the words'
    // vocabulary numbers when a vocabulary keeps them.
    const typeOf = vocabulary === undefined ? types.typeOf : types.idOf;
    const answers = vocabulary?.factsOf(this.lexicon, TypeAnswer.Fields, -1).table ?? new Int32Array(types.count * TypeAnswer.Fields).fill(-1);
    this.typeAnswers = answers;
    this.answerOf = typeOf;
    for (let w = 0; w < count; w++) {
      if (this.bits[2 * w + 1] !== -1) continue;
      const at = typeOf[w]! * TypeAnswer.Fields;
      const state = answers[at + TypeAnswer.State]!;
      if (state === 1) {
        this.store(2 * w, answers[at + TypeAnswer.PlainBits]!, answers[at + TypeAnswer.PlainSpanned]!, answers[at + TypeAnswer.PlainSkip]!);
        this.store(2 * w + 1, answers[at + TypeAnswer.Bits]!, answers[at + TypeAnswer.Spanned]!, answers[at + TypeAnswer.Skip]!);
        continue;
      }
      this.lookup(w, true);
      if (state !== -1) continue;
      if (!this.matcher.walksEndInWord(this.lexicon.trie, w)) {
        answers[at + TypeAnswer.State] = -2;
        continue;
      }
      answers[at + TypeAnswer.State] = 1;
      answers[at + TypeAnswer.PlainBits] = this.bits[2 * w]!;
      answers[at + TypeAnswer.PlainSpanned] = this.spanned[2 * w]!;
      answers[at + TypeAnswer.PlainSkip] = this.skip[2 * w]!;
      answers[at + TypeAnswer.Bits] = this.bits[2 * w + 1]!;
      answers[at + TypeAnswer.Spanned] = this.spanned[2 * w + 1]!;
      answers[at + TypeAnswer.Skip] = this.skip[2 * w + 1]!;
    }
    // What findTriggerTypeBefore answers, from the few trigger words forward: a trigger
    // spanning words t .. w - 1 announces word w; one that ends two words before w comes
    // first (it is met first).
    const before = roomUint8(Use.TriggerBefore, count);
    const beforeBreak = roomUint8(Use.TriggerBeforeBreak, count);
    const { ks } = this.words;
    for (let t = 0; t < count; t++) {
      const slot = 2 * t + 1;
      const bits = this.bits[slot]!;
      if (!(bits & (BEFORE_ANY | QUOTED_ORG | QUOTED_PRODUCT))) continue;
      const w = t + this.spanned[slot]!;
      if (w >= count || this.spanned[slot]! > 2) continue;
      if (this.stream.flags[ks[w]!]! & BREAK_BEFORE) {
        const type = typeOfQuotedTrigger(bits);
        if (type !== null && beforeBreak[w] === 0) beforeBreak[w] = 1 + TRIGGER_TYPES.indexOf(type);
        continue;
      }
      const type = typeOfTrigger(bits);
      if (type !== null && before[w] === 0 && !this.quantified(t)) before[w] = 1 + TRIGGER_TYPES.indexOf(type);
    }
    this.triggerBefore = before;
    this.triggerBeforeBreak = beforeBreak;
  }

  /**
   * Is the trigger at word t counted or picked from its class («120 شركة قدمت», «كل شركة
   * ستحصل»): right after a number or a quantifier word, in the same sentence part?
   */
  quantified(t: number): boolean {
    if (t === 0 || this.stream.flags[this.words.ks[t]!]! & BREAK_BEFORE) return false;
    if (this.bits[2 * (t - 1)]! > 0 && this.bits[2 * (t - 1)]! & QUANTIFIER) return true;
    // A number: every key character of the word before is a digit («120», not «G42»).
    for (let k = this.words.ks[t - 1]!; k < this.words.ke[t - 1]!; k++) {
      const code = this.stream.chars[k]!;
      if (code < 0x30 || code > 0x39) return false;
    }
    return true;
  }

  /** The slot of word w in the given mode, looked up if needed. */
  slot(w: number, allowProclitic: boolean): number {
    const slot = 2 * w + (allowProclitic ? 1 : 0);
    if (this.bits[slot] === -1) this.lookup(w, allowProclitic);
    return slot;
  }

  /**
   * Word w's plain lexicon bits when every word of its type has them (no lookup through the
   * type goes on into the next words), else -1: a pass may then decide for the whole type.
   * Answered once `fillAll` has run.
   */
  typePlainBits(w: number): number {
    if (this.typeAnswers === null || this.answerOf === null) return -1;
    const at = this.answerOf[w]! * TypeAnswer.Fields;
    return this.typeAnswers[at + TypeAnswer.State] === 1 ? this.typeAnswers[at + TypeAnswer.PlainBits]! : -1;
  }

  /** Just the lexicon bits of word w. */
  bitsOf(w: number, allowProclitic: boolean): number {
    return this.bits[this.slot(w, allowProclitic)]!;
  }

  /** The type a trigger right before word w announces («شركة X», «صحيفة X»), or null. */
  triggerTypeBefore(w: number): EntryType | null {
    if (this.triggerBefore !== null) {
      const code = this.triggerBefore[w]!;
      return code === 0 ? null : TRIGGER_TYPES[code - 1]!;
    }
    return this.findTriggerTypeBefore(w);
  }

  /**
   * The type a trigger announces for word w when a break lies between them («شركة «دفعتك»»:
   * the caller checks that the break is an opening quote), quote-only triggers too; or null.
   * Answered once `fillAll` has run.
   */
  triggerTypeBeforeBreak(w: number): EntryType | null {
    const code = this.triggerBeforeBreak?.[w] ?? 0;
    return code === 0 ? null : TRIGGER_TYPES[code - 1]!;
  }

  private findTriggerTypeBefore(w: number): EntryType | null {
    if (w === 0 || this.stream.flags[this.words.ks[w]!]! & BREAK_BEFORE) return null;
    // A two-word trigger ending right before w, then a one-word one.
    for (let back = 2; back >= 1; back--) {
      const t = w - back;
      if (t < 0) continue;
      const slot = this.slot(t, true);
      if (this.spanned[slot] === back) {
        const type = typeOfTrigger(this.bits[slot]!);
        if (type !== null) return type;
      }
    }
    return null;
  }

  private lookup(w: number, allowProclitic: boolean): void {
    const slot = 2 * w + (allowProclitic ? 1 : 0);
    // The plain lookup is the first step of the one that may strip a proclitic, and
    // decides it when it finds a word: one trie walk serves both slots.
    const plain = 2 * w;
    if (this.bits[plain] === -1) {
      const end = this.matcher.longestEndOfWord(this.lexicon.trie, w, -1);
      if (end >= 0) this.store(plain, this.lexicon.bits[this.matcher.matchedKey]!, this.wordsSpanned(w, end), 0);
      else this.store(plain, 0, 0, 0);
    }
    if (allowProclitic && !this.strippedLookup(w, slot)) this.store(slot, this.bits[plain]!, this.spanned[plain]!, 0);
  }

  /** Stores the lexicon entry after the first proclitic form that leaves one; false when none does. */
  private strippedLookup(w: number, slot: number): boolean {
    if (this.bits[2 * w] !== 0) return false;
    const strippable = this.matcher.procliticStarts(w);
    for (let f = 0; strippable !== 0 && f < STRIP_FORMS.length; f++) {
      if (!(strippable & (1 << f))) continue;
      const end = this.matcher.longestEndOfWord(this.lexicon.trie, w, f);
      if (end >= 0) {
        this.store(slot, this.lexicon.bits[this.matcher.matchedKey]!, this.wordsSpanned(w, end), STRIP_FORMS[f]!.skip);
        return true;
      }
    }
    return false;
  }

  private store(slot: number, bits: number, wordCount: number, skip: number): void {
    this.bits[slot] = bits;
    this.spanned[slot] = Math.min(wordCount, 255);
    this.skip[slot] = skip;
  }

  private wordsSpanned(w: number, end: number): number {
    let n = 0;
    for (let v = w; v < this.words.count && this.words.ks[v]! < end; v++) n++;
    return n;
  }
}

/** The numbers kept per word type for a type whose lookups end inside its words. */
const enum TypeAnswer {
  State,
  PlainBits,
  PlainSpanned,
  PlainSkip,
  Bits,
  Spanned,
  Skip,
  Fields,
}
