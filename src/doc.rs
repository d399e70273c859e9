//! A document analysed once: the canonical view and the shared parse results every check reads.

use crate::text::Normalized;

/// One input text, normalised once and shared by masking, validation, reasoning and publication.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The canonical view with its map back to the original.
    pub norm: Normalized<'a>,
}

impl<'a> Doc<'a> {
    /// Normalises `text`.
    pub fn new(text: &'a str) -> Self {
        Doc {
            norm: Normalized::new(text),
        }
    }

    /// The original text.
    pub fn original(&self) -> &'a str {
        self.norm.original()
    }
}
