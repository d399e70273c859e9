import type { Finding, Span } from './common.js';

/** A calendar date written `YYYY-MM-DD`, e.g. `'2024-10-12'`. */
export type DateString = string;

/** A local date and time written `YYYY-MM-DDTHH:MM` (seconds optional), as an HTML `datetime-local` input gives it. */
export type DateTimeString = string;

/** Day of the week. */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** What kind of day a date is in the working-day calendar. */
export type DayKind =
  /** An ordinary Monday–Friday working day. */
  | 'workday'
  /** Saturday or Sunday. */
  | 'weekend'
  /** A day off in a holiday (放假) period. */
  | 'holiday'
  /** A weekend day declared a working day (调休上班). */
  | 'makeupWorkday';

/** One date of the calendar and what it is. */
export interface CalendarDay {
  /** The date. */
  date: DateString;
  /** Day of the week. */
  weekday: Weekday;
  /** Working day, weekend, holiday or 调休 working day. */
  kind: DayKind;
  /** The holiday a holiday or 调休 day belongs to (元旦, 春节, …), or the caller's source. */
  name: string | null;
  /** `true` when no official schedule covers the year, so only weekends were considered. */
  estimated: boolean;
}

/** A deadline counted in working days (民事诉讼法第八十五条: the start day is not counted), with its reasoning. */
export interface Deadline {
  /** The day the period starts from (not counted). */
  start: DateString;
  /** Number of working days counted. */
  days: number;
  /** The last day of the period: the deadline. */
  date: DateString;
  /** Day of the week of the deadline. */
  weekday: Weekday;
  /** `false` when the period reaches a year without an official holiday schedule: the date is then an estimate from weekends only. */
  certain: boolean;
  /** The last year with an embedded official holiday schedule. */
  dataThrough: number;
  /** Days that were not ordinary weekdays: weekends and holidays passed over, 调休 working days counted. */
  specialDays: CalendarDay[];
  /** The schedules relied on (notice title, 文号 and date of issue). */
  sources: string[];
  /** How the date was reached, in the language of `options.lang`. */
  explanation: string;
}

/** Holiday data for one year, added to the embedded official schedules. */
export interface ExtraHolidayYear {
  /** Days off (放假). */
  holidays?: DateString[];
  /** Weekend days that are working days (调休上班). */
  workdays?: DateString[];
  /** Where the data comes from (e.g. the notice and its 文号); quoted in explanations. */
  source?: string;
}

/** Extra holiday data keyed by four-digit year, e.g. `{ '2027': { holidays: ['2027-01-01'] } }`. A year given here counts as covered (certain). */
export type ExtraHolidays = Record<string, ExtraHolidayYear>;

/** 执法类别. */
export type Category =
  /** 行政处罚. */
  | 'penalty'
  /** 行政强制. */
  | 'coercion'
  /** 行政许可. */
  | 'licensing'
  /** 行政征收（征用）. */
  | 'expropriation'
  /** 行政检查 (including 责令限期整改). */
  | 'inspection'
  /** Other enforcement decisions. */
  | 'other';

/** What the checked text is, for publication purposes. */
export type PublicationSource =
  /** An enforcement decision to be published. */
  | 'decision'
  /** A publication summary (公示摘要). */
  | 'summary'
  /** A document that is not a decision (告知书, 笔录…). */
  | 'notDecision';

/** Ids of the six summary fields of 公示制度（十四）2. */
export type SummaryFieldId =
  | 'doc_number'
  | 'enforcement_subject'
  | 'enforcement_target'
  | 'enforcement_category'
  | 'enforcement_date'
  | 'enforcement_conclusion';

/** One of the six summary fields. */
export interface SummaryField {
  /** Stable id. */
  id: SummaryFieldId;
  /** Its label (决定书文号 …) in the language of `options.lang`. */
  label: string;
  /** The value with personal data masked, or `null` when not found. */
  value: string | null;
  /** Where the value is in the input, or `null` (e.g. a category inferred from the document type). */
  span: Span | null;
}

