//! `validate`, `explain` and `check` never panic, and their spans lie on character boundaries
//! of the input.
#![no_main]

use gongshi::{check, MapSpans, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut report = check(text, &Options::default()).expect("text within the size limit");
    report.map_spans(&mut |b| {
        assert!(b <= text.len() && text.is_char_boundary(b), "span offset {b}");
        b
    });
    let _ = gongshi::validate(text, &Options::default());
    let _ = gongshi::explain(text, &Options::default());
});
