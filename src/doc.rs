//! A document analysed once: the canonical view and the shared parse results every check reads.
//!
//! Spans: every parser in [`crate::text`] works on the canonical view ([`Doc::text`]) and
//! returns byte spans of it. Findings report spans of the *original* text: convert with
//! [`Doc::to_original`] at the point where a finding is built. Each parse result is cached
//! (`OnceCell`), so a parser runs at most once per document however many checks ask for it.

use std::cell::OnceCell;

use crate::finding::Span;
use crate::text::amount::{self, Amount};
use crate::text::citation::{self, Citation};
use crate::text::date::{self, DateMention};
use crate::text::docnum::{self, DocNumber};
use crate::text::sections::{self, Line, Section};
use crate::text::Normalized;

/// One input text, normalised once and shared by masking, validation, reasoning and publication.
///
/// Shared parse results (citations, …) are computed on first use and cached, so every check
/// reads the same parse and none re-parses the text.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The canonical view with its map back to the original.
    pub norm: Normalized<'a>,
    amounts: OnceCell<Vec<Amount>>,
    dates: OnceCell<Vec<DateMention>>,
    doc_numbers: OnceCell<Vec<DocNumber>>,
    sections: OnceCell<Vec<Section>>,
    lines: OnceCell<Vec<Line>>,
    paragraphs: OnceCell<Vec<Span>>,
    citations: OnceCell<Vec<Citation>>,
}

impl<'a> Doc<'a> {
    /// Normalises `text`.
    pub fn new(text: &'a str) -> Self {
        Self::from_normalized(Normalized::new(text))
    }

    /// A document of an already normalised text.
    pub fn from_normalized(norm: Normalized<'a>) -> Self {
        Doc {
            norm,
            amounts: OnceCell::new(),
            dates: OnceCell::new(),
            doc_numbers: OnceCell::new(),
            sections: OnceCell::new(),
            lines: OnceCell::new(),
            paragraphs: OnceCell::new(),
            citations: OnceCell::new(),
        }
    }

    /// The original text.
    pub fn original(&self) -> &'a str {
        self.norm.original()
    }

    /// The canonical view every parser reads (`doc.norm.as_str()`).
    pub fn text(&self) -> &str {
        self.norm.as_str()
    }

    /// Maps a span of the canonical view to the original text.
    pub fn to_original(&self, span: Span) -> Span {
        self.norm.to_original(span)
    }

    /// Money amounts ([`crate::text::amount::find`]), canonical spans.
    pub fn amounts(&self) -> &[Amount] {
        self.amounts.get_or_init(|| amount::find(self.text()))
    }

    /// Dates, times and blank template dates ([`crate::text::date::find`]), canonical spans.
    pub fn dates(&self) -> &[DateMention] {
        self.dates.get_or_init(|| date::find(self.text()))
    }

    /// Document numbers 文号 ([`crate::text::docnum::find`]), canonical spans.
    pub fn doc_numbers(&self) -> &[DocNumber] {
        self.doc_numbers.get_or_init(|| docnum::find(self.text()))
    }

    /// Headings, labels and their bodies ([`crate::text::sections::segment`]), canonical spans.
    pub fn sections(&self) -> &[Section] {
        self.sections.get_or_init(|| sections::segment(self.text()))
    }

    /// Non-empty lines ([`crate::text::sections::lines`]), canonical spans.
    pub fn lines(&self) -> &[Line] {
        self.lines.get_or_init(|| sections::lines(self.text()))
    }

    /// Paragraphs with hard-wrapped lines rejoined ([`crate::text::sections::paragraphs`]).
    pub fn paragraphs(&self) -> &[Span] {
        self.paragraphs
            .get_or_init(|| sections::paragraphs(self.text()))
    }

    /// Every law citation in the text, in order (spans in the original text).
    pub fn citations(&self) -> &[Citation] {
        self.citations.get_or_init(|| citation::parse(&self.norm))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caches_and_maps_back() {
        let src =
            "罚款人民币２００００元（大写：贰万元整），２０２３年６月３０日，泉应急罚﹝2023﹞12号";
        let doc = Doc::new(src);
        let a = doc.amounts();
        assert_eq!(a.len(), 2);
        assert!(std::ptr::eq(a, doc.amounts()));
        let sp = doc.to_original(a[0].span);
        assert_eq!(&src[sp.start..sp.end], "人民币２００００元");
        let d = &doc.dates()[0];
        let sp = doc.to_original(d.span);
        assert_eq!(&src[sp.start..sp.end], "２０２３年６月３０日");
        let n = &doc.doc_numbers()[0];
        let sp = doc.to_original(n.span);
        assert_eq!(&src[sp.start..sp.end], "泉应急罚﹝2023﹞12号");
        assert_eq!(n.year, Some(2023));
    }
}
