import type { Entity, EntityType } from "./types.js";

/** A possible entity before overlaps are resolved; `entry` indexes the gazetteer. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
  source: string;
  entry?: number;
  value?: Entity["value"];
  prefix?: string;
}

/** Confidence by mechanism. */
export const CONFIDENCE = {
  gazetteer: 0.97,
  surname: 0.85,
  coreference: 0.85,
  romanization: 0.75,
  context: 0.65,
  givenName: 0.7,
  latinRun: 0.5,
} as const;
