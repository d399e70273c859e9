//! Typed errors. Messages never contain text from the document.

use serde::Serialize;

use crate::finding::Text;

/// A stable, machine-readable error code (also the `code` of the JavaScript error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input is not a string (JavaScript) or not UTF-8 (CLI).
    InvalidInput,
    /// The options object could not be understood.
    InvalidOptions,
    /// The input is larger than `maxInputBytes`.
    InputTooLarge,
    /// An argument other than the text and options is malformed (e.g. a date).
    InvalidArgument,
}

impl ErrorCode {
    /// The code as it appears in JSON and in JavaScript errors.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::InvalidOptions => "invalid_options",
            ErrorCode::InputTooLarge => "input_too_large",
            ErrorCode::InvalidArgument => "invalid_argument",
        }
    }
}

/// An error returned instead of a result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Error {
    /// What went wrong, as a stable code.
    pub code: ErrorCode,
    /// What went wrong and what to do, for a person.
    pub message: Text,
}

impl Error {
    /// Builds an error.
    pub fn new(code: ErrorCode, message: Text) -> Self {
        Error { code, message }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message.en)
    }
}

impl std::error::Error for Error {}
