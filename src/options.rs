//! Options shared by every entry point. JavaScript passes a plain object, which crosses into
//! WebAssembly as JSON; the CLI takes the same JSON (`--options`).

use crate::error::{Error, ErrorCode};
use crate::finding::{Lang, Text};
use crate::json::{self, FromJson, Subject};
use crate::publish::{Date, ExclusionAnswers, ExtraHolidays, PartyKind, PublicationMode};
use crate::redact::PolicyOption;

/// Default input limit: 20 MiB of UTF-8.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// Options for [`fn@crate::redact`], [`fn@crate::validate`], [`crate::explain`] and [`crate::check`].
///
/// Read from JSON with [`Options::from_json`]: keys are camelCase (`maxInputBytes`), absent
/// keys keep their default. Unknown keys are rejected, so a misspelt option is an error rather
/// than silently ignored.
#[derive(Debug, Clone)]
pub struct Options {
    /// Language of messages in rendered output (`"zh-CN"` default, or `"en"`).
    pub lang: Lang,
    /// Inputs longer than this many UTF-8 bytes are refused with `input_too_large`.
    pub max_input_bytes: usize,
    /// The document type, when the caller knows it (otherwise it is detected).
    pub doc_type: Option<String>,
    /// Findings that make [`crate::check`] report a blocking problem, as code prefixes: a
    /// category (`"pii"`, `"element"`, `"reasoning"`, `"publication"`) or a longer prefix
    /// (`"publication.exclusion"`). Only error-severity findings block. Default
    /// `["pii", "element", "reasoning", "publication.exclusion"]`: personal data, missing or
    /// defective required elements (the three reasoning sections of 公示制度（十二） included, with
    /// a fine outside its range or raised after 陈述申辩), and the legal grounds for not
    /// publishing (公示制度（三）, e.g. a minor party). An empty list blocks nothing.
    pub block_on: Option<Vec<String>>,
    /// The masking policy: `"default"` (公示制度（十四）), `"strict"` (also the party's name and
    /// birth date) or an object with per-kind / per-role actions and term lists
    /// (see [`crate::redact::Policy`]).
    pub policy: PolicyOption,
    /// Publication: the decision date (`YYYY-MM-DD`), overriding the one read from the text.
    pub decision_date: Option<Date>,
    /// Publication: the date the decision is (or was) published; checks the deadline and
    /// gives the take-down date.
    pub publication_date: Option<Date>,
    /// Publication: the date the document revoking a published decision was received; gives
    /// the 3-working-day withdrawal deadline (公示制度（七）).
    pub revocation_date: Option<Date>,
    /// Publication: the date the revoked decision was actually withdrawn.
    pub withdrawal_date: Option<Date>,
    /// Publication: the date test results were received; gives the 3-working-day deadline to
    /// tell the inspected party (公示制度（十五）).
    pub test_results_date: Option<Date>,
    /// Publication: holiday and 调休 data added to the embedded official schedules, per year
    /// (`{"2027": {"holidays": [...], "workdays": [...], "source": "..."}}`).
    pub extra_holidays: Option<ExtraHolidays>,
    /// Publication: whether the party is a natural person (`"person"`) or an organisation
    /// (`"organisation"`), when the text does not make it clear.
    pub party_kind: Option<PartyKind>,
    /// Publication: how the decision will be published (`"fullText"` or `"summary"`).
    pub publication_mode: Option<PublicationMode>,
    /// Publication: the officer's answers to the exclusion questions of 公示制度（三）.
    pub exclusions: Option<ExclusionAnswers>,
    /// Publication: a summary someone wrote for this decision, checked against it.
    pub publication_summary: Option<String>,
    /// Rules of the element validator: extra document types, element overrides, hearing and
    /// on-the-spot thresholds (see [`crate::validate::ValidateOptions`]).
    pub validate: crate::validate::ValidateOptions,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: Lang::Zh,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            doc_type: None,
            block_on: None,
            policy: PolicyOption::default(),
            decision_date: None,
            publication_date: None,
            revocation_date: None,
            withdrawal_date: None,
            test_results_date: None,
            extra_holidays: None,
            party_kind: None,
            publication_mode: None,
            exclusions: None,
            publication_summary: None,
            validate: Default::default(),
        }
    }
}

json::json_struct!(Options {
    "lang" => lang,
    "maxInputBytes" => max_input_bytes,
    "docType" => doc_type,
    "blockOn" => block_on,
    "policy" => policy,
    "decisionDate" => decision_date,
    "publicationDate" => publication_date,
    "revocationDate" => revocation_date,
    "withdrawalDate" => withdrawal_date,
    "testResultsDate" => test_results_date,
    "extraHolidays" => extra_holidays,
    "partyKind" => party_kind,
    "publicationMode" => publication_mode,
    "exclusions" => exclusions,
    "publicationSummary" => publication_summary,
    "validate" => validate,
});

impl Options {
    /// Reads options from a JSON object (what the npm package and `gongshi --options` pass).
    ///
    /// A malformed document, an unknown key, a value of the wrong type or an impossible date is
    /// an `invalid_options` error whose message names the place (`policy.kinds`,
    /// `validate.docTypes[0].id`) and what is expected there, and never quotes a value.
    ///
    /// ```
    /// let o = gongshi::Options::from_json(r#"{"lang": "en", "policy": "strict"}"#).unwrap();
    /// assert_eq!(o.lang, gongshi::Lang::En);
    /// let e = gongshi::Options::from_json(r#"{"polcy": "strict"}"#).unwrap_err();
    /// assert_eq!(e.code, gongshi::ErrorCode::InvalidOptions);
    /// assert!(e.message.en.starts_with(r#"Invalid options: unknown key "polcy" (expected one of: lang, "#));
    /// ```
    pub fn from_json(json: &str) -> Result<Options, Error> {
        json::read(json, Subject::Options)
    }

    /// The `lang` an options JSON asks for, read even when the rest of it is invalid, so that
    /// the error about it can be reported in the caller's language. `None` when there is no
    /// readable `lang`.
    pub fn requested_lang(json: &str) -> Option<Lang> {
        let v = json::parse(json).ok()?;
        let (_, lang) = json::members(&v, &json::At::ROOT)
            .ok()?
            .iter()
            .find(|(k, _)| k == "lang")?;
        Lang::from_json(lang, &json::At::ROOT).ok()
    }

    /// Refuses inputs the engine will not process.
    pub fn check_input(&self, text: &str) -> Result<(), Error> {
        if text.len() > self.max_input_bytes {
            return Err(Error::new(
                ErrorCode::InputTooLarge,
                Text::new(
                    format!(
                        "输入文本为 {} 字节，超过上限 {} 字节。请拆分文档，或在选项中调高 maxInputBytes。",
                        text.len(),
                        self.max_input_bytes
                    ),
                    format!(
                        "The input is {} bytes, above the limit of {} bytes. Split the document or raise maxInputBytes.",
                        text.len(),
                        self.max_input_bytes
                    ),
                ),
            ));
        }
        Ok(())
    }

    /// The code prefixes that block in [`crate::check`].
    pub fn blocking_categories(&self) -> Vec<String> {
        self.block_on.clone().unwrap_or_else(|| {
            ["pii", "element", "reasoning", "publication.exclusion"]
                .map(String::from)
                .to_vec()
        })
    }
}
