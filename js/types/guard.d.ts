import type { Finding, Lang } from './common.js';

/** A finding as the guard shows it: which field, its stable key and what the officer did. */
export interface GuardFinding extends Finding {
  /** The field it was found in (its `name`, `data-name` or `id`). */
  field: string;
  /** Stable key of the finding: field, code and the text it covers. Pass it to `accept`. */
  key: string;
  /** `pii`, `element`, `reasoning`, `publication`… (the first part of `code`). */
  category: string;
  /** The text the span covers (`''` for findings without a span). */
  excerpt: string;
  /**
   * `blocking`: blocks submission; `warning`: shown, does not block; `masked`: personal data
   * that will be masked on submit (`autoMask`, or `maskTarget: 'hidden'` after acceptance);
   * `accepted`: the officer kept or dismissed it.
   */
  status: 'blocking' | 'warning' | 'masked' | 'accepted';
}

/** A finding the officer accepted ("这是公开信息，保留" / "已核实，忽略此项"). */
export interface AcceptedFinding {
  /** The finding's key. */
  key: string;
  /** The field. */
  field: string;
  /** The finding's code. */
  code: string;
  /** Its category. */
  category: string;
  /** The text it covers (public, by the officer's decision); `''` for absent elements. */
  text: string;
  /** Why: `public` for personal data kept as public information, `reviewed` otherwise, or your own. */
  reason: string;
  /** The label of the action the officer took, in the UI language. */
  label: string;
  /** When (ISO 8601). */
  at: string;
}

/** One guarded field in a report. */
export interface GuardFieldReport {
  /** The field. */
  name: string;
  /** The engine's report on the text last checked, `null` before the first check or on error. */
  report: import('../index.js').Report | null;
  /** Masking was applied (in place) or accepted (hidden target). */
  masked: boolean;
  /** How many items were masked in place. */
  maskedCount: number;
  /** Time the engine took for the last check, in milliseconds. */
  ms: number;
  /** Why the field could not be checked, or `null`. */
  error: string | null;
}

/** What the guard knows: passed to `onReport` after every check and to `onBeforeSubmit`. */
export interface GuardReport {
  /** Nothing blocks submission. */
  ok: boolean;
  /** From a submit attempt or `check()` (true), or from live checking (false). */
  final: boolean;
  /** Where the checks ran. */
  engine: 'worker' | 'main';
  /** The findings that block submission now. */
  blocking: GuardFinding[];
  /** Every finding shown (blocking, warnings, masked, accepted). */
  findings: GuardFinding[];
  /** What the officer accepted. */
  accepted: AcceptedFinding[];
  /** Per field. */
  fields: GuardFieldReport[];
}

/** The asynchronous engine (`createEngine`): `check` runs in a Web Worker when possible. */
export interface Engine {
  /** `'worker'` or `'main'` once ready, `null` before. */
  readonly mode: 'worker' | 'main' | null;
  /** Resolves with the mode once the engine can check. */
  ready(): Promise<'worker' | 'main'>;
  /** Runs `check(text, options)`; `ms` is the time the engine took. */
  check(text: string, options?: import('../index.js').Options): Promise<{ report: import('../index.js').Report; ms: number }>;
  /** The engine version. */
  version(): Promise<string>;
  /** Stops the worker. */
  destroy(): void;
}

/** Options of `createEngine`. */
export interface EngineOptions {
  /** `'auto'` (default): a worker when the page can start one, else the main thread; `true`: a worker or an error; `false`: main thread. */
  worker?: boolean | 'auto';
  /** URL of `worker.js` when your setup serves it elsewhere. */
  workerUrl?: string | URL;
  /** URL of `gongshi_wasm_bg.wasm` when your setup serves it elsewhere. */
  wasm?: string | URL;
}

/** Options of `guardForm`. */
export interface GuardOptions extends EngineOptions {
  /** Fields to check: control names, CSS selectors or elements (default: every textarea and contenteditable in the form). */
  fields?: string | Array<string | Element>;
  /** Masking policy, passed to `check` as `options.policy` (typed as the engine's `Options['policy']`). */
  policy?: import('../index.js').Options extends { policy?: infer P } ? P : unknown;
  /** Document type id, passed to `check`. */
  docType?: string;
  /** UI and message language (default `'zh-CN'`). */
  lang?: Lang;
  /**
   * Code prefixes of the findings that block submission: a category (`'pii'`, `'element'`,
   * `'reasoning'`, `'publication'`) or a longer prefix (`'publication.exclusion'`). Default
   * `['pii', 'element', 'reasoning', 'publication.exclusion']`; `[]` blocks nothing.
   */
  blockOn?: string[];
  /** Mask on submit without asking, then submit unless something in `blockOn` remains (default `false`). */
  autoMask?: boolean;
  /** `'field'` (default): masking replaces the field's text; `'hidden'`: the field keeps the raw text, a hidden input with the field's name submits the masked text. */
  maskTarget?: 'field' | 'hidden';
  /** Categories the officer may accept (default all; `['pii']` to forbid dismissing missing elements). */
  allowAccept?: string[];
  /** Check while typing (default `true`). */
  live?: boolean;
  /** Delay after the last keystroke before a live check, in ms (default 400). */
  debounce?: number;
  /** Show the findings next to each field (default `true`; `false`: callbacks only). */
  ui?: boolean;
  /** Add the default styles (a constructed stylesheet, allowed under a strict CSP; default `true`). */
  styles?: boolean;
  /** Where to put the findings panel (default: right after the field). */
  container?: Element | ((field: Element) => Element);
  /** Show at most this many findings per field before a "show more" button (default 100). */
  maxItems?: number;
  /** Name of a hidden input that receives an audit summary (JSON: codes, counts, acceptances; no document text). */
  reportField?: string;
  /** More options for `check`. */
  checkOptions?: import('../index.js').Options;
  /** An engine to use instead of the shared worker (e.g. one you created with `createEngine`). */
  engine?: Engine;
  /** Called after every check (live and on submit). */
  onReport?: (report: GuardReport) => void;
  /** Called when nothing blocks, just before submitting; return `false` to cancel. */
  onBeforeSubmit?: (report: GuardReport) => boolean | void | Promise<boolean | void>;
  /** Called when the engine cannot load or a check fails. */
  onError?: (error: Error) => void;
}

/** What `guardForm` returns. */
export interface GuardController {
  /** The form. */
  readonly form: HTMLFormElement;
  /** Resolves once the engine is loaded and every field has been checked once. */
  readonly ready: Promise<void>;
  /** The latest report, `null` before the first check. */
  readonly report: GuardReport | null;
  /** Where the checks run (`null` while loading). */
  readonly engine: 'worker' | 'main' | null;
  /** Checks every field now, as on submit, without submitting. */
  check(): Promise<GuardReport>;
  /** Masks the personal data of every field (or the named one), keeping accepted findings. */
  acceptMasking(field?: string): Promise<GuardReport>;
  /** Accepts a finding (its key, or the finding); recorded in the report. Returns `false` when not found. */
  accept(keyOrFinding: string | GuardFinding, reason?: string): boolean;
  /** Withdraws an acceptance. */
  unaccept(keyOrFinding: string | GuardFinding): boolean;
  /** Runs the guard as if submit was pressed; resolves `true` when the form was submitted. */
  submit(submitter?: HTMLElement | null): Promise<boolean>;
  /** Detaches the guard and removes everything it added. */
  destroy(): void;
}
