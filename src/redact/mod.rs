//! The masking engine: finds personal data (个人信息) in a document and masks it, following
//! 公示制度（十四）1 of the founding notice, while keeping what is published on purpose
//! (公示制度（八）: officers, their certificates, the agency's contacts).
//!
//! Data flows one way:
//!
//! 1. the canonical view of the [`Doc`] is scanned once for digit chains ([`digits`]) and once
//!    for every cue word of every recognizer ([`lexicon`]); the line structure is read once
//!    ([`layout`]);
//! 2. recognizers (one module per kind: pattern + validator + context cues) propose
//!    [`Candidate`]s; person names are found from role cues and list structure ([`names`]) and
//!    then everywhere the same person is named ([`persons`]);
//! 3. [`resolve`] keeps the best of overlapping candidates, so spans never overlap;
//! 4. the [`Policy`] decides per kind and role: masked items become [`Finding`]s with a
//!    [`PiiDetail`] (replacement included), kept items are explained in [`Redaction::kept`];
//! 5. [`apply`] writes the masked text, changing nothing outside the masked spans, and
//!    [`residual`] warns about what still looks personal.

pub mod address;
pub mod bank;
pub mod birth;
pub mod checksum;
pub mod context;
pub mod digits;
pub mod email;
pub mod health;
pub mod id_card;
pub mod keep;
pub mod layout;
pub mod lexicon;
pub mod names;
pub mod passport;
pub mod persons;
pub mod phone;
pub mod plate;
pub mod policy;
pub mod property;
pub mod residual;
pub mod social;
pub mod terms;

use serde::Serialize;

use crate::doc::Doc;
use crate::finding::{Finding, Severity, Span, Text};
use crate::options::Options;
use crate::render::MapSpans;

pub use policy::{Action, BasePolicy, Policy, PolicyOption, PolicyRule};

/// What kind of item a span is. Names match the corpus labels (snake_case); options also
/// accept the camelCase spellings (`mobilePhone`).
///
/// The first group is personal data hidden by default; the second group is recognised so that
/// it is *not* mistaken for personal data, and kept by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PiiKind {
    /// 居民身份证号码 (18-digit GB 11643, legacy 15-digit).
    IdCard,
    /// 手机号码.
    MobilePhone,
    /// A person's private landline (住宅电话…).
    LandlinePhone,
    /// E-mail address.
    Email,
    /// WeChat / QQ and similar accounts.
    SocialAccount,
    /// Bank account or card number of a person or an organisation.
    BankAccount,
    /// Passport, 港澳/台湾 travel permit numbers.
    Passport,
    /// 家庭住址 / 户籍地 / 居住地 of a natural person.
    HomeAddress,
    /// Injuries, diagnoses, treatment, disability (phrase level).
    HealthInfo,
    /// Vehicle licence plate.
    LicensePlate,
    /// 不动产 / 房屋 / 土地 / 机动车登记 certificate numbers.
    PropertyCert,
    /// A vehicle's identification number (车辆识别代号, VIN): it names the vehicle, and so its
    /// keeper, as its plate does.
    VehicleId,
    /// A trade secret named by the caller.
    TradeSecret,
    /// A person's name (the role decides whether it is hidden).
    PersonName,
    /// The party's date of birth (hidden under the strict policy).
    BirthDate,
    /// A term from the caller's deny list.
    Custom,
    /// The agency's public phone (kept).
    AgencyPhone,
    /// The 财政/非税 account that receives fines (kept).
    AgencyBankAccount,
    /// The agency's public address (kept).
    AgencyAddress,
    /// A company's registered address or business premises (kept).
    OrgAddress,
    /// An organisation's landline (单位电话, a law firm's line): not personal data (kept).
    OrgPhone,
    /// An officer's 执法证号 (kept).
    OfficerCert,
    /// 统一社会信用代码, GB 32100 (kept).
    Uscc,
    /// Serials, report numbers, payment codes… that fail the personal-data checks (kept).
    NonPiiNumber,
}

crate::json::serialize_by_name!(PiiKind);
crate::json::json_enum!(PiiKind {
    "id_card" => IdCard,
    "mobile_phone" => MobilePhone,
    "landline_phone" => LandlinePhone,
    "email" => Email,
    "social_account" => SocialAccount,
    "bank_account" => BankAccount,
    "passport" => Passport,
    "home_address" => HomeAddress,
    "health_info" => HealthInfo,
    "license_plate" => LicensePlate,
    "property_cert" => PropertyCert,
    "vehicle_id" => VehicleId,
    "trade_secret" => TradeSecret,
    "person_name" => PersonName,
    "birth_date" => BirthDate,
    "custom" => Custom,
    "agency_phone" => AgencyPhone,
    "agency_bank_account" => AgencyBankAccount,
    "agency_address" => AgencyAddress,
    "org_address" => OrgAddress,
    "org_phone" => OrgPhone,
    "officer_cert" => OfficerCert,
    "uscc" => Uscc,
    "non_pii_number" => NonPiiNumber,
} aliases {
    "mobilePhone" => MobilePhone,
    "landlinePhone" => LandlinePhone,
    "socialAccount" => SocialAccount,
    "bankAccount" => BankAccount,
    "homeAddress" => HomeAddress,
    "healthInfo" => HealthInfo,
    "licensePlate" => LicensePlate,
    "propertyCert" => PropertyCert,
    "vehicleId" => VehicleId,
    "tradeSecret" => TradeSecret,
    "personName" => PersonName,
    "birthDate" => BirthDate,
    "agencyPhone" => AgencyPhone,
    "agencyBankAccount" => AgencyBankAccount,
    "agencyAddress" => AgencyAddress,
    "orgAddress" => OrgAddress,
    "orgPhone" => OrgPhone,
    "officerCert" => OfficerCert,
    "nonPiiNumber" => NonPiiNumber,
});

