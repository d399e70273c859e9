//! Context cues read in a character window around a match (DLP-style hotwords), so no word
//! segmentation is needed.

use crate::text::words::WordSet;

/// Returns the label from `labels` that ends at most `max_gap` characters before byte `pos`
/// of `text`, where the gap holds only punctuation, spaces and the linking words 为/是/号.
///
/// Labels are tried in order, so list longer labels first.
pub fn label_before(
    text: &str,
    pos: usize,
    labels: &[&'static str],
    max_gap: usize,
) -> Option<&'static str> {
    let head = &text[..pos];
    // Walk back over the allowed gap characters.
    let mut gap_start = pos;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= max_gap || !is_gap_char(c) {
            break;
        }
        gap_start = i;
    }
    // The label may end anywhere inside the gap (e.g. 身份证号码为：).
    let mut end = pos;
    loop {
        let before = &text[..end];
        if let Some(l) = labels
            .iter()
            .find(|l| crate::text::scan::ends_at(text.as_bytes(), end, l))
        {
            return Some(l);
        }
        if end <= gap_start {
            return None;
        }
        // Step back one character inside the gap.
        end = before
            .char_indices()
            .next_back()
            .map(|(i, _)| i)
            .unwrap_or(0);
    }
}

fn is_gap_char(c: char) -> bool {
    matches!(
        c,
        ' ' | ':'
            | '：'
            | '('
            | ')'
            | '（'
            | '）'
            | '为'
            | '是'
            | '码'
            | '号'
            | '\t'
            | '「'
            | '」'
            | '"'
            | '“'
            | '”'
            | '#'
            | '='
    )
}

/// The index in `words` of the first of its words (in list order) that occurs in the `window`
/// characters before byte `pos`, without crossing a line break or a full stop. A run of ASCII
/// letters and digits, and a bracketed mask label such as `[身份证号码]`, count as one
/// character: masking replaces one by the other. One pass over the window (see [`WordSet`]).
pub fn set_before(text: &str, pos: usize, words: &WordSet, window: usize) -> Option<usize> {
    let start = units_back(text, pos, window);
    // A word inside a mask label written by an earlier pass (`[车牌号码]`) is not a cue.
    words.first_in(text, start, pos, |a, b| {
        !super::lexicon::in_mask_label(text, a, b)
    })
}

/// Start of the window of `n` units before `pos` (see [`set_before`]), within the sentence.
pub fn units_back(text: &str, pos: usize, n: usize) -> usize {
    let Some(head) = text.get(..pos) else {
        return pos;
    };
    let mut start = pos;
    let mut units = 0;
    let mut it = head.char_indices().rev().peekable();
    while let Some((i, c)) = it.next() {
        if units >= n || matches!(c, '\n' | '。') {
            break;
        }
        start = i;
        if c.is_ascii_alphanumeric() {
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_alphanumeric() {
                    break;
                }
                start = j;
                it.next();
            }
        } else if c == ']' {
            let mut k = 0;
            while let Some(&(j, d)) = it.peek() {
                if k > 10 || !(is_han(d) || d == '[') {
                    break;
                }
                start = j;
                it.next();
                k += 1;
                if d == '[' {
                    break;
                }
            }
        }
        units += 1;
    }
    start
}

/// True for a CJK ideograph (the characters names, addresses and phrases are made of).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// The character starting at byte `pos`, if any.
#[inline(always)]
pub fn char_at(text: &str, pos: usize) -> Option<char> {
    // `pos` is a character boundary (as for `text[pos..]`).
    crate::text::scan::decode(text.as_bytes(), pos).map(|(c, _)| c)
}

/// The character ending at byte `pos`, if any.
pub fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

/// Byte offset `n` characters after `pos` (or the end of the text).
pub fn advance(text: &str, pos: usize, n: usize) -> usize {
    let Some(tail) = text.get(pos..) else {
        return text.len();
    };
    match tail.char_indices().nth(n) {
        Some((i, _)) => pos + i,
        None => text.len(),
    }
}

/// The remark in brackets that opens at byte `pos` (`（证人住处）`, `（被约谈人之妻）`): the
/// text between the brackets when the closing one comes within `max` characters.
pub fn bracketed_at(text: &str, pos: usize, max: usize) -> Option<&str> {
    let inner = text.get(pos..)?.strip_prefix('(')?;
    let close = inner.char_indices().take(max).find(|&(_, c)| c == ')')?.0;
    Some(&inner[..close])
}

