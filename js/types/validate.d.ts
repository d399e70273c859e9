import type { Finding, Span } from './common.js';

/** Whether an element is required by statute (missing → `error`) or by the template only (→ `warning`). */
export type Requirement = 'statutory' | 'template';

/** Where an element stands. */
export type ElementStatus =
  /** Present and complete. */
  | 'present'
  /** Absent, or only a blank template field (`年 月 日`). */
  | 'missing'
  /** Present but hollow, incomplete or wrong; `note` says why. */
  | 'defective'
  /** Does not apply to this document (e.g. a payment clause when no fine is imposed). */
  | 'notApplicable'
  /** Could not be assessed. */
  | 'notAssessed';

/** Who the party of a document type is. */
export type PartyKind = 'org' | 'person' | 'any';

/** Built-in detectors an element can use (`check` of an element rule). */
export type CheckName =
  | 'doc_number'
  | 'party_identity'
  | 'party_name'
  | 'party_address'
  | 'facts'
  | 'evidence'
  | 'legal_basis_violated'
  | 'legal_basis_applied'
  | 'penalty_type_amount'
  | 'payment'
  | 'remedy'
  | 'agency_name'
  | 'decision_date'
  | 'seal'
  | 'statement_defense_handling'
  | 'statement_defense_rights'
  | 'hearing_rights'
  | 'reasoning_evidence'
  | 'reasoning_legal_basis'
  | 'reasoning_discretion'
  | 'rectification_deadline'
  | 'officer_info'
  | 'labeled_value'
  | 'labeled_date'
  | 'labeled_body'
  | 'signature'
  | 'seized_items'
  | 'measure_term'
  | 'money_amount'
  | 'any_cue'
  | 'all_cues';

/** One required element of the document type and what the document has of it. */
export interface Element {
  /** Stable id, e.g. `remedy_channels_deadlines`. */
  id: string;
  /** Label in the language of `options.lang`. */
  label: string;
  /** Statutory or template-only. */
  requirement: Requirement;
  /** The provision behind it, e.g. `行政处罚法第五十九条第一款第五项`. */
  basis: string;
  /** Present and complete (also `true` when not applicable or not assessed). */
  present: boolean;
  /** Present, missing, defective, not applicable, not assessed. */
  status: ElementStatus;
  /** Where it was found, or the defective part. */
  span: Span | null;
  /** Why it is defective or missing, when more can be said, in the language of `options.lang`. */
  note: string | null;
}

/** How the document type was found. */
export interface Detection {
  /** Type id. */
  id: string;
  /** Confidence in [0, 1]: ≈0.98 when title and 文号 agree, 0.9 title alone, 0.75 文号 alone, ≤0.6 structure alone; 1 when given in `docType`. */
  confidence: number;
  /** The signals that decided: `option`, `title`, `docNumber`, `structure`, `party`. */
  signals: string[];
  /** A runner-up type that scored close, if any. */
  alternative: string | null;
}

/** Result of `validate`. */
export interface Validation {
  /** `true`: element validation is available. */
  supported: boolean;
  /** Detected or given document type id (`null` when the type could not be told). */
  docType: string | null;
  /** Name of the document type, in the language of `options.lang`. */
  docTypeLabel: string | null;
  /** How the type was found and with what confidence. */
  detection: Detection | null;
  /** Every element of the document type, in table order. */
  elements: Element[];
  /** Ids of missing or defective elements. */
  missing: string[];
  /** One finding per missing or defective element (`element.missing.<id>` / `element.defective.<id>`), then content checks (`element.hearing_not_offered`, `element.amount_mismatch`, `element.invalid_date`, `element.doc_number_kind`) and `validate.*` notes. */
  findings: Finding[];
  /** Version of the rulebook that produced the result. */
  rulebookVersion: string;
}

/** A label in Chinese only, or in both languages. */
export type LabelSpec = string | { zh: string; en: string };

/** An element supplied by the caller: a new one, or fields that override an existing one. */
export interface ElementSpec {
  /** Document type it applies to; absent or `'*'`: every type that has this element id. Ignored inside a `DocTypeSpec`. */
  docType?: string;
  /** Element id. */
  id: string;
  /** Label. */
  label?: LabelSpec;
  /** `statutory` or `template` (new elements default to `template`). */
  requirement?: Requirement;
  /** Legal basis shown with the element and its finding. */
  basis?: string;
  /** Built-in detector (new elements default to `any_cue`). */
  check?: CheckName;
  /**
   * Words the detector looks for: labels, titles or keywords depending on `check`. For
   * `any_cue` / `all_cues` a cue may list alternatives separated by `|` (`'时间|日期'`), and the
   * alternative `'@date'` holds when the document is dated in its signature block.
   */
  cues?: string[];
  /** What the officer should add when it is missing. */
  hint?: LabelSpec;
  /** Remove the element instead. */
  remove?: boolean;
}

/** A document type supplied by the caller (a built-in id replaces that type). */
export interface DocTypeSpec {
  /** Stable id. */
  id: string;
  /** Name. */
  label: LabelSpec;
  /** Title words that identify it. */
  titles?: string[];
  /** Title words that rule it out. */
  notTitles?: string[];
  /** 文号 kind codes that stand for it (`罚`, `罚告`, `责改`…). */
  codes?: string[];
  /** Structural cues used when the title is missing. */
  structure?: string[];
  /** Who the party is. */
  party?: PartyKind;
  /** Statute behind it. */
  basis?: string;
  /** Start from the elements of this type. */
  extends?: string;
  /** Element ids to drop from the extended table. */
  remove?: string[];
  /** Its own elements (added, or replacing same ids). */
  elements?: ElementSpec[];
}

/** Rules of the element validator (`options.validate`). */
export interface ValidateRules {
  /** Extra document types, or replacements of built-in ones. */
  docTypes?: DocTypeSpec[];
  /** Element overrides and additions. */
  elements?: ElementSpec[];
  /** 较大数额 that carry a right to a hearing (行政处罚法第六十三条); default 个人 10000, 单位 30000 yuan. */
  hearingThresholds?: { personYuan?: number; orgYuan?: number };
  /** Limits of on-the-spot fines (行政处罚法第五十一条); default 个人 200, 单位 3000 yuan. */
  onSpotLimits?: { personYuan?: number; orgYuan?: number };
}

/** Validation options (merged into `Options`). */
export interface ValidateOptions {
  /** Rulebook additions and thresholds. */
  validate?: ValidateRules;
}

/** One source of the rulebook. */
export interface RuleSource {
  /** Title of the law, rule or template. */
  title: string;
  /** Version or date. */
  version: string;
  /** What the rulebook takes from it. */
  usedFor: string;
}

/** One element of a built-in document type, as listed by `rulebookInfo()`. */
export interface ElementInfo {
  /** Element id. */
  id: string;
  /** Label in the language of `options.lang`. */
  label: string;
  /** Statutory or template-only. */
  requirement: Requirement;
  /** Legal basis. */
  basis: string;
  /** Detector name. */
  check: CheckName;
}

/** One built-in document type, as listed by `rulebookInfo()`. */
export interface DocTypeInfo {
  /** Type id. */
  id: string;
  /** Name in the language of `options.lang`. */
  label: string;
  /** Main statute. */
  basis: string;
  /** Its elements. */
  elements: ElementInfo[];
}

/** Version and sources of the rulebook and its document types (`rulebookInfo()`). */
export interface RulebookInfo {
  /** Rulebook version. */
  version: string;
  /** Laws, rules and templates it rests on. */
  sources: RuleSource[];
  /** Built-in document types with their elements. */
  docTypes: DocTypeInfo[];
}