impl PiiKind {
    /// Stable code suffix, as in `pii.id_card`.
    pub fn as_str(self) -> &'static str {
        match self {
            PiiKind::IdCard => "id_card",
            PiiKind::MobilePhone => "mobile_phone",
            PiiKind::LandlinePhone => "landline_phone",
            PiiKind::Email => "email",
            PiiKind::SocialAccount => "social_account",
            PiiKind::BankAccount => "bank_account",
            PiiKind::Passport => "passport",
            PiiKind::HomeAddress => "home_address",
            PiiKind::HealthInfo => "health_info",
            PiiKind::LicensePlate => "license_plate",
            PiiKind::PropertyCert => "property_cert",
            PiiKind::VehicleId => "vehicle_id",
            PiiKind::TradeSecret => "trade_secret",
            PiiKind::PersonName => "person_name",
            PiiKind::BirthDate => "birth_date",
            PiiKind::Custom => "custom",
            PiiKind::AgencyPhone => "agency_phone",
            PiiKind::AgencyBankAccount => "agency_bank_account",
            PiiKind::AgencyAddress => "agency_address",
            PiiKind::OrgAddress => "org_address",
            PiiKind::OrgPhone => "org_phone",
            PiiKind::OfficerCert => "officer_cert",
            PiiKind::Uscc => "uscc",
            PiiKind::NonPiiNumber => "non_pii_number",
        }
    }

    /// The label written in place of the value (without brackets). Labels never contain digits
    /// or Latin letters, so they cannot reuse characters of a hidden number.
    pub fn label(self) -> Text {
        let (zh, en) = self.names();
        Text::new(zh, en)
    }

    /// The label in Chinese and English, without allocating.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            PiiKind::IdCard => ("身份证号码", "ID number"),
            PiiKind::MobilePhone => ("手机号码", "mobile number"),
            PiiKind::LandlinePhone => ("固定电话", "landline number"),
            PiiKind::Email => ("电子邮箱", "e-mail address"),
            PiiKind::SocialAccount => ("社交账号", "social-media account"),
            PiiKind::BankAccount => ("银行账号", "bank account"),
            PiiKind::Passport => ("证件号码", "passport or permit number"),
            PiiKind::HomeAddress => ("住址", "home address"),
            PiiKind::HealthInfo => ("健康状况", "health condition"),
            PiiKind::LicensePlate => ("车牌号码", "licence plate"),
            PiiKind::PropertyCert => ("权属证书编号", "property certificate number"),
            PiiKind::VehicleId => ("车辆识别代号", "vehicle identification number"),
            PiiKind::TradeSecret => ("商业秘密", "trade secret"),
            PiiKind::PersonName => ("姓名", "name"),
            PiiKind::BirthDate => ("出生日期", "date of birth"),
            PiiKind::Custom => ("已隐去", "withheld"),
            PiiKind::AgencyPhone => ("机关电话", "agency phone"),
            PiiKind::AgencyBankAccount => ("财政收款账号", "account receiving fines"),
            PiiKind::AgencyAddress => ("机关地址", "agency address"),
            PiiKind::OrgAddress => ("单位地址", "organisation address"),
            PiiKind::OrgPhone => ("单位电话", "organisation phone"),
            PiiKind::OfficerCert => ("执法证号", "enforcement certificate number"),
            PiiKind::Uscc => ("统一社会信用代码", "unified social credit code"),
            PiiKind::NonPiiNumber => ("编号", "serial number"),
        }
    }

    /// The rule of the founding notice the decision rests on.
    pub fn basis(self, action: Action) -> &'static str {
        if action == Action::Keep {
            match self {
                PiiKind::AgencyPhone
                | PiiKind::AgencyBankAccount
                | PiiKind::AgencyAddress
                | PiiKind::OfficerCert => "公示制度（八）",
                _ => "公示制度（十四）1",
            }
        } else {
            "公示制度（十四）1"
        }
    }
}

/// Who an item belongs to, or the function of a named person. Names are snake_case; options
/// also accept `legalRep` and `legalAgent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// The party (当事人) or its own data.
    Party,
    /// The party's 法定代表人 / 负责人.
    LegalRep,
    /// An enforcement officer (执法人员, 听证主持人…).
    Officer,
    /// A witness or a person questioned (证人, 被询问人).
    Witness,
    /// 法定代理人 / 监护人.
    LegalAgent,
    /// 委托代理人, lawyer.
    Agent,
    /// 鉴定人.
    Appraiser,
    /// Other persons in the facts: employees, injured workers, informants, accompanying staff.
    Other,
    /// The agency itself (its phone, address, account).
    Agency,
    /// Not determined.
    Unknown,
}

crate::json::serialize_by_name!(Role);
crate::json::json_enum!(Role {
    "party" => Party,
    "legal_rep" => LegalRep,
    "officer" => Officer,
    "witness" => Witness,
    "legal_agent" => LegalAgent,
    "agent" => Agent,
    "appraiser" => Appraiser,
    "other" => Other,
    "agency" => Agency,
    "unknown" => Unknown,
} aliases {
    "legalRep" => LegalRep,
    "legalAgent" => LegalAgent,
});

impl Role {
    /// Chinese name of the role, for messages.
    pub fn zh(self) -> &'static str {
        match self {
            Role::Party => "当事人",
            Role::LegalRep => "法定代表人",
            Role::Officer => "执法人员",
            Role::Witness => "证人",
            Role::LegalAgent => "法定代理人",
            Role::Agent => "委托代理人",
            Role::Appraiser => "鉴定人",
            Role::Other => "其他人员",
            Role::Agency => "执法机关",
            Role::Unknown => "未确定",
        }
    }

    /// English name of the role, for messages.
    pub fn en(self) -> &'static str {
        match self {
            Role::Party => "party",
            Role::LegalRep => "legal representative",
            Role::Officer => "officer",
            Role::Witness => "witness",
            Role::LegalAgent => "legal guardian",
            Role::Agent => "authorised agent",
            Role::Appraiser => "appraiser",
            Role::Other => "other person",
            Role::Agency => "agency",
            Role::Unknown => "unknown owner",
        }
    }
}

