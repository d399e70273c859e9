/** Language of messages: Simplified Chinese (default) or English. */
export type Lang = 'zh-CN' | 'en';

/** A range of UTF-16 code units in the input string, `end` exclusive (`text.slice(start, end)`). */
export interface Span {
  /** First code unit. */
  start: number;
  /** One past the last code unit. */
  end: number;
}

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** The one output shape: something gongshi has to say about a document. */
export interface Finding {
  /** Stable dotted code, e.g. `pii.id_card`, `element.missing.seal`. */
  code: string;
  /** `error` blocks (in the categories of `blockOn`), `warning` should be looked at, `info` explains. */
  severity: Severity;
  /** Where it is, or `null` for something absent (a missing element). */
  span: Span | null;
  /** What it means, in the language of `options.lang`. */
  message: string;
  /** The rule it rests on, e.g. `公示制度（十四）1`. */
  basis: string | null;
  /** What to do about it, in the language of `options.lang`. */
  suggestion: string | null;
  /** Masking details, on findings of the masking engine. */
  pii?: import('./redact.js').PiiDetail;
}
