/**
 * Thrown by {@link formatCitation} (only with `onMissing: "throw"`) and by the exporters when an
 * item cannot be formatted. `field` names the CSL field at fault ("title", "issued", …).
 */
export class CiteError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = "CiteError";
    this.field = field;
  }
}