/** A duty with a working-day deadline. */
export interface Duty {
  /** `publish` (公示制度（十五）), `withdraw` (（七）) or `informTestResults` (（十五）). */
  id: 'publish' | 'withdraw' | 'informTestResults';
  /** The rule it rests on. */
  basis: string;
  /** The deadline and how it was counted. */
  deadline: Deadline;
  /** When it was done, if known (the `publicationDate` / `withdrawalDate` option, or the summary's 公开日期). */
  doneOn: DateString | null;
  /** Whether it was done in time; `null` when not done or unknown. */
  met: boolean | null;
}

/** The publication period (公示制度（十七）). */
export interface Period {
  /** Years of publication: 5, or 2 when the party is a natural person. */
  years: number;
  /** The rules it rests on. */
  basis: string;
  /** The party is a natural person. */
  naturalPerson: boolean;
  /** First day of publication, when known. */
  from: DateString | null;
  /** Last day of the period (the corresponding day `years` later). */
  lastDay: DateString | null;
  /** The day the decision must no longer be shown (the day after `lastDay`). */
  takeDownDate: DateString | null;
  /** The period a summary states (公示期限), if any. */
  statedYears: number | null;
}

/** Whether the party is a natural person. */
export type PublicationPartyKind = 'person' | 'organisation' | 'unknown';

/** The party's age at the decision date; a range when only the birth month is known. */
export interface Age {
  /** Lowest possible age in whole years. */
  min: number;
  /** Highest possible age in whole years. */
  max: number;
  /** Where it came from. */
  source: 'idNumber' | 'birthDate' | 'statedAge';
}

/** What is known about the party. */
export interface Party {
  /** Natural person or organisation. */
  kind: PublicationPartyKind;
  /** Age at the decision date (natural persons), or `null`. */
  age: Age | null;
  /** `true` when under 18 at the decision date (publication blocked), `false` when not, `null` when unknown. */
  minor: boolean | null;
}

/** Ids of the exclusion questions (also the keys of the `exclusions` option). */
export type ExclusionId = 'minor' | 'secrets' | 'security' | 'superiorObjection' | 'obstruction' | 'legalProhibition';

/** An exclusion ground of 公示制度（三） the officer must decide on. */
export interface Question {
  /** Stable id. */
  id: ExclusionId;
  /** The question, in the language of `options.lang`. */
  text: string;
  /** The rule. */
  basis: string;
  /** The answer given in the `exclusions` option, or `null`. */
  answer: boolean | null;
  /** Words in the document that make the question worth a closer look. */
  cues: string[];
}

/** Result of the publication checks. */
export interface Publication {
  /** `true`: publication checks are available. */
  supported: boolean;
  /** Decision, summary, or not a decision. */
  source: PublicationSource;
  /** 执法类别, or `null` when it could not be determined. */
  category: Category | null;
  /** The six summary fields, in the order of 公示制度（十四）2. */
  fields: SummaryField[];
  /** A publication summary built from the masked decision (decisions only). */
  summaryText: string | null;
  /** The decision date used for the deadline. */
  decisionDate: DateString | null;
  /** The publication date used (option `publicationDate`, or the summary's 公开日期). */
  publicationDate: DateString | null;
  /** What is known about the party. */
  party: Party;
  /** The publication deadline: 7 working days for 行政处罚/行政强制/行政许可/行政征收, 20 for others. */
  deadline: Duty | null;
  /** The withdrawal deadline (3 working days), when `revocationDate` is given. */
  withdrawal: Duty | null;
  /** The deadline to tell the inspected party test results (3 working days), when `testResultsDate` is given. */
  testResults: Duty | null;
  /** The publication period and take-down date. */
  period: Period | null;
  /** The decision must be published in full (准予行政许可, 行政征收). */
  fullTextRequired: boolean;
  /** Exclusion grounds the officer must decide on. */
  questions: Question[];
  /** `false` when something blocks publication (an exclusion, a missing summary field, a summary where the full text is required). */
  mayPublish: boolean;
  /** Findings of the publication checks (codes `publication.*`). */
  findings: Finding[];
}

