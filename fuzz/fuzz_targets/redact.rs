//! Masking invariants on any text: spans sorted, disjoint and on character boundaries; the
//! text outside them unchanged; a second pass over the output masks nothing.
#![no_main]

use gongshi::redact::apply;
use gongshi::{redact, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let opts = Options::default();
    let r = redact(text, &opts).expect("text within the size limit");
    let mut at = 0;
    for f in &r.findings {
        let s = f.span.expect("a masking finding has a span");
        assert!(s.start >= at && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        at = s.end;
    }
    assert_eq!(apply(text, &r.findings), r.text);
    let again = redact(&r.text, &opts).expect("masked text");
    assert!(again.findings.is_empty(), "a second pass masked more");
});
