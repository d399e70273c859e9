//! Options shared by every entry point. A serde type, so JavaScript passes a plain object.

use serde::Deserialize;

use crate::error::{Error, ErrorCode};
use crate::finding::{Lang, Text};
use crate::redact::PolicyOption;

/// Default input limit: 20 MiB of UTF-8.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// Options for [`crate::redact`], [`crate::validate`], [`crate::explain`] and [`crate::check`].
///
/// Unknown keys are rejected, so a misspelt option is an error rather than silently ignored.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// Language of messages in rendered output (`"zh-CN"` default, or `"en"`).
    pub lang: Lang,
    /// Inputs longer than this many UTF-8 bytes are refused with `input_too_large`.
    pub max_input_bytes: usize,
    /// The document type, when the caller knows it (otherwise it is detected).
    pub doc_type: Option<String>,
    /// Finding categories that make [`crate::check`] report a blocking problem
    /// (default `["pii", "element"]`; an empty list blocks nothing).
    pub block_on: Option<Vec<String>>,
    /// The masking policy: `"default"` (公示制度（十四）), `"strict"` (also the party's name and
    /// birth date) or an object with per-kind / per-role actions and term lists
    /// (see [`crate::redact::Policy`]).
    pub policy: PolicyOption,
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
            validate: Default::default(),
        }
    }
}

impl Options {
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

    /// The categories that block in [`crate::check`].
    pub fn blocking_categories(&self) -> Vec<String> {
        self.block_on
            .clone()
            .unwrap_or_else(|| vec!["pii".to_string(), "element".to_string()])
    }
}