/** Answers to the exclusion questions: `true` means the ground applies and the decision is not published. */
export interface ExclusionAnswers {
  /** 公示制度（三）1: the party is a minor (overrides the detection). */
  minor?: boolean;
  /** （三）2: the main facts involve state secrets, trade secrets or personal privacy. */
  secrets?: boolean;
  /** （三）3: publication could endanger national, public or economic security or social stability. */
  security?: boolean;
  /** （三）4: a higher government or department found it unsuitable for publication. */
  superiorObjection?: boolean;
  /** （三）5: publication could obstruct enforcement. */
  obstruction?: boolean;
  /** （三）6: a law, regulation or rule forbids publication. */
  legalProhibition?: boolean;
}

/** Publication options. */
export interface PublicationOptions {
  /** The decision date, overriding the one read from the text. */
  decisionDate?: DateString;
  /** The date the decision is (or was) published: checks the deadline, gives the take-down date. */
  publicationDate?: DateString;
  /** The date the document revoking a published decision was received: gives the withdrawal deadline. */
  revocationDate?: DateString;
  /** The date the revoked decision was actually withdrawn. */
  withdrawalDate?: DateString;
  /** The date test results were received: gives the deadline to tell the inspected party. */
  testResultsDate?: DateString;
  /** Holiday and 调休 data added to the embedded official schedules. */
  extraHolidays?: ExtraHolidays;
  /** Whether the party is a natural person, when the text does not make it clear. */
  partyKind?: PublicationPartyKind;
  /** How the decision will be published. */
  publicationMode?: 'fullText' | 'summary';
  /** Answers to the exclusion questions. */
  exclusions?: ExclusionAnswers;
  /** A summary someone wrote for this decision, checked against it. */
  publicationSummary?: string;
}

/** The enforcement action an audio-visual record documents. */
export type MeasureType =
  | 'inspection'
  | 'investigation'
  | 'evidencePreservation'
  | 'hearing'
  | 'sealing'
  | 'seizure'
  | 'demolition'
  | 'otherCoercion'
  | 'serviceByLeaving'
  | 'serviceByNotice'
  | 'service'
  | 'penalty'
  | 'licensing'
  | 'expropriation'
  | 'other';

/** A person present at the scene (记录制度（十一）2). */
export interface PersonPresent {
  /** Name. */
  name?: string;
  /** Role at the scene. */
  role?: 'officer' | 'party' | 'partyAgent' | 'witness' | 'other';
  /** 执法证件号, for officers. */
  certificateNo?: string;
}

/** The pre-use device check (记录制度（十五）). */
export interface DeviceCheck {
  /** Device identifier. */
  device?: string;
  /** Performance checked and working. */
  performance?: boolean;
  /** Battery checked and sufficient. */
  battery?: boolean;
  /** Storage space checked and sufficient. */
  storage?: boolean;
  /** System clock calibrated. */
  clockCalibrated?: boolean;
  /** Remaining clock difference after calibration, seconds (device minus standard). */
  clockOffsetSeconds?: number;
  /** When the check was made. */
  checkedAt?: DateTimeString;
}

/** One interruption of the recording (记录制度（十六）). */
export interface Interruption {
  /** When recording stopped. */
  from?: DateTimeString;
  /** When it resumed; absent when it could not be resumed. */
  to?: DateTimeString;
  /** The cause. */
  cause?: 'weather' | 'deviceFailure' | 'deviceDamage' | 'battery' | 'storage' | 'other';
  /** The reason in words (required for `other`). */
  reason?: string;
  /** The reason was stated on the recording after it resumed. */
  voiceExplanation?: boolean;
}

/** The report to the head of the agency on a lost or stopped recording. */
export interface LostReport {
  /** Who it was reported to. */
  reportedTo?: string;
  /** When. */
  reportedAt?: DateTimeString;
  /** What was explained and recorded. */
  explanation?: string;
}

