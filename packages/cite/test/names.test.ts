import { describe, expect, it } from "vitest";
import { extractMetadata, parseName } from "../src/index.js";

// parseName is the one splitter: the references side and extractMetadata's bylines must agree.
describe("parseName (shared by references and extract)", () => {
  it.each([
    ["أحمد ابو زيد", { given: "أحمد", family: "ابو زيد" }],
    ["محمد بنُ سلمان", { given: "محمد", family: "بنُ سلمان" }],
    ["Osama Bin Laden", { given: "Osama", family: "Bin Laden" }],
    ["Mohamed El Erian", { given: "Mohamed", family: "El Erian" }],
    ["نور الدين", { given: "نور", family: "الدين" }],
  ])("folds particles: %s", (input, expected) => {
    expect(parseName(input)).toEqual(expected);
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
