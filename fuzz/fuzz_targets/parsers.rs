//! The shared parsers (amounts, dates, 文号, citations, numerals) never panic, keep their spans
//! on character boundaries, and the numeral and amount writers round-trip.
#![no_main]

use gongshi::text::{amount, citation, date, docnum, numerals, Normalized};
use libfuzzer_sys::fuzz_target;

fn on_boundaries(text: &str, start: usize, end: usize) {
    assert!(start <= end && end <= text.len());
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
}

fuzz_target!(|data: &[u8]| {
    if data.len() >= 8 {
        let raw = u64::from_le_bytes(data[..8].try_into().unwrap());
        // Round trips below 一万亿 (the writers do not panic above).
        let n = raw % 1_000_000_000_000;
        assert_eq!(numerals::parse_int(&numerals::to_chinese(n)), Some(n));
        assert_eq!(amount::parse(&amount::to_capital(n)), Some(n));
        let _ = numerals::to_chinese(raw);
        let _ = amount::to_capital(raw);
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let norm = Normalized::new(text);
    let canon = norm.as_str();
    for a in amount::find(canon) {
        on_boundaries(canon, a.span.start, a.span.end);
    }
    for d in date::find(canon) {
        on_boundaries(canon, d.span.start, d.span.end);
    }
    for d in docnum::find(canon) {
        on_boundaries(canon, d.span.start, d.span.end);
    }
    for c in citation::parse(&norm) {
        on_boundaries(text, c.span.start, c.span.end);
    }
    let _ = numerals::parse_int(canon);
    let _ = amount::parse(canon);
});
