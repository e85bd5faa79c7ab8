import { describe, expect, it } from "vitest";
import { extractMetadata, parseName } from "../src/index.js";

// parseName is the one splitter: the references side and extractMetadata's bylines must agree.
describe("parseName (shared by references and extract)", () => {
  it.each([
    ["محمد بن سلمان", { given: "محمد", family: "بن سلمان" }],
    ["أحمد أبو الغيط", { given: "أحمد", family: "أبو الغيط" }],
    ["فيصل آل سعود", { given: "فيصل", family: "آل سعود" }],
    ["محمد عبد الله", { given: "محمد", family: "عبد الله" }],
    ["محمد بن عبد الله", { given: "محمد", family: "بن عبد الله" }],
    ["حسن نصر الله", { given: "حسن", family: "نصر الله" }],
    ["عبد الرحمن الراشد", { given: "عبد الرحمن", family: "الراشد" }],
    ["محمد نبيل  ", { given: "محمد", family: "نبيل" }],
    ["محمد", { family: "محمد" }],
    ["Ada Lovelace", { given: "Ada", family: "Lovelace" }],
    ["", {}],
    // Particles match folded: hamza, diacritics and case.
    ["أحمد ابو زيد", { given: "أحمد", family: "ابو زيد" }],
    ["محمد بنُ سلمان", { given: "محمد", family: "بنُ سلمان" }],
    ["Osama Bin Laden", { given: "Osama", family: "Bin Laden" }],
    ["Mohamed El Erian", { given: "Mohamed", family: "El Erian" }],
    ["نور الدين", { given: "نور", family: "الدين" }],
  ])("%s", (input, expected) => {
    expect(parseName(input)).toEqual(expected);
  });

  it("throws a TypeError on a non-string", () => {
    expect(() => parseName(3 as unknown as string)).toThrow(TypeError);
  });

  it.each(["محمد نبيل", "أحمد أبو زيد", "حسن نصر الله", "فيصل آل سعود", "محمد بن عبد الله"])(
    "a byline splits like parseName: %s",
    (name) => {
      const item = extractMetadata(`عنوان الخبر هنا اليوم\nكتب: ${name}\nنص`);
      expect(item.author).toEqual([parseName(name)]);
      expect(extractMetadata("عنوان الخبر هنا اليوم\nنص", { author: [name] }).author).toEqual([parseName(name)]);
    },
  );
});