/// What the validators said about a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Validity {
    /// Checksum, date or format validators passed.
    Passed,
    /// A validator failed; the item was still masked (or kept) because of its context.
    Failed,
    /// No validator applies to this kind.
    None,
}

/// How a masking finding was reached and what replaced the value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PiiDetail {
    /// The kind of personal data.
    pub kind: PiiKind,
    /// Whose it is, or the function of the person named.
    pub role: Role,
    /// The recognizer that matched.
    pub recognizer: &'static str,
    /// The context word that fired, if any (a label such as 身份证号, never the value).
    pub cue: Option<&'static str>,
    /// What the validators said.
    pub validity: Validity,
    /// Confidence between 0 and 1.
    pub score: f32,
    /// What the policy decided.
    pub action: Action,
    /// For person names: the same number for every mention of the same person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<u32>,
    /// The text written in place of the value.
    pub replacement: String,
}

/// An item a recognizer found and the policy keeps visible, with the reason.
///
/// Kept items never carry a replacement: they are explanations, not edits.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Kept {
    /// Where it is (byte offsets into the original text; UTF-16 units in JavaScript).
    pub span: Span,
    /// What it is.
    pub kind: PiiKind,
    /// Whose it is.
    pub role: Role,
    /// The recognizer that matched.
    pub recognizer: &'static str,
    /// The context word that fired, if any.
    pub cue: Option<&'static str>,
    /// What the validators said.
    pub validity: Validity,
    /// Confidence between 0 and 1.
    pub score: f32,
    /// For person names: the same number for every mention of the same person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<u32>,
    /// Why it stays.
    pub reason: Text,
    /// The rule it rests on.
    pub basis: &'static str,
}

impl MapSpans for Kept {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.span.map_spans(f);
    }
}

/// A recognizer's raw match, in canonical-view offsets.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Canonical byte range.
    pub span: Span,
    /// Kind of data.
    pub kind: PiiKind,
    /// Owner or function.
    pub role: Role,
    /// Which recognizer matched.
    pub recognizer: &'static str,
    /// The context label that fired.
    pub cue: Option<&'static str>,
    /// Validator result.
    pub validity: Validity,
    /// Confidence.
    pub score: f32,
    /// Extra explanation (e.g. a likely typo).
    pub note: Option<Text>,
    /// Person number, for names.
    pub entity: Option<u32>,
    /// Length in bytes of the surname at the start of a name.
    pub surname_len: usize,
    /// Inside a term of the caller's allow list: always kept.
    pub allowed: bool,
}

impl Candidate {
    /// A candidate with the common defaults (no note, no entity).
    pub fn new(
        span: Span,
        kind: PiiKind,
        role: Role,
        recognizer: &'static str,
        cue: Option<&'static str>,
        validity: Validity,
        score: f32,
    ) -> Self {
        Candidate {
            span,
            kind,
            role,
            recognizer,
            cue,
            validity,
            score,
            note: None,
            entity: None,
            surname_len: 0,
            allowed: false,
        }
    }
}

/// The masked text, what was masked, what was deliberately kept, and residual warnings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Redaction {
    /// The text with every masked span replaced.
    pub text: String,
    /// One finding per masked item, sorted by position, never overlapping; each carries
    /// `pii.replacement`. Exactly these edits turn the original into `text`.
    pub findings: Vec<Finding>,
    /// Items recognised and kept visible on purpose (officers, agency contacts, the party's
    /// name under the default policy, credit codes, serials…), sorted by position.
    pub kept: Vec<Kept>,
    /// What still looks personal after masking (`pii.residual.*`, severity warning, no
    /// replacement): a form may block on these. `pii.unsettled` when masking did not settle
    /// and the whole text was masked.
    pub warnings: Vec<Finding>,
}

impl MapSpans for Redaction {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.findings.map_spans(f);
        self.kept.map_spans(f);
        self.warnings.map_spans(f);
    }
}

/// Everything the recognizers share about one document, computed once.
pub struct Scan<'t> {
    /// The canonical view.
    pub text: &'t str,
    /// Maximal runs of ASCII letters and digits.
    pub tokens: Vec<Span>,
    /// Digit chains.
    pub chains: digits::Chains,
    /// Positions of `@`, in order.
    pub ats: Vec<usize>,
    /// Cue words of all recognizers, in text order.
    pub hits: Vec<lexicon::Hit>,
    /// Lines and their zones.
    pub layout: layout::Layout,
}

impl<'t> Scan<'t> {
    /// Scans `text` (a canonical view).
    pub fn new(text: &'t str) -> Self {
        Self::from_parts(text, lexicon::scan(text), digits::ascii_marks(text))
    }

    /// The scan of `text`, an edited copy of the text `old` scanned: `moved` gives each edit's
    /// range in the old text and the range of its replacement in `text` (see
    /// [`crate::text::Normalized::spliced`]). The same as `Scan::new(text)`; the cue words
    /// away from the edits are moved instead of found again (the cue-word scan is the
    /// costliest part of a scan, and a masked text is scanned once more to check it).
    pub fn spliced(old: &Scan<'_>, text: &'t str, moved: &[(Span, Span)]) -> Self {
        Self::from_parts(
            text,
            lexicon::rescan(old.text, &old.hits, text, moved),
            digits::ascii_marks(text),
        )
    }

    fn from_parts(text: &'t str, hits: Vec<lexicon::Hit>, marks: digits::AsciiMarks) -> Self {
        let layout = layout::Layout::new(text, &hits, &marks.newlines, marks.columns);
        let (tokens, ats) = (marks.tokens, marks.ats);
        Scan {
            text,
            chains: digits::chains(text, &tokens),
            ats,
            tokens,
            hits,
            layout,
        }
    }
}

/// A first capacity for a list of items found in a text of `len` bytes, about one per
/// `bytes_per_item` bytes (capped: past that, growth is cheap relative to the text). Typical
/// documents then fill their lists without reallocating them several times over.
pub(crate) fn capacity_for(len: usize, bytes_per_item: usize) -> usize {
    (len / bytes_per_item).min(4096) + 8
}

