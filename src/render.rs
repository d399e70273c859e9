//! Rendering results for the outside world: byte offsets become UTF-16 code units (JavaScript)
//! or code points (Python-style corpora) in one linear pass, and messages pick a language.

use crate::finding::{Finding, Span};

/// The unit in which offsets are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Units {
    /// UTF-16 code units, as JavaScript string indices.
    Utf16,
    /// Unicode scalar values, as Python `str` indices.
    CodePoints,
    /// UTF-8 bytes (the Rust representation; conversion is the identity).
    Bytes,
}

const BLOCK: usize = 64;

/// Converts byte offsets of one text into another unit.
///
/// Built once per text in O(n) (a running count every 64 bytes); each lookup then scans at
/// most 64 bytes, so converting k offsets costs O(n + 64·k) however they are ordered.
#[derive(Debug, Clone)]
pub struct OffsetIndex<'a> {
    bytes: &'a [u8],
    units: Units,
    blocks: Vec<u32>,
}

fn units_in(bytes: &[u8], units: Units) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if units == Units::Bytes {
        return bytes.len();
    }
    // Eight bytes at a time: bit 7 of each byte of `cont` marks a continuation byte
    // (10xxxxxx), of `four` the lead byte of a 4-byte sequence (11110xxx), which is a
    // surrogate pair in UTF-16.
    let mut n = 0;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let cont = w & !(w << 1) & HIGH;
        n += 8 - cont.count_ones() as usize;
        if units == Units::Utf16 {
            let four = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
            n += four.count_ones() as usize;
        }
    }
    for &b in chunks.remainder() {
        n += ((b & 0xC0) != 0x80) as usize;
        if units == Units::Utf16 {
            n += (b >= 0xF0) as usize;
        }
    }
    n
}

impl<'a> OffsetIndex<'a> {
    /// Indexes `text` for conversion to `units`.
    pub fn new(text: &'a str, units: Units) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::new();
        if units != Units::Bytes {
            blocks.reserve(bytes.len() / BLOCK + 1);
            let mut acc = 0usize;
            for chunk in bytes.chunks(BLOCK) {
                blocks.push(acc as u32);
                acc += units_in(chunk, units);
            }
            blocks.push(acc as u32);
        }
        OffsetIndex {
            bytes,
            units,
            blocks,
        }
    }

    /// Converts a byte offset (clamped to the text length) to the target unit.
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.units == Units::Bytes {
            return byte;
        }
        let b = byte / BLOCK;
        self.blocks[b] as usize + units_in(&self.bytes[b * BLOCK..byte], self.units)
    }

    /// Length of the whole text in the target unit.
    pub fn len(&self) -> usize {
        self.convert(self.bytes.len())
    }

    /// True for an empty text.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

/// Results whose spans can be rewritten in place, e.g. from bytes to UTF-16 units.
pub trait MapSpans {
    /// Applies `f` to every offset held by `self`.
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize);

    /// Rewrites every offset from bytes of `text` to `units`.
    fn convert_spans(&mut self, text: &str, units: Units) {
        if units == Units::Bytes {
            return;
        }
        let index = OffsetIndex::new(text, units);
        self.map_spans(&mut |b| index.convert(b));
    }
}

impl MapSpans for Span {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
    }
}

impl<T: MapSpans> MapSpans for Option<T> {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        if let Some(x) = self {
            x.map_spans(f);
        }
    }
}

impl<T: MapSpans> MapSpans for Vec<T> {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        for x in self {
            x.map_spans(f);
        }
    }
}

impl MapSpans for Finding {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.span.map_spans(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_counts_match_std_on_every_prefix() {
        let text =
            "a𠮷b中😀c身份证号：11010519491231002X，é\u{7ff}\u{800}\u{ffff}\u{10000}𝟎x".repeat(3);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let head = &text[..i];
            assert_eq!(
                units_in(head.as_bytes(), Units::Utf16),
                head.encode_utf16().count()
            );
            assert_eq!(
                units_in(head.as_bytes(), Units::CodePoints),
                head.chars().count()
            );
            assert_eq!(units_in(head.as_bytes(), Units::Bytes), head.len());
        }
    }

    #[test]
    fn utf16_and_code_points() {
        let text = "a𠮷b中😀c";
        let u16 = OffsetIndex::new(text, Units::Utf16);
        let cp = OffsetIndex::new(text, Units::CodePoints);
        let expect_u16: Vec<usize> = {
            let mut v = vec![0];
            let mut n = 0;
            for c in text.chars() {
                n += c.len_utf16();
                v.push(n);
            }
            v
        };
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for (k, &b) in boundaries.iter().enumerate() {
            assert_eq!(u16.convert(b), expect_u16[k], "utf16 at byte {b}");
            assert_eq!(cp.convert(b), k, "code point at byte {b}");
        }
        assert_eq!(u16.len(), text.encode_utf16().count());
    }

    #[test]
    fn long_text_crosses_blocks() {
        let text = "𠮷x".repeat(100);
        let idx = OffsetIndex::new(&text, Units::Utf16);
        for (k, (b, _)) in text.char_indices().enumerate() {
            // Each pair "𠮷x" is 3 UTF-16 units.
            let expected = (k / 2) * 3 + if k % 2 == 1 { 2 } else { 0 };
            assert_eq!(idx.convert(b), expected);
        }
        assert_eq!(idx.convert(usize::MAX), 300);
    }

    #[test]
    fn map_spans_on_findings() {
        use crate::finding::{Severity, Text};
        let text = "😀身份证";
        let mut fs =
            vec![Finding::new("x", Severity::Info, Text::default()).with_span(Span::new(4, 7))];
        fs.convert_spans(text, Units::Utf16);
        assert_eq!(fs[0].span, Some(Span::new(2, 3)));
    }
}
