import fc from "fast-check";

// Characters that exercise every rule: Arabic letters and their variants, marks, tatweel,
// presentation forms, controls and joiners, spaces, line breaks, punctuation, quotes, digits,
// Latin, emoji halves and lone surrogates.
const INTERESTING = [
  ..."ابتثجحخدذرسشصضطظعغفقكلمنهوي",
  ..."أإآٱىةؤئءکیےۀہھ",
  "\u064B", "\u064E", "\u0650", "\u0651", "\u0652", "\u0670", "\u0653", "\u0654", "\u0655", "\u0610", "\u06D6", "\u06DD",
  "\u0640",
  "ﻷ", "ﻻ", "ﺑ", "ﷺ", "ﷲ", "\uFE70", "\uFC5E", "\uFEFF", "\uFE8D", "\uFEED", "\uFEF1", "\uFB8E",
  "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202B", "\u202C", "\u2067", "\u2069", "\u061C",
  " ", " ", " ", "\u00A0", "\u2009", "\u3000", "\t",
  "\r", "\n", "\r\n",
  ".", ",", ";", ":", "?", "!", "(", ")", "،", "؛", "؟", "«", "»", "“", "”", "-", "/",
  ..."0123456789", "٣", "٥", "۴", "٫", "٬", "٪",
  ..."aZeł", "e\u0301", "\u0301", "é",
  "😀", "\uD83D", "\uDE00", "\uDC00", "漢",
];

/** Strings built from the interesting characters above (Arabic-heavy, every rule fires). */
export const arabicish = fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength: 40 });

/** Any string at all, lone surrogates included. */
export const anyString = fc.string({ unit: "binary", maxLength: 40 });

/** Either kind. */
export const text = fc.oneof(arabicish, anyString);

/** Random option objects (any preset, any overrides). */
export const options = fc.record(
  {
    preset: fc.constantFrom("search" as const, "display" as const, "none" as const),
    nfc: fc.boolean(),
    presentationForms: fc.boolean(),
    removeControls: fc.boolean(),
    keepZwnj: fc.boolean(),
    spaces: fc.boolean(),
    newlines: fc.boolean(),
    diacritics: fc.boolean(),
    tatweel: fc.boolean(),
    foldAlef: fc.boolean(),
    foldYeh: fc.constantFrom("ي" as const, "ى" as const, false as const),
    foldTehMarbuta: fc.boolean(),
    foldHamzaCarriers: fc.boolean(),
    foldPersian: fc.boolean(),
    digits: fc.constantFrom("latn" as const, "arab" as const, false as const),
    numberSeparators: fc.boolean(),
    arabicPunctuation: fc.boolean(),
    spacingPunctuation: fc.boolean(),
    quotes: fc.boolean(),
    collapseSpaces: fc.boolean(),
  },
  { requiredKeys: [] },
);