/// Most passes over the masked text after the first. Each pass that finds anything adds at
/// least one finding; real documents settle after one. A chain in which each masking brings the
/// next item's cue into reach (long runs without a sentence end, one phrase after another) can
/// take several; the cap bounds the work on hostile input.
const MAX_ROUNDS: usize = 16;

/// Runs every recognizer on the document and masks what the policy says to mask.
///
/// Masking is idempotent by construction: the masked text is scanned again, and whatever that
/// pass finds is added, mapped back onto the original text, until a pass finds nothing (or,
/// after 16 passes, the whole text is masked with a `pii.unsettled` warning).
/// Masking changes the text around a value (a cue word comes closer, a token boundary
/// appears where a long number was), so a fixed point is the only way to guarantee that a
/// second `redact` of the output masks nothing new.
pub fn run(doc: &Doc<'_>, opts: &Options) -> Redaction {
    let first = Scan::new(doc.norm.as_str());
    let mut r = pass(doc, &first, opts, false);
    // Nothing masked: the text is unchanged and a second pass would read the same.
    if r.findings.is_empty() {
        return r;
    }
    for _ in 0..MAX_ROUNDS {
        // The masked text's canonical view and scan, from the original's where that is exact.
        let spliced = doc
            .norm
            .spliced(&r.text, &edits(doc.original(), &r.findings));
        let (masked, moved) = match spliced {
            Some((norm, moved)) => (Doc::from_normalized(norm), Some(moved)),
            None => (Doc::new(&r.text), None),
        };
        let text = masked.norm.as_str();
        let scan = match moved {
            Some(moved) => Scan::spliced(&first, text, &moved),
            None => Scan::new(text),
        };
        let again = pass(&masked, &scan, opts, true);
        if again.findings.is_empty() {
            return r;
        }
        absorb(doc.original(), &mut r, again.findings);
    }
    unsettled(doc.original(), r)
}

/// What replaces a text whose masking did not settle within [`MAX_ROUNDS`] passes.
const UNSETTLED: &str = "[文本结构异常，已全部隐去]";

/// A text whose masking has not settled after [`MAX_ROUNDS`] passes (only crafted input has
/// been seen to chain that far) is masked whole, under the first masked item, with a warning:
/// the one result that a second pass certainly leaves as it is.
fn unsettled(original: &str, mut r: Redaction) -> Redaction {
    let Some(mut f) = r.findings.first().cloned() else {
        return r;
    };
    f.span = Some(Span::new(0, original.len()));
    if let Some(p) = f.pii.as_deref_mut() {
        p.replacement = UNSETTLED.to_string();
    }
    f.message = Text::new(
        concat(&["全文已替换为“", UNSETTLED, "”。"]),
        concat(&["The whole text was replaced by “", UNSETTLED, "”."]),
    );
    let warning = Finding::new(
        "pii.unsettled",
        Severity::Warning,
        Text::new(
            "隐去个人信息的结果经多轮复核仍未稳定，已将全文隐去；请检查文本是否完整、格式是否正常。",
            "Masking did not settle after repeated passes, so the whole text was hidden; check that the text is complete and well formed.",
        ),
    )
    .with_basis("公示制度（十四）1");
    r.text = UNSETTLED.to_string();
    r.findings = vec![f];
    r.kept.clear();
    r.warnings = vec![warning];
    r
}

/// Adds findings of a pass over `r.text` (spans in masked-text offsets) to `r` (spans in
/// `original` offsets). A new span that reaches into an earlier replacement grows to cover
/// it whole, and then replaces the earlier finding; new spans that meet inside one
/// replacement become one finding.
fn absorb(original: &str, r: &mut Redaction, mut new: Vec<Finding>) {
    // (original span, span of its replacement in the masked text), in text order.
    let mut edits: Vec<(Span, Span)> = Vec::with_capacity(r.findings.len());
    let mut shift: isize = 0;
    for f in &r.findings {
        let (Some(s), Some(p)) = (f.span, f.pii.as_deref()) else {
            continue;
        };
        let ms = s.start.saturating_add_signed(shift);
        edits.push((s, Span::new(ms, ms + p.replacement.len())));
        shift += p.replacement.len() as isize - s.len() as isize;
    }
    // Grows a masked-text span to the whole replacements it reaches into.
    let expand = |s: Span| -> Span {
        let mut out = s;
        let k = edits.partition_point(|(_, m)| m.end <= s.start);
        for (_, m) in edits[k..].iter().take_while(|(_, m)| m.start < s.end) {
            out.start = out.start.min(m.start);
            out.end = out.end.max(m.end);
        }
        out
    };
    // A masked-text offset outside every replacement -> the original offset.
    let to_original = |p: usize| -> usize {
        let k = edits.partition_point(|(_, m)| m.start < p);
        match k.checked_sub(1).map(|i| edits[i]) {
            Some((o, m)) => p - m.end + o.end,
            None => p,
        }
    };
    new.retain(|f| f.span.is_some() && f.pii.is_some());
    crate::sort::by_key(&mut new, |f| f.span.map_or(0, |s| s.start) as u128);
    // Clusters of new findings whose grown spans touch, each becoming one finding.
    let mut clusters: Vec<(Span, Vec<Finding>)> = Vec::new();
    for f in new {
        let Some(s) = f.span else { continue };
        let grown = expand(s);
        match clusters.last_mut() {
            Some((span, members)) if span.end > grown.start => {
                span.end = span.end.max(grown.end);
                members.push(f);
            }
            _ => clusters.push((grown, vec![f])),
        }
    }
    let masked = std::mem::take(&mut r.text);
    // The absorbed findings, disjoint and in text order; merged into the result once at the
    // end (inserting each into the sorted list shifted it every time).
    let mut added: Vec<Finding> = Vec::with_capacity(clusters.len());
    for (m, members) in clusters {
        // The replacement reproduces what the second pass wrote over this stretch.
        let mut replacement = String::new();
        let mut at = m.start;
        for f in &members {
            let (Some(s), Some(p)) = (f.span, f.pii.as_deref()) else {
                continue;
            };
            replacement.push_str(masked.get(at..s.start).unwrap_or_default());
            replacement.push_str(&p.replacement);
            at = s.end;
        }
        replacement.push_str(masked.get(at..m.end).unwrap_or_default());
        let span = Span::new(to_original(m.start), to_original(m.end));
        if span.end > original.len() || span.start > span.end {
            continue;
        }
        let Some(mut f) = members.into_iter().next() else {
            continue;
        };
        f.span = Some(span);
        if let Some(p) = f.pii.as_deref_mut() {
            p.replacement = replacement;
        }
        added.push(f);
    }
    // What an absorbed finding covers replaces the findings, kept items and warnings there.
    let spans: Vec<Span> = added.iter().filter_map(|f| f.span).collect();
    let covered = |o: &Span| {
        let i = spans.partition_point(|s| s.end <= o.start);
        spans.get(i).is_some_and(|s| s.overlaps(o))
    };
    if !added.is_empty() {
        r.findings
            .retain(|old| old.span.is_none_or(|o| !covered(&o)));
        r.kept.retain(|k| !covered(&k.span));
        r.warnings.retain(|w| w.span.is_none_or(|o| !covered(&o)));
        r.findings.extend(added);
        crate::sort::by_key(&mut r.findings, |f| f.span.map_or(0, |s| s.start) as u128);
    }
    r.text = apply(original, &r.findings);
}

