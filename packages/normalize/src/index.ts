export { Edits, type EditRun, type EditsJSON, type Span } from "./edits.js";
export { normalize, normalizeWithEdits, type NormalizeInput, type NormalizeResult } from "./normalize.js";
export { PRESETS, resolveOptions, type NormalizeOptions, type PresetName, type ResolvedOptions } from "./options.js";
export { createNormalizeStream } from "./stream.js";