/// The character boundary at or before byte `i` of `text` (or its end): where a window of a
/// number of bytes ends.
pub fn floor_char(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte offset `n` characters before `pos` (or 0).
pub fn retreat(text: &str, pos: usize, n: usize) -> usize {
    let Some(head) = text.get(..pos) else {
        return 0;
    };
    if n == 0 {
        return pos;
    }
    match head.char_indices().rev().nth(n - 1) {
        Some((i, _)) => i,
        None => 0,
    }
}

/// Start of the window that ends at `pos`: at most `max` characters back, never crossing a
/// line break or a full stop.
pub fn sentence_start(text: &str, pos: usize, max: usize) -> usize {
    let Some(head) = text.get(..pos) else {
        return pos;
    };
    let mut start = pos;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= max || matches!(c, '\n' | '。' | '!' | '?' | '！' | '？') {
            break;
        }
        start = i;
    }
    start
}

/// End of the window that starts at `pos`: at most `max` characters on, never crossing a line
/// break or a full stop.
pub fn sentence_end(text: &str, pos: usize, max: usize) -> usize {
    let Some(tail) = text.get(pos..) else {
        return pos;
    };
    for (n, (i, c)) in tail.char_indices().enumerate() {
        if n >= max || matches!(c, '\n' | '。' | '!' | '?' | '！' | '？') {
            return pos + i;
        }
    }
    text.len()
}

/// Skips spaces, colons and the linking words 为/是/系 after a label; returns the new position.
pub fn skip_label_gap(text: &str, pos: usize, max: usize) -> usize {
    let mut p = pos;
    for (n, c) in text.get(pos..).unwrap_or("").chars().enumerate() {
        if n >= max || !matches!(c, ' ' | ':' | '\t' | '为' | '是' | '系' | '#' | '=' | '：') {
            break;
        }
        p += c.len_utf8();
    }
    p
}

/// True when a head's title (`镇长`, `市长`) is read across two place names: `大塘埠镇长安村`
/// (镇 ends the town's name, 长 starts the village's), `贡江镇长征大道西路`, `东莞市长安医院`,
/// `南京市长江大桥`.
/// Not a role word then.
pub fn title_in_place(text: &str, x: &super::lexicon::Hit) -> bool {
    let mut cs = x.word.chars();
    let (Some(unit), Some('长'), None) = (cs.next(), cs.next(), cs.next()) else {
        return false;
    };
    "省市县区镇乡村".contains(unit)
        && char_before(text, x.start)
            .is_some_and(|c| is_han(c) && c != unit && !"副正原任代的为是和及与、".contains(c))
        && text[x.end..]
            .chars()
            .take(6)
            .any(|c| "村路街道镇乡组巷屯社里院桥站".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: &[&str] = &["身份证号码", "身份证号", "公民身份号码"];

    /// A window's end never falls inside a character, astral ones included.
    #[test]
    fn floor_char_stays_on_boundaries() {
        let t = "a𠮷b😀";
        assert_eq!(floor_char(t, 0), 0);
        assert_eq!(floor_char(t, 3), 1);
        assert_eq!(floor_char(t, 5), 5);
        assert_eq!(floor_char(t, 7), 6);
        assert_eq!(floor_char(t, 100), t.len());
    }

    #[test]
    fn label_with_gap() {
        let t = "身份证号码为：123";
        assert_eq!(
            label_before(t, t.find('1').unwrap(), L, 4),
            Some("身份证号码")
        );
        let t = "身份证号123";
        assert_eq!(
            label_before(t, t.find('1').unwrap(), L, 4),
            Some("身份证号")
        );
        let t = "身份证号码不详，编号123";
        assert_eq!(label_before(t, t.find('1').unwrap(), L, 4), None);
    }

    #[test]
    fn words_in_window() {
        let t = "联系电话（手机）：138";
        let w = WordSet::new(&["传真", "电话"]);
        assert_eq!(set_before(t, t.len(), &w, 10), Some(1));
        let t = "电话。\n138";
        assert_eq!(set_before(t, t.len(), &w, 10), None);
        let t = "[电话号码]138";
        assert_eq!(set_before(t, t.len(), &w, 10), None);
    }
}
