// The subset of CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)
// that qalam reads and writes. Unknown CSL fields are allowed and passed through.

/** A CSL name: a person as `family` + `given` (with optional particles and suffix), or a `literal`. */
export interface CslName {
  family?: string;
  given?: string;
  /** An organisation or a name that must never be split (CSL "literal"). */
  literal?: string;
  "dropping-particle"?: string;
  "non-dropping-particle"?: string;
  suffix?: string;
}

/** A CSL date: `date-parts` [[year, month?, day?]], or `raw`/`literal` when unparsed. */
export interface CslDate {
  "date-parts"?: [[number, number?, number?]] | number[][];
  raw?: string;
  literal?: string;
}

/**
 * A CSL-JSON item: what `formatCitation` and the exporters read and `extractMetadata` returns.
 * Unknown CSL fields are allowed and passed through.
 */
export interface CslItem {
  id?: string;
  type: string;
  title?: string;
  /** A translated title, printed in brackets in English references to Arabic sources. */
  "title-translated"?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  "container-title"?: string;
  publisher?: string;
  URL?: string;
  language?: string;
  /** Non-CSL extras: time of day ("11:02"), the original source of a syndicated piece, spans… */
  custom?: Record<string, unknown>;
  [field: string]: unknown;
}