/** One copy made of the recording. */
export interface CopyRecord {
  /** Made because handling the case required it. */
  forCaseHandling?: boolean;
  /** The head of the agency who approved it. */
  approvedBy?: string;
  /** When it was made. */
  madeAt?: DateTimeString;
  /** Purpose in words. */
  purpose?: string;
}

/** Grounds on which evidence loses legal force (记录制度（四）). */
export type EvidenceIssue =
  | 'illegalProcedure'
  | 'covertRecording'
  | 'improperMeans'
  | 'uncorroboratedCopy'
  | 'technicallyAltered'
  | 'incompetentWitness'
  | 'uncertifiedForeign'
  | 'other';

/** The structured record an officer fills in for one audio-visual record. Every field is optional; what the rules need and is missing is reported. Unknown fields are an error. */
export interface RecordForm {
  /** Case or document number, for reference. */
  caseNumber?: string;
  /** The enforcement action recorded. */
  measureType?: MeasureType;
  /** A coercive measure that may affect personal liberty, health or major property: full recording is mandatory. */
  highImpact?: boolean;
  /** An audio-visual record was made (default `true`). */
  avRecorded?: boolean;
  /** The whole action was recorded, apart from the listed interruptions. */
  fullProcess?: boolean;
  /** 执法行为开始时间. */
  startTime?: DateTimeString;
  /** 执法行为结束时间. */
  endTime?: DateTimeString;
  /** 现场人员. */
  peoplePresent?: PersonPresent[];
  /** The party was absent. */
  partyAbsent?: boolean;
  /** 现场环境及执法情况. */
  scene?: string;
  /** 涉案场所、设施、设备和财物. */
  items?: string[];
  /** The pre-use device check. */
  deviceCheck?: DeviceCheck;
  /** Interruptions of the recording. */
  interruptions?: Interruption[];
  /** Recorded information was lost. */
  recordLost?: boolean;
  /** The report on a lost or stopped recording. */
  lostReport?: LostReport;
  /** Continuous, away or remote work kept the officers from transferring promptly. */
  awayWork?: boolean;
  /** When the officers returned to the agency. */
  returnTime?: DateTimeString;
  /** When the recording was transferred to storage. */
  storageTransferTime?: DateTimeString;
  /** Where it is stored. */
  storage?: { kind?: 'dedicatedDevice' | 'designatedPlatform' | 'other'; location?: string };
  /** A written explanation (文字说明材料) was prepared. */
  textExplanation?: boolean;
  /** Copies made. */
  copies?: CopyRecord[];
  /** The original was altered, deleted or damaged. */
  originalAltered?: boolean;
  /** Evidence items and their known problems. */
  evidence?: { name?: string; issues?: EvidenceIssue[] }[];
  /** The recording is used as evidence. */
  usedAsEvidence?: boolean;
  /** The evidence disc label: 制作方法、制作时间、制作人、证明对象. */
  disc?: { method?: string; madeAt?: DateString; maker?: string; proves?: string; archived?: boolean };
  /** The case file is archived. */
  archived?: boolean;
  /** 案件办结日期. */
  caseClosureDate?: DateString;
  /** The recording is kept until this date. */
  retentionUntil?: DateString;
}

/** Result of checking a record form against 记录制度（四）–（二十）. */
export interface RecordReport {
  /** `true` when no rule failed with severity `error`. */
  ok: boolean;
  /** One finding per failed rule (codes `record.*`, no spans). */
  findings: Finding[];
  /** `fields[i]` is the form field `findings[i]` is about, e.g. `'deviceCheck.clockCalibrated'`, `'interruptions[1].reason'`. */
  fields: string[];
  /** Full audio-visual recording is mandatory for this action (记录制度（十一）). */
  fullRecordingRequired: boolean;
  /** Length of the action in minutes. */
  durationMinutes: number | null;
  /** Hours from the return to the agency (or the end of the action) to the storage transfer. */
  transferDelayHours: number | null;
  /** The earliest allowed end of retention: case closure + 6 months. */
  retentionMinimum: DateString | null;
}
