// Type declarations of the gongshi npm package. All offsets are UTF-16 code units into the
// string you passed in (the same units as `String.prototype.slice`).
import type { Finding, Lang } from './types/common.js';
import type { Redaction, RedactOptions } from './types/redact.js';
import type { RulebookInfo, Validation, ValidateOptions } from './types/validate.js';
import type { Reasoning, ReasoningOptions } from './types/reasoning.js';
import type { Deadline, Publication, PublicationOptions, RecordForm, RecordReport } from './types/publication.js';
import type { Engine, EngineOptions, GuardController, GuardOptions } from './types/guard.js';

export type * from './types/common.js';
export type * from './types/redact.js';
export type * from './types/validate.js';
export type * from './types/reasoning.js';
export type * from './types/publication.js';
export type * from './types/guard.js';

/** Options accepted by every function. Unknown keys are an `invalid_options` error. */
export interface Options extends RedactOptions, ValidateOptions, ReasoningOptions, PublicationOptions {
  /** Language of messages (default `'zh-CN'`). */
  lang?: Lang;
  /** Inputs larger than this many UTF-8 bytes are refused with `input_too_large` (default 20 MiB). */
  maxInputBytes?: number;
  /** Document type id when known (otherwise detected). */
  docType?: string;
  /**
   * Code prefixes of the error findings that block in `check`: a category (`'pii'`,
   * `'element'`, `'reasoning'`, `'publication'`) or a longer prefix (`'publication.exclusion'`).
   * Default `['pii', 'element', 'reasoning', 'publication.exclusion']`; `[]` blocks nothing.
   */
  blockOn?: string[];
}

/** Everything a form needs before submission. */
export interface Report {
  /** `true` when nothing blocks submission. */
  ok: boolean;
  /** Problems in the blocking categories. Personal data in the raw text is reported here as `pii.*`. */
  blocking: Finding[];
  /** Other problems worth a look. */
  warnings: Finding[];
  /** The masked text and what was masked. */
  redacted: Redaction;
  /** Required elements. */
  validation: Validation;
  /** Reasoning sections. */
  reasoning: Reasoning;
  /** Publication checks. */
  publication: Publication;
}

/** Stable error codes of `GongshiError`. */
export type ErrorCode =
  | 'invalid_input'
  | 'invalid_options'
  | 'input_too_large'
  | 'invalid_argument'
  | 'not_initialized'
  | 'internal';

/** Error thrown by every gongshi function. */
export declare class GongshiError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string);
}

/** What `init` accepts: nothing (fetch the bundled .wasm), a URL, a fetch Response, bytes or a compiled module. */
export type InitInput =
  | URL
  | string
  | Request
  | Response
  | BufferSource
  | WebAssembly.Module
  | Promise<Response | BufferSource | WebAssembly.Module>;

/** Loads the engine (browsers fetch and compile the .wasm; in Node it is already loaded). */
export declare function init(input?: InitInput): Promise<void>;
/** Loads the engine synchronously from bytes or a compiled module. */
export declare function initSync(bytesOrModule: BufferSource | WebAssembly.Module): void;
/** `true` once the engine is loaded. */
export declare function isReady(): boolean;
/** Masks personal data (公示制度（十四）). */
export declare function redact(text: string, options?: Options): Redaction;
/** Checks the required elements of the document. */
export declare function validate(text: string, options?: Options): Validation;
/** Finds and grades the reasoning sections (证据采信、依据选择、自由裁量). */
export declare function explain(text: string, options?: Options): Reasoning;
/** Runs every check; `ok` says whether the document may be submitted. */
export declare function check(text: string, options?: Options): Report;
/** Rebuilds a masked text from the original and the masking findings. */
export declare function applyMasks(text: string, findings: Finding[]): string;
/** Checks the publication rules only (公示制度: summary, exclusions, deadlines, period). */
export declare function publication(text: string, options?: Options): Publication;
/**
 * Counts `days` working days after `start` (`'YYYY-MM-DD'`), not counting the start day
 * (民事诉讼法第八十五条), using the official holiday and 调休 schedules (and
 * `options.extraHolidays`). `certain` is `false` for dates beyond the embedded schedules.
 */
export declare function addWorkingDays(start: string, days: number, options?: Options): Deadline;
/** Checks a whole-process audio-visual record form (全过程记录制度（十一）–（二十）). */
export declare function checkRecord(form: RecordForm, options?: Options): RecordReport;
/** The validation rulebook: its version, sources, document types and their elements. */
export declare function rulebookInfo(options?: Pick<Options, 'lang'>): RulebookInfo;
/** The engine version. */
export declare function version(): string;

/**
 * Guards a form: checks the chosen fields while the officer types (in a Web Worker) and on
 * submit, shows the findings next to each field, blocks submission while blocking findings
 * remain, and submits only masked text once the officer accepts the masking (or `autoMask`).
 */
export declare function guardForm(form: HTMLFormElement, options?: GuardOptions): GuardController;
/** Defines the `<gongshi-guard>` custom element (or `name`) that wraps a form; returns its class. */
export declare function defineGuardElement(name?: string): CustomElementConstructor;
/** An asynchronous engine: `check` in a Web Worker when possible, on the main thread otherwise. */
export declare function createEngine(options?: EngineOptions): Engine;