/// One pass of every recognizer over `doc`. A `check` pass (over already masked text, see
/// [`run`]) only needs the findings: it leaves out the kept items, the residual warnings and,
/// when nothing is found, the masked text.
fn pass(doc: &Doc<'_>, scan: &Scan<'_>, opts: &Options, check: bool) -> Redaction {
    let policy = &opts.policy.0;
    let text = doc.norm.as_str();
    let mut cands = Vec::with_capacity(capacity_for(text.len(), 128));
    // Names first: data recognizers read who owns a number from the names around it.
    let people = names::find(scan);
    let mut registry = persons::Registry::build(scan, &people);
    let owners = registry.resolved();
    id_card::find(scan, &owners, &mut cands);
    phone::find(scan, &owners, &mut cands);
    bank::find(scan, &owners, &mut cands);
    keep::find(scan, &mut cands);
    email::find(scan, &owners, &mut cands);
    social::find(scan, &mut cands);
    passport::find(scan, &mut cands);
    plate::find(scan, &mut cands);
    property::find(scan, &mut cands);
    address::find(scan, &mut cands);
    address::bare_flats(scan, &mut cands);
    birth::find(scan, &mut cands);
    let ids: Vec<(Span, Role)> = cands
        .iter()
        .filter(|c| c.kind == PiiKind::IdCard)
        .map(|c| (c.span, c.role))
        .collect();
    address::after_ids(text, &ids, &mut cands);
    let first_name = cands.len();
    registry.candidates(scan, &mut cands);
    // Health phrases start after the injured person's name, wherever it is named.
    // 住 after a name, wherever the person is named (a repeat, a list) in a description.
    let named: Vec<(Span, Role)> = cands[first_name..]
        .iter()
        .map(|c| (c.span, c.role))
        .collect();
    address::after_names(scan, &named, &mut cands);
    address::after_names(scan, &pseudonyms_after_cues(scan), &mut cands);
    let mut name_spans: Vec<Span> = named.iter().map(|n| n.0).collect();
    crate::sort::by_key(&mut name_spans, |s| s.start as u128);
    health::find(scan, &people, &name_spans, &mut cands);
    terms::find(text, policy, &mut cands);
    // A value that is already a mask token (`[住址]`, `***`) is not masked again: this keeps a
    // second pass over masked text from finding anything.
    let cands = resolve(cands, |c| already_masked(&text[c.span.start..c.span.end]));
    let mut cands = terms::apply_allow(text, policy, cands);
    align_values(scan, &mut cands, policy);
    number_repeats(scan, &mut cands, policy);
    address::repeats(text, &mut cands, |c| {
        !c.allowed && policy.action(c.kind, c.role) != Action::Keep
    });
    let pseudonyms = registry.pseudonyms(text, &cands, policy);

    let claimed: Vec<Span> = cands.iter().map(|c| c.span).collect();
    let mut findings = Vec::new();
    let mut kept = Vec::new();
    for c in cands {
        let action = if c.allowed {
            Action::Keep
        } else {
            policy.action(c.kind, c.role)
        };
        let span = doc.norm.to_original(c.span);
        if span.is_empty() {
            continue;
        }
        if action == Action::Keep {
            if !check {
                kept.push(to_kept(c, span, action));
            }
        } else {
            let value = &doc.original()[span.start..span.end];
            let replacement = replacement(&c, value, action, &pseudonyms);
            findings.push(to_finding(c, span, action, replacement));
        }
    }
    let masked = if check && findings.is_empty() {
        String::new()
    } else {
        apply(doc.original(), &findings)
    };
    let warnings = if check {
        Vec::new()
    } else {
        residual::check(doc, scan, &claimed)
    };
    Redaction {
        text: masked,
        findings,
        kept,
        warnings,
    }
}

