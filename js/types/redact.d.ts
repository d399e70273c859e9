// Types of the masking engine's results and options (issue 3). They mirror the serde JSON of
// `gongshi::redact::{Redaction, PiiDetail, Kept, Policy}`. Spans are UTF-16 code units into
// the input string; `Text` fields arrive as one string in the chosen language.

import type { Finding, Span } from './common.js';

/** What kind of item a span is (the corpus kind names). */
export type PiiKind =
  | "id_card"
  | "mobile_phone"
  | "landline_phone"
  | "email"
  | "social_account"
  | "bank_account"
  | "passport"
  | "home_address"
  | "health_info"
  | "license_plate"
  | "property_cert"
  | "vehicle_id"
  | "trade_secret"
  | "person_name"
  | "birth_date"
  | "custom"
  | "agency_phone"
  | "agency_bank_account"
  | "agency_address"
  | "org_address"
  | "org_phone"
  | "officer_cert"
  | "uscc"
  | "non_pii_number";

/** Whose item it is, or the function of the person named. */
export type Role =
  | "party"
  | "legal_rep"
  | "officer"
  | "witness"
  | "legal_agent"
  | "agent"
  | "appraiser"
  | "other"
  | "agency"
  | "unknown";

/** What the policy does with an item. */
export type Action =
  /** Leave it visible (reported in `kept`). */
  | "keep"
  /** Replace it with a bracketed label such as `[身份证号码]`. */
  | "label"
  /** One `*` per character; a person's surname stays (`王**`). */
  | "mask"
  /** Delete it. */
  | "remove"
  /** 隐名处理: surname + 某 (`王某`, `欧阳某`, `张某1`; a minority or transliterated name keeps its first character, `买某`; a name in Latin letters its first letter, `J`); for other kinds the same as `label`. */
  | "surname";

/** What the validators (checksum, date, region, format) said about a match. */
export type Validity = "passed" | "failed" | "none";

/** How a masked item was found and what replaced it. */
export interface PiiDetail {
  /** The kind of personal data. */
  kind: PiiKind;
  /** Whose it is, or the person's function. */
  role: Role;
  /** The recognizer that matched (e.g. `id_card_18`, `person_name_cue`). */
  recognizer: string;
  /** The context word that fired (a label such as `身份证号`, never the value). */
  cue: string | null;
  /** What the validators said. */
  validity: Validity;
  /** Confidence between 0 and 1. */
  score: number;
  /** What the policy decided. */
  action: Exclude<Action, "keep">;
  /** For person names: the same number for every mention of the same person. */
  entity?: number;
  /** The text written in place of the value. */
  replacement: string;
}

/** An item recognised and deliberately kept visible, with the reason. Never a replacement. */
export interface KeptItem {
  /** Where it is in the input. */
  span: Span;
  /** What it is (e.g. `officer_cert`, `agency_phone`, `person_name`). */
  kind: PiiKind;
  /** Whose it is. */
  role: Role;
  /** The recognizer that matched. */
  recognizer: string;
  /** The context word that fired. */
  cue: string | null;
  /** What the validators said. */
  validity: Validity;
  /** Confidence between 0 and 1. */
  score: number;
  /** For person names: the same number for every mention of the same person. */
  entity?: number;
  /** Why it stays. */
  reason: string;
  /** The rule it rests on (`公示制度（八）` for officers and the agency's contacts). */
  basis: string;
}

/** The result of `redact`. */
export interface Redaction {
  /** The masked text: the input with every `findings[i].span` replaced by its `pii.replacement`. */
  text: string;
  /** The masked items, sorted by position, never overlapping; each has `pii`. */
  findings: Finding[];
  /** Items recognised and kept on purpose (officers, agency contacts, credit codes…). */
  kept: KeptItem[];
  /**
   * What still looks personal after masking (`pii.residual.*`, severity `warning`, no `pii`),
   * or `pii.unsettled` when masking did not settle and the whole text was hidden.
   */
  warnings: Finding[];
}

/** One caller rule; applies when both `kind` and `role` (each optional) match. */
export interface PolicyRule {
  /** The kind it applies to (any when absent). */
  kind?: PiiKind;
  /** The role it applies to (any when absent). */
  role?: Role;
  /** What to do. */
  action: Action;
}

/**
 * A masking policy object. The action for an item is the first that applies of: the first
 * matching `rules` entry, `roles[role]`, `kinds[kind]`, the `base` table.
 */
export interface PolicyObject {
  /** The built-in table to start from (default `"default"`). */
  base?: "default" | "strict";
  /** Action per kind. */
  kinds?: Partial<Record<PiiKind, Action>>;
  /** Action per role, for every kind of that role (e.g. `{ legal_rep: "surname" }`). */
  roles?: Partial<Record<Role, Action>>;
  /** Most specific overrides, tried in order. */
  rules?: PolicyRule[];
  /** Terms never masked. */
  allow?: string[];
  /** Terms always masked (kind `custom`). */
  deny?: string[];
  /** The party's trade secrets, always masked (kind `trade_secret`). */
  tradeSecrets?: string[];
}

/**
 * The `policy` option: `"default"` (公示制度（十四）: the party's own name and birth date
 * stay), `"strict"` (those are masked too) or a policy object.
 */
export type Policy = "default" | "strict" | PolicyObject;

/** The masking options (merged into the package's `Options`). */
export interface RedactOptions {
  /** The masking policy (default `"default"`). */
  policy?: Policy;
}
