//! The one output shape: a [`Finding`] with a stable code, a span, a bilingual message and the
//! rule it rests on. Masking, validation, reasoning and publication checks all report findings.

use std::cell::Cell;

use serde::{Serialize, Serializer};

/// A byte range `[start, end)` in a text.
///
/// Inside Rust, spans are byte offsets into the *original* text. At the JavaScript boundary
/// they are converted once, in place, to UTF-16 code units (see [`crate::render`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First unit of the range.
    pub start: usize,
    /// One past the last unit of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span; `end` is clamped so that it is never before `start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Number of units covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty range.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two ranges share at least one unit.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed before the document may be submitted or published.
    Error,
    /// Should be looked at; does not block by itself.
    Warning,
    /// Explains what was done (e.g. a value that was masked) or gives a hint.
    Info,
}

/// The languages messages exist in.
///
/// Read from `"zh-CN"` (also `"zh"`, `"zh-cn"`) or `"en"` (also `"en-US"`, `"en-GB"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Lang {
    /// Simplified Chinese, the default.
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    /// English.
    #[serde(rename = "en")]
    En,
}

crate::json::json_enum!(Lang { "zh-CN" => Zh, "en" => En }
    aliases { "zh" => Zh, "zh-cn" => Zh, "en-US" => En, "en-GB" => En });

thread_local! {
    static OUTPUT_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// A message in Chinese and English.
///
/// When serialized inside [`with_output_lang`], a `Text` becomes a plain string in that
/// language (what the JavaScript API and the CLI print); otherwise it serializes as
/// `{"zh": …, "en": …}`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// Simplified Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Text {
    /// Builds a message from its two language versions.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match OUTPUT_LANG.with(Cell::get) {
            Some(lang) => s.serialize_str(self.get(lang)),
            None => {
                use serde::ser::SerializeStruct;
                let mut st = s.serialize_struct("Text", 2)?;
                st.serialize_field("zh", &self.zh)?;
                st.serialize_field("en", &self.en)?;
                st.end()
            }
        }
    }
}

/// Runs `f` (typically a serialization) with every [`Text`] rendered as a single string in
/// `lang`. Used by the wasm layer and the CLI.
pub fn with_output_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Reset(Option<Lang>);
    impl Drop for Reset {
        fn drop(&mut self) {
            OUTPUT_LANG.with(|c| c.set(self.0));
        }
    }
    let _reset = Reset(OUTPUT_LANG.with(|c| c.replace(Some(lang))));
    f()
}

/// One thing gongshi has to say about a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable, dotted identifier such as `pii.id_card` or `element.missing.seal`.
    pub code: String,
    /// How serious it is.
    pub severity: Severity,
    /// Where it is, or `None` for something absent (a missing element).
    pub span: Option<Span>,
    /// What it means, for the officer.
    pub message: Text,
    /// The rule it rests on, e.g. `公示制度（十四）1` or `行政处罚法第五十九条第一款第五项`.
    pub basis: Option<String>,
    /// What to do about it.
    pub suggestion: Option<Text>,
    /// Masking details, for findings of the masking engine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pii: Option<Box<crate::redact::PiiDetail>>,
}

impl Finding {
    /// A finding with the required parts; add the rest with the builder methods.
    pub fn new(code: impl Into<String>, severity: Severity, message: Text) -> Self {
        Finding {
            code: code.into(),
            severity,
            span: None,
            message,
            basis: None,
            suggestion: None,
            pii: None,
        }
    }

    /// Sets the span.
    pub fn with_span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Sets the legal basis.
    pub fn with_basis(mut self, basis: impl Into<String>) -> Self {
        self.basis = Some(basis.into());
        self
    }

    /// Sets the suggestion.
    pub fn with_suggestion(mut self, suggestion: Text) -> Self {
        self.suggestion = Some(suggestion);
        self
    }

    /// The top-level category of the code (`pii`, `element`, `reasoning`, `publication`…).
    pub fn category(&self) -> &str {
        self.code.split('.').next().unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_serializes_per_output_lang() {
        let t = Text::new("缺少印章", "seal missing");
        let en = with_output_lang(Lang::En, || serde_json::to_string(&t).unwrap());
        assert_eq!(en, "\"seal missing\"");
        let both = serde_json::to_string(&t).unwrap();
        assert_eq!(both, r#"{"zh":"缺少印章","en":"seal missing"}"#);
        assert_eq!(t.get(Lang::Zh), "缺少印章");
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(3, 1);
        assert!(a.is_empty());
        assert!(Span::new(0, 4).overlaps(&Span::new(3, 5)));
        assert!(!Span::new(0, 3).overlaps(&Span::new(3, 5)));
    }
}