/// One value written twice belongs to one owner. A number or e-mail kept as the agency's only
/// because of where its line stands (no agency word in its sentence) is masked like the same
/// value masked elsewhere in the document (`☑ 手机短信，号码：…` under the party's consent,
/// after its number was given in the header).
fn align_values(scan: &Scan<'_>, cands: &mut [Candidate], policy: &Policy) {
    let text = scan.text;
    let agency_kept = |c: &Candidate| {
        matches!(c.role, Role::Agency)
            && matches!(
                c.kind,
                PiiKind::AgencyPhone | PiiKind::AgencyBankAccount | PiiKind::Email
            )
            && !c.allowed
    };
    if !cands.iter().any(agency_kept) {
        return;
    }
    // Letters and digits only, lower case: `138 5062 7419` and `13850627419` are one value.
    let value = |c: &Candidate| {
        text[c.span.start..c.span.end]
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
    };
    // FNV-1a of the value: the masked values sorted by it, each agency item looked up (linear
    // in the candidates however many there are).
    // (The value is ASCII letters and digits: a char is its byte.)
    let hash = |c: &Candidate| fnv1a(value(c).map(|x| x as u8));
    // An agency word in the sentence before the item, or the agency's particulars: the
    // agency's for certain.
    let agency_said = |c: &Candidate| {
        let from = context::sentence_start(text, c.span.start, 300);
        lexicon::within(&scan.hits, from, c.span.start)
            .iter()
            .any(|h| h.has(|t| matches!(t, lexicon::Tag::Zone(layout::Side::Agency))))
            || layout::agency_particular(text, &scan.hits, c.span.start)
    };
    // First the other way: a landline masked only for want of an owner (联系电话：… in a
    // report's header) is the agency's line the document names so elsewhere (值班电话：…).
    // (Only a number the agency's label names, 值班电话：…, not one a sentence of the agency
    // mentions: 本局通过电话…告知投诉人 dials the complainant.)
    let labelled = |c: &Candidate| {
        let from = context::floor_char(text, c.span.start.saturating_sub(24));
        lexicon::within(&scan.hits, from, c.span.start)
            .iter()
            .any(|h| {
                h.has(|t| matches!(t, lexicon::Tag::Zone(layout::Side::Agency)))
                    && text[h.end..c.span.start]
                        .trim_matches(|ch: char| ch == ':' || ch == ' ')
                        .is_empty()
            })
    };
    let mut said: Vec<(u64, usize)> = (0..cands.len())
        .filter(|&i| cands[i].kind == PiiKind::AgencyPhone && agency_kept(&cands[i]))
        .filter(|&i| labelled(&cands[i]))
        .map(|i| (hash(&cands[i]), i))
        .collect();
    crate::sort::by_key(&mut said, |&(h, _)| h as u128);
    for i in 0..cands.len() {
        if said.is_empty() {
            break;
        }
        let c = &cands[i];
        if c.kind != PiiKind::LandlinePhone || c.role != Role::Unknown || c.allowed {
            continue;
        }
        let h = hash(c);
        let from = said.partition_point(|&(x, _)| x < h);
        if said[from..]
            .iter()
            .take_while(|&&(x, _)| x == h)
            .any(|&(_, k)| value(&cands[k]).eq(value(c)))
        {
            let c = &mut cands[i];
            c.kind = PiiKind::AgencyPhone;
            c.role = Role::Agency;
            c.note = Some(Text::new(
                "同一号码在文中已作为本机关电话保留。",
                "The same number is kept as the agency's elsewhere in the document.",
            ));
        }
    }
    let mut masked: Vec<(u64, usize)> = (0..cands.len())
        .filter(|&i| {
            let c = &cands[i];
            matches!(
                c.kind,
                PiiKind::MobilePhone
                    | PiiKind::LandlinePhone
                    | PiiKind::Email
                    | PiiKind::BankAccount
            ) && !c.allowed
                && policy.action(c.kind, c.role) != Action::Keep
        })
        .map(|i| (hash(&cands[i]), i))
        .collect();
    crate::sort::by_key(&mut masked, |&(h, _)| h as u128);
    for i in 0..cands.len() {
        if !agency_kept(&cands[i]) {
            continue;
        }
        let h = hash(&cands[i]);
        let from = masked.partition_point(|&(x, _)| x < h);
        let Some(&(_, m)) = masked[from..]
            .iter()
            .take_while(|&&(x, _)| x == h)
            .find(|&&(_, m)| value(&cands[m]).eq(value(&cands[i])))
        else {
            continue;
        };
        if agency_said(&cands[i]) {
            continue;
        }
        let (kind, role) = (cands[m].kind, cands[m].role);
        let c = &mut cands[i];
        c.kind = kind;
        c.role = role;
        c.note = Some(Text::new(
            "同一号码在文中已作为个人信息隐去。",
            "The same value is masked as personal data elsewhere in the document.",
        ));
    }
}

