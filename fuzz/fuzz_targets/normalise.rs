//! The canonical view: every span of it maps back onto character boundaries of the original,
//! in order, and never past its end.
#![no_main]

use gongshi::text::Normalized;
use gongshi::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let n = Normalized::new(text);
    let canon = n.as_str();
    let bounds: Vec<usize> = canon
        .char_indices()
        .map(|(i, _)| i)
        .chain([canon.len()])
        .collect();
    let mut last = 0;
    for &b in &bounds {
        let s = n.start_to_original(b);
        let e = n.end_to_original(b);
        assert!(s <= text.len() && e <= text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        assert!(s >= last, "start offsets go forward");
        last = s;
    }
    for w in bounds.windows(2) {
        let sp = n.to_original(Span::new(w[0], w[1]));
        assert!(sp.start <= sp.end && sp.end <= text.len());
    }
});
