import type { Finding, Span } from './common.js';

/** One required element of a document type. */
export interface Element {
  /** Stable id, e.g. `remedy_channels_deadlines`. */
  id: string;
  /** Label in the language of `options.lang`. */
  label: string;
  /** Present and complete. */
  present: boolean;
  /** Where it was found. */
  span: Span | null;
}

/** Result of `validate`. */
export interface Validation {
  /** `false` while element validation is not available in this version. */
  supported: boolean;
  /** Detected or given document type id. */
  docType: string | null;
  /** Every element of the document type. */
  elements: Element[];
  /** Ids of missing or defective elements. */
  missing: string[];
  /** One finding per missing or defective element. */
  findings: Finding[];
}

/** Validation options. */
export interface ValidateOptions {}
