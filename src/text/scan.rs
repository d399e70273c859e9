//! A cursor for hand-written matchers: the few regex-like steps the parsers need (literals,
//! character classes, bounded repetition, optional parts with backtracking by copy).
//!
//! gongshi has no regex engine: a regex crate with its lazy DFA and literal optimisations
//! weighed about 300 KB of the WebAssembly module and compiled its automata on the first call;
//! the patterns here are short, anchored on a literal or a digit, and read better as code.
//!
//! A [`Cursor`] is `Copy`: try an optional part on a copy and keep the copy only when the part
//! matched, which is how `(?:…)?` and alternation backtrack.

use crate::finding::Span;

/// A position in a text, moved forward by the matching steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor<'t> {
    /// The whole text.
    pub text: &'t str,
    /// Byte offset of the next character; always on a character boundary.
    pub pos: usize,
}

impl<'t> Cursor<'t> {
    /// A cursor at byte `pos` of `text` (clamped to the end).
    pub fn new(text: &'t str, pos: usize) -> Self {
        let mut pos = pos.min(text.len());
        while !text.is_char_boundary(pos) {
            pos -= 1;
        }
        Cursor { text, pos }
    }

    /// The text after the cursor.
    pub fn rest(&self) -> &'t str {
        &self.text[self.pos..]
    }

    /// The next character, if any.
    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// True at the end of the text.
    pub fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// The span from `start` to the cursor.
    pub fn span_from(&self, start: usize) -> Span {
        Span::new(start, self.pos)
    }

    /// Consumes `s` when the text continues with it.
    pub fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    /// Consumes the first of `alts` the text continues with (regex alternation is
    /// leftmost-first too: list longer alternatives first where one is a prefix of another).
    pub fn eat_any<'a>(&mut self, alts: &[&'a str]) -> Option<&'a str> {
        let rest = self.rest();
        let hit = alts.iter().copied().find(|a| rest.starts_with(a))?;
        self.pos += hit.len();
        Some(hit)
    }

    /// Consumes one character for which `f` holds.
    pub fn eat_if(&mut self, f: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek().filter(|&c| f(c))?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Consumes one character of `set`.
    pub fn eat_in(&mut self, set: &str) -> Option<char> {
        self.eat_if(|c| set.contains(c))
    }

    /// Consumes at most `max` characters for which `f` holds (greedy); returns how many.
    pub fn eat_while(&mut self, max: usize, f: impl Fn(char) -> bool) -> usize {
        let mut n = 0;
        for c in self.rest().chars() {
            if n >= max || !f(c) {
                break;
            }
            self.pos += c.len_utf8();
            n += 1;
        }
        n
    }

    /// Consumes `min..=max` ASCII digits (greedy) and returns their span; consumes nothing and
    /// returns `None` when fewer than `min` follow.
    pub fn digits(&mut self, min: usize, max: usize) -> Option<Span> {
        let start = self.pos;
        let n = self
            .rest()
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        if n < min {
            return None;
        }
        self.pos += n;
        Some(Span::new(start, self.pos))
    }

    /// Skips spaces and tabs (`[ \t]*`).
    pub fn blanks(&mut self) {
        self.eat_while(usize::MAX, |c| c == ' ' || c == '\t');
    }

    /// Skips white space, line breaks included (`\s*`).
    pub fn spaces(&mut self) {
        self.eat_while(usize::MAX, char::is_whitespace);
    }
}

/// True for a CJK ideograph of the basic block, extension A or the compatibility block (the
/// ranges the parsers treat as Han; extension B and later are names' rare characters).
pub fn is_han_bmp(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps() {
        let t = "人民币 12,000元整";
        let mut c = Cursor::new(t, 0);
        assert!(c.eat("人民币"));
        assert!(!c.eat("RMB"));
        c.blanks();
        let d = c.digits(1, 3).unwrap();
        assert_eq!(&t[d.start..d.end], "12");
        // Backtracking by copy: an optional part that fails leaves the cursor where it was.
        let mut k = c;
        assert!(k.eat(","));
        assert!(k.digits(4, 4).is_none());
        assert_eq!(k.digits(3, 3).map(|s| &t[s.start..s.end]), Some("000"));
        c = k;
        assert_eq!(c.eat_any(&["圆", "元"]), Some("元"));
        assert_eq!(c.eat_in("整正"), Some('整'));
        assert!(c.at_end());
        assert_eq!(c.peek(), None);
        assert_eq!(c.span_from(0), Span::new(0, t.len()));
    }

    #[test]
    fn new_clamps_to_a_boundary() {
        let t = "号1";
        assert_eq!(Cursor::new(t, 1).pos, 0);
        assert_eq!(Cursor::new(t, 99).pos, t.len());
        let mut c = Cursor::new(t, 0);
        assert_eq!(c.eat_while(5, |c| c == '号'), 1);
        assert_eq!(c.eat_if(|c| c.is_ascii_digit()), Some('1'));
    }
}
