//! A document analysed once: the canonical view and the shared parse results every check reads.

use std::cell::OnceCell;

use crate::text::citation::{self, Citation};
use crate::text::Normalized;

/// One input text, normalised once and shared by masking, validation, reasoning and publication.
///
/// Shared parse results (citations, …) are computed on first use and cached, so every check
/// reads the same parse and none re-parses the text.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The canonical view with its map back to the original.
    pub norm: Normalized<'a>,
    citations: OnceCell<Vec<Citation>>,
}

impl<'a> Doc<'a> {
    /// Normalises `text`.
    pub fn new(text: &'a str) -> Self {
        Doc {
            norm: Normalized::new(text),
            citations: OnceCell::new(),
        }
    }

    /// The original text.
    pub fn original(&self) -> &'a str {
        self.norm.original()
    }

    /// Every law citation in the text, in order (spans in the original text).
    pub fn citations(&self) -> &[Citation] {
        self.citations.get_or_init(|| citation::parse(&self.norm))
    }
}
