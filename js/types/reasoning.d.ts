import type { Finding, Span } from './common.js';

/**
 * Grade of a reasoning section.
 * - `adequate`: names the evidence, the provisions or the circumstances it relies on;
 * - `hollow`: present but boilerplate (`经综合考虑，依法作出如下处罚`);
 * - `missing`: absent, or a heading with nothing under it;
 * - `not_required`: the document type (notice, record, on-the-spot decision…) does not call
 *   for the section.
 */
export type Grade = 'adequate' | 'hollow' | 'missing' | 'not_required';

/** Where a section was found. */
export type Placement = 'heading' | 'embedded' | 'none';

/** The document type as far as the reasoning rules (公示制度（十二）) are concerned. */
export type DocScope =
  | 'penalty_decision'
  | 'compulsion_decision'
  | 'on_spot_decision'
  | 'notice'
  | 'record'
  | 'summary'
  | 'unknown';

/** One checklist item (EV1–EV7, LB1–LB9, DS1–DS10) as evaluated on the document. */
export interface Signal {
  /** `EV1` … `EV7`, `LB1` … `LB9`, `DS1` … `DS10`. */
  id: string;
  /** What is checked, in the language of `options.lang`. */
  label: string;
  /** `true` when the document satisfies the item. */
  found: boolean;
  /** `false` when the item does not arise here (then `found` means nothing). */
  applicable: boolean;
  /** Where the evidence for (or against) the item is. */
  spans: Span[];
  /** Specifics (kinds of evidence, provisions, amounts), or `null`. */
  detail: string | null;
  /** The rule behind the item. */
  basis: string;
}

/** One of the three reasoning sections. */
export interface Section {
  /** The grade. */
  grade: Grade;
  /** Where the section's text is (several spans when spread over the prose). */
  spans: Span[];
  /** The section's heading line, or `null` when it has none. */
  heading: Span | null;
  /** Under a heading, in running text, or not found. */
  placement: Placement;
  /** The checklist items of this section. */
  signals: Signal[];
  /** Ids of the signals that decided the grade (`'section'` when nothing was found). */
  decidedBy: string[];
  /** What is there and what is not. */
  message: string;
  /** The rule requiring the section and the rules behind the missing items. */
  basis: string;
  /** What to write, most important first. */
  suggestions: string[];
}

/** Kind of source a citation names. */
export type SourceKind = 'law' | 'standard' | 'benchmark' | 'reference';

/** Role of a citation in its sentence: 违则 (violated), 罚则 (penalty / basis of the measure), other. */
export type CitationRole = 'violated' | 'penalty' | 'other';

/** One provision pointed at by a citation. */
export interface Provision {
  /** Where this provision is written. */
  span: Span;
  /** 条 (article) number, or `null` for a clause of a standard. */
  article: number | null;
  /** `之一` → 1, or `null`. */
  articleSuffix: number | null;
  /** Clause number of a standard, e.g. `'9.3.7'`, or `null`. */
  clause: string | null;
  /** 款 (paragraph) number, or `null`. */
  paragraph: number | null;
  /** 项 (item) number, or `null`. */
  item: number | null;
  /** 目 (sub-item) number, or `null`. */
  subItem: number | null;
}

/** A law, standard or benchmark citation with the provisions listed after it. */
export interface Citation {
  /** The whole citation. */
  span: Span;
  /** The source name. */
  lawSpan: Span;
  /** What kind of source it is. */
  kind: SourceKind;
  /** The name as written, without 《》 and without a trailing version note. */
  law: string;
  /** The full official name (`中华人民共和国安全生产法` for `《安全生产法》`), or a standard's code. */
  fullName: string | null;
  /** `true` when a national law is cited by its short name. */
  shortForm: boolean;
  /** `true` when the name is written in 《》. */
  bracketed: boolean;
  /** The bracketed note after or inside the name (`应急管理部令第13号`, `2021年修正`), or `null`. */
  version: string | null;
  /** A year read from the version note or the standard code, or `null`. */
  versionYear: number | null;
  /** The provisions, in the order written. */
  provisions: Provision[];
  /** 违则, 罚则 or other, from the sentence around the citation. */
  role: CitationRole;
}

/** An amount of money in the text. */
export interface Money {
  /** Whole yuan. */
  yuan: number;
  /** Where it is written. */
  span: Span;
}

/** A range a fine must fall in. */
export interface FineRange {
  /** Lower bound (inclusive), or `null` when open. */
  min: number | null;
  /** Upper bound (inclusive), or `null` when open. */
  max: number | null;
  /** `'yuan'`, or `'income_percent'` (percent of the previous year's income). */
  measure: 'yuan' | 'income_percent';
  /** The provision the range comes from. */
  provision: string;
  /** `'law_table'` (built-in 安全生产法 table) or `'document'` (as quoted in the text). */
  source: 'law_table' | 'document';
}

/** The penalty as stated in the document. */
export interface Penalty {
  /** The fine decided, or `null`. */
  amount: Money | null;
  /** The fine proposed in the 告知书 when the decision narrates it, or `null`. */
  proposed: Money | null;
  /** The party's previous-year income for income-based fines, or `null`. */
  income: Money | null;
  /** The 罚则's range from the built-in table, or `null`. */
  statutory: FineRange | null;
  /** The 罚则's range as quoted in the document, or `null`. */
  stated: FineRange | null;
  /** The decision date `YYYY-MM-DD`, or `null`. */
  decisionDate: string | null;
}

/** Result of `explain`. */
export interface Reasoning {
  /** Always `true`: the explainer is available. */
  supported: boolean;
  /** The document type as far as reasoning is concerned. */
  docScope: DocScope;
  /** `true` when 公示制度（十二） requires the three sections for this document. */
  required: boolean;
  /** 证据采信. */
  evidence: Section;
  /** 依据选择. */
  legalBasis: Section;
  /** 自由裁量. */
  discretion: Section;
  /** Every law citation, with its role. */
  citations: Citation[];
  /** The penalty decided, proposed and allowed. */
  penalty: Penalty;
  /** The built-in article table used (name and version). */
  lawTable: string;
  /** Findings about the sections (category `reasoning`). */
  findings: Finding[];
}

/** Reasoning options: none beyond the common ones (`docType` tells the document type). */
export interface ReasoningOptions {}
