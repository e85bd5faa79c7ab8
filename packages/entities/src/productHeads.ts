import productHeads from "../data/latin-product-heads.json";

/** Last words that make a Latin name a product's (data/latin-product-heads.json), lower-cased: «Qi Card», «Oracle Database». */
export const LATIN_PRODUCT_HEADS: ReadonlySet<string> = new Set(productHeads.words.map((word) => word.toLowerCase()));