/// FNV-1a of a byte string: values are sorted by it and equal ones found within a run of
/// equal hashes (no hash map: its code is a sizeable part of the WebAssembly module).
pub(crate) fn fnv1a(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325_u64, |h, x| {
        (h ^ x as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Names the writer anonymised already, right after a role word (`证人李某，住…`): their
/// descriptions hold personal data as a name's do.
fn pseudonyms_after_cues(scan: &Scan<'_>) -> Vec<(Span, Role)> {
    let text = scan.text;
    let mut out = Vec::new();
    for h in &scan.hits {
        let Some(role) = h.tags.iter().find_map(|t| match t {
            lexicon::Tag::NameCue(c) if !matches!(c.role, Role::Officer | Role::Agency) => {
                Some(c.role)
            }
            _ => None,
        }) else {
            continue;
        };
        let p = context::skip_label_gap(text, h.end, 2);
        if let Some(end) = names::pseudonym_at(text, p) {
            out.push((Span::new(p, end), role));
        }
    }
    out
}

/// A number masked once is masked wherever else it is written whole with nothing to tell what
/// it is (`| 350121198304125357 |` in a table, `“…”` in a correction, after it was read under
/// its label): an ID number with a typo in it, a licence number, an account.
fn number_repeats(scan: &Scan<'_>, cands: &mut Vec<Candidate>, policy: &Policy) {
    let text = scan.text;
    let hash = |v: &str| fnv1a(v.bytes());
    let mut masked: Vec<(u64, &str, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            matches!(
                c.kind,
                PiiKind::IdCard | PiiKind::Passport | PiiKind::BankAccount | PiiKind::SocialAccount
            ) && !c.allowed
                && policy.action(c.kind, c.role) != Action::Keep
        })
        .map(|(i, c)| (&text[c.span.start..c.span.end], i))
        .filter(|(v, _)| v.len() >= 8 && v.bytes().all(|b| b.is_ascii_alphanumeric()))
        .map(|(v, i)| (hash(v), v, i))
        .collect();
    if masked.is_empty() {
        return;
    }
    crate::sort::by_key(&mut masked, |&(h, _, _)| h as u128);
    // Candidates are in text order and disjoint (see `resolve`): one walk with the tokens.
    let mut added = Vec::new();
    let mut k = 0;
    for t in &scan.tokens {
        while k < cands.len() && cands[k].span.end <= t.start {
            k += 1;
        }
        if cands.get(k).is_some_and(|c| c.span.start < t.end) {
            continue;
        }
        let v = &text[t.start..t.end];
        // Part of a web or mail address (abcdefgh123.com, @abcdefgh123) is not the value.
        let b = text.as_bytes();
        let joined = t.start > 0 && b"./@".contains(&b[t.start - 1])
            || b.get(t.end).is_some_and(|x| b".@/".contains(x));
        if v.len() < 8 || joined {
            continue;
        }
        let h = hash(v);
        let from = masked.partition_point(|&(x, _, _)| x < h);
        let Some(&(_, _, i)) = masked[from..]
            .iter()
            .take_while(|&&(x, _, _)| x == h)
            .find(|&&(_, m, _)| m == v)
        else {
            continue;
        };
        let mut c = cands[i].clone();
        c.span = *t;
        c.recognizer = "repeat";
        c.note = Some(Text::new(
            "同一号码在文中已作为个人信息隐去。",
            "The same value is masked as personal data elsewhere in the document.",
        ));
        added.push(c);
    }
    if !added.is_empty() {
        cands.extend(added);
        crate::sort::by_key(cands, |c| c.span.start as u128);
    }
}

fn already_masked(v: &str) -> bool {
    let v = crate::text::scan::trim(v);
    (v.starts_with('[') && v.ends_with(']') && !v.bytes().any(|b| b.is_ascii_digit()))
        || (!v.is_empty() && v.chars().all(|c| matches!(c, '*' | '×' | '某' | ' ')))
}

/// Keeps the best of overlapping candidates (higher score, then longer), in text order,
/// leaving out those `masked` says are already masked (also among the pieces of a phrase cut
/// around a stronger item).
pub fn resolve(mut cands: Vec<Candidate>, masked: impl Fn(&Candidate) -> bool) -> Vec<Candidate> {
    cands.retain(|c| !c.span.is_empty() && !masked(c));
    // Most often no two candidates overlap (556 of the 561 calls on the dev corpus): then all
    // are kept, in text order. The sort is stable, so candidates that tie below keep the
    // order they arrived in.
    crate::sort::by_key(&mut cands, |c| c.span.start as u128);
    if cands.windows(2).all(|w| w[0].span.end <= w[1].span.start) {
        return cands;
    }
    {
        use crate::sort::{desc, float, key4, sat};
        crate::sort::by_key(&mut cands, |c| {
            key4(!float(c.score), desc(c.span.len()), sat(c.span.start), 0)
        });
    }
    // Accepted spans (they never overlap): candidates arrive by score, not position.
    let mut taken = crate::spans::SpanSet::default();
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    for c in cands {
        let (start, end) = (c.span.start, c.span.end);
        if !taken.meets(start, end) {
            taken.insert(start, end);
            kept.push(c);
            continue;
        }
        if !matches!(c.kind, PiiKind::HealthInfo | PiiKind::HomeAddress) {
            continue;
        }
        // A phrase that runs into a stronger item keeps the pieces around it: the same pieces
        // are found again on a second pass over the masked text, so masking stays idempotent.
        let mut pieces = Vec::new();
        let mut at = start;
        for (ts, te) in taken.meeting(start, end) {
            if ts > at {
                pieces.push(Span::new(at, ts));
            }
            at = at.max(te);
        }
        if at < end {
            pieces.push(Span::new(at, end));
        }
        for p in pieces {
            taken.insert(p.start, p.end);
            let mut piece = c.clone();
            piece.span = p;
            kept.push(piece);
        }
    }
    kept.retain(|c| !masked(c));
    crate::sort::by_key(&mut kept, |c| c.span.start as u128);
    kept
}

fn replacement(
    c: &Candidate,
    value: &str,
    action: Action,
    pseudonyms: &persons::Pseudonyms,
) -> String {
    let is_name = c.kind == PiiKind::PersonName && c.surname_len > 0;
    // A given name alone (`俊杰`) has no surname in it, but its person's pseudonym.
    let pseudonymous = is_name || (c.kind == PiiKind::PersonName && c.entity.is_some());
    match action {
        Action::Remove => String::new(),
        Action::Mask => {
            // One star per character; a name keeps its surname (王**).
            let keep = if is_name { c.surname_len } else { 0 };
            let keep = keep.min(value.len());
            let (head, tail) = value.split_at(if value.is_char_boundary(keep) {
                keep
            } else {
                0
            });
            let mut s = head.to_string();
            s.extend(
                tail.chars()
                    .map(|ch| if ch.is_whitespace() { ch } else { '*' }),
            );
            s
        }
        Action::Surname if pseudonymous => pseudonyms.get(c),
        Action::Label | Action::Surname | Action::Keep => concat(&["[", c.kind.names().0, "]"]),
    }
}

/// The pieces joined into one string (allocated once; `format!` is slow in WebAssembly and
/// these messages are written for every item of every document).
fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

fn to_kept(c: Candidate, span: Span, action: Action) -> Kept {
    let (label_zh, label_en) = c.kind.names();
    let reason = match (c.kind, c.role) {
        _ if c.allowed => Text::new(
            "在调用方的允许列表中，予以保留。",
            "On the caller's allow list; kept.",
        ),
        (PiiKind::PersonName, role) => Text::new(
            concat(&[role.zh(), "姓名依公示规则保留。"]),
            concat(&["The ", role.en(), "'s name is published under the policy."]),
        ),
        (PiiKind::AgencyPhone | PiiKind::AgencyAddress | PiiKind::AgencyBankAccount, _) => {
            Text::new(
                concat(&[label_zh, "是执法机关公开的信息，予以保留。"]),
                concat(&[
                    "The ",
                    label_en,
                    " is public information of the agency; kept.",
                ]),
            )
        }
        (PiiKind::OfficerCert, _) => Text::new(
            "执法人员的执法证件编号依公示制度（八）公开。",
            "Officers' certificate numbers are published (公示制度（八）).",
        ),
        _ => Text::new(
            concat(&["识别为", label_zh, "，不属于应隐去的个人信息，予以保留。"]),
            concat(&[
                "Recognised as ",
                label_en,
                "; not personal data to hide, kept.",
            ]),
        ),
    };
    Kept {
        span,
        kind: c.kind,
        role: c.role,
        recognizer: c.recognizer,
        cue: c.cue,
        validity: c.validity,
        score: c.score,
        entity: c.entity,
        reason,
        basis: c.kind.basis(action),
    }
}

fn to_finding(c: Candidate, span: Span, action: Action, replacement: String) -> Finding {
    let (label_zh, label_en) = c.kind.names();
    let r = replacement.as_str();
    let mut message = if c.kind == PiiKind::PersonName {
        Text::new(
            concat(&[c.role.zh(), "姓名应作隐名处理，已替换为“", r, "”。"]),
            concat(&[
                "The ",
                c.role.en(),
                "'s name must be anonymised; replaced by “",
                r,
                "”.",
            ]),
        )
    } else {
        Text::new(
            concat(&[
                label_zh,
                "属于应隐去的信息（",
                c.role.zh(),
                "），已替换为“",
                r,
                "”。",
            ]),
            concat(&[
                &capitalise(label_en),
                " (",
                c.role.en(),
                ") must be hidden; replaced by “",
                r,
                "”.",
            ]),
        )
    };
    if let Some(note) = &c.note {
        message.zh.push_str(&note.zh);
        message.en.push(' ');
        message.en.push_str(&note.en);
    }
    let mut f = Finding::new(concat(&["pii.", c.kind.as_str()]), Severity::Info, message)
        .with_span(span)
        .with_basis(c.kind.basis(action));
    f.pii = Some(Box::new(PiiDetail {
        kind: c.kind,
        role: c.role,
        recognizer: c.recognizer,
        cue: c.cue,
        validity: c.validity,
        score: c.score,
        action,
        entity: c.entity,
        replacement,
    }));
    f
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Writes `original` with each finding's span replaced by its replacement.
///
/// Findings must be sorted and non-overlapping (as [`run`] returns them); text outside the
/// spans is copied unchanged. Findings without `pii` (warnings) are ignored.
pub fn apply(original: &str, findings: &[Finding]) -> String {
    let mut out = String::with_capacity(original.len());
    let mut at = 0;
    for (span, replacement) in edits(original, findings) {
        out.push_str(&original[at..span.start]);
        out.push_str(replacement);
        at = span.end;
    }
    out.push_str(&original[at..]);
    out
}

/// The edits [`apply`] makes: each finding's span with its replacement, skipping any that
/// is out of order, outside the text or off a character boundary.
fn edits<'f>(original: &str, findings: &'f [Finding]) -> Vec<(Span, &'f str)> {
    let mut out = Vec::with_capacity(findings.len());
    let mut at = 0;
    for f in findings {
        let (Some(span), Some(p)) = (f.span, f.pii.as_deref()) else {
            continue;
        };
        if span.start < at
            || span.end > original.len()
            || !original.is_char_boundary(span.start)
            || !original.is_char_boundary(span.end)
        {
            continue;
        }
        out.push((span, p.replacement.as_str()));
        at = span.end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masking(span: Span, replacement: &str) -> Finding {
        let c = Candidate::new(
            span,
            PiiKind::Custom,
            Role::Unknown,
            "test",
            None,
            Validity::None,
            1.0,
        );
        to_finding(c, span, Action::Label, replacement.to_string())
    }

    #[test]
    fn absorb_maps_new_spans_onto_the_original() {
        let original = "ab张三cd13800138000ef";
        let first = masking(Span::new(2, 8), "[甲]");
        let mut r = Redaction {
            text: apply(original, std::slice::from_ref(&first)),
            findings: vec![first],
            kept: Vec::new(),
            warnings: Vec::new(),
        };
        assert_eq!(r.text, "ab[甲]cd13800138000ef");
        // Outside every replacement: shifted back by what the replacement changed.
        let at = r.text.find("138").unwrap();
        absorb(
            original,
            &mut r,
            vec![masking(Span::new(at, at + 11), "[乙]")],
        );
        assert_eq!(r.text, "ab[甲]cd[乙]ef");
        let spans: Vec<Span> = r.findings.iter().filter_map(|f| f.span).collect();
        assert_eq!(spans, vec![Span::new(2, 8), Span::new(10, 21)]);
        assert_eq!(apply(original, &r.findings), r.text);
    }

    #[test]
    fn absorb_grows_a_span_that_reaches_into_a_replacement() {
        let original = "ab张三cd";
        let first = masking(Span::new(2, 8), "[甲]");
        let mut r = Redaction {
            text: apply(original, std::slice::from_ref(&first)),
            findings: vec![first],
            kept: Vec::new(),
            warnings: Vec::new(),
        };
        // Two new spans that both cut into `[甲]`: one finding over `b张三c`, whose replacement
        // is what the second pass wrote there.
        let text = r.text.clone();
        let open = text.find('甲').unwrap();
        let close = text.find(']').unwrap();
        absorb(
            original,
            &mut r,
            vec![
                masking(Span::new(1, open), "*"),
                masking(Span::new(close, close + 2), "#"),
            ],
        );
        assert_eq!(r.text, "a*甲#d");
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].span, Some(Span::new(1, 9)));
        assert_eq!(apply(original, &r.findings), r.text);
    }
}
