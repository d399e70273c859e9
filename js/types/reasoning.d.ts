import type { Finding, Span } from './common.js';

/** Grade of a reasoning section. */
export type Grade = 'adequate' | 'hollow' | 'missing' | 'not_assessed';

/** One of the three reasoning sections. */
export interface Section {
  /** The grade. */
  grade: Grade;
  /** Where the section is. */
  spans: Span[];
}

/** Result of `explain`. */
export interface Reasoning {
  /** `false` while the explainer is not available in this version. */
  supported: boolean;
  /** 证据采信. */
  evidence: Section;
  /** 依据选择. */
  legalBasis: Section;
  /** 自由裁量. */
  discretion: Section;
  /** Findings about the sections. */
  findings: Finding[];
}

/** Reasoning options. */
export interface ReasoningOptions {}
