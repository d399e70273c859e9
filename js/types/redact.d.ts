import type { Finding } from './common.js';

/** Kind of personal data (the corpus kind names). */
export type PiiKind = 'id_card' | 'mobile_phone';

/** What the validators said about a match. */
export type Validity = 'passed' | 'failed' | 'none';

/** How a masking finding was reached and what replaced the value. */
export interface PiiDetail {
  /** Kind of personal data. */
  kind: PiiKind;
  /** The recognizer that matched. */
  recognizer: string;
  /** The context label that fired (e.g. `身份证号`), never the value. */
  cue: string | null;
  /** What the validators said. */
  validity: Validity;
  /** Confidence between 0 and 1. */
  score: number;
  /** The text written in place of the value. */
  replacement: string;
}

/** Result of `redact`. */
export interface Redaction {
  /** The input with every masked span replaced; nothing else changed. */
  text: string;
  /** One finding per masked item, sorted by position, never overlapping. */
  findings: Finding[];
}

/** Masking options. */
export interface RedactOptions {}
