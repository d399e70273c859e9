//! A hand-written scanner for digit-shaped data in the canonical view.
//!
//! The canonical view is split into *tokens*: maximal runs of ASCII letters and digits. A token
//! made only of digits (or digits with one final `X`/`x`, the ID check character) is a *digit
//! group*. Groups separated by exactly one space or hyphen form a *chain* (`138 0013 8000`,
//! `350503 19850312 1234`, `+86-13800138000`). Recognizers only ever combine whole groups of a
//! chain, which is the digit-boundary rule: a 19-digit serial or a USCC with letters is never
//! cut into a shorter false hit.

use crate::finding::Span;

/// One digit group: a canonical byte range of ASCII digits, possibly ending in `X`/`x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// Start byte in the canonical view.
    pub start: usize,
    /// End byte in the canonical view.
    pub end: usize,
}

impl Group {
    /// Number of characters (all ASCII, so bytes).
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty group (never produced by the scanner).
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

/// Groups joined by single separators, in text order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chain<'g> {
    /// The groups, at least one.
    pub groups: &'g [Group],
}

/// The chains of a text, their groups in one list (a list per chain was a third of the
/// allocations of a masking call).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chains {
    groups: Vec<Group>,
    /// Per chain, the end of its groups in `groups` (each starts where the one before ends).
    ends: Vec<usize>,
}

impl Chains {
    /// The chains, in text order.
    pub fn iter(&self) -> ChainIter<'_> {
        ChainIter {
            chains: self,
            next: 0,
        }
    }

    /// True while groups have been added since the last chain ended.
    fn building(&self) -> bool {
        self.ends.last().copied().unwrap_or(0) < self.groups.len()
    }
}

impl<'a> IntoIterator for &'a Chains {
    type Item = Chain<'a>;
    type IntoIter = ChainIter<'a>;

    fn into_iter(self) -> ChainIter<'a> {
        self.iter()
    }
}

/// The chains of a [`Chains`], in order.
#[derive(Debug, Clone)]
pub struct ChainIter<'a> {
    chains: &'a Chains,
    next: usize,
}

impl<'a> Iterator for ChainIter<'a> {
    type Item = Chain<'a>;

    fn next(&mut self) -> Option<Chain<'a>> {
        let c = self.chains;
        let end = *c.ends.get(self.next)?;
        let start = self.next.checked_sub(1).map_or(0, |i| c.ends[i]);
        self.next += 1;
        Some(Chain {
            groups: &c.groups[start..end],
        })
    }
}

impl Chain<'_> {
    /// The characters of groups `i..j` without separators.
    pub fn joined(&self, text: &str, i: usize, j: usize) -> Vec<u8> {
        let b = text.as_bytes();
        let mut out = Vec::with_capacity(20);
        for g in &self.groups[i..j] {
            out.extend_from_slice(&b[g.start..g.end]);
        }
        out
    }
}

/// The tokens of the canonical text: maximal runs of ASCII letters and digits, in order.
pub fn tokens(text: &str) -> Vec<Span> {
    ascii_marks(text).tokens
}

/// What one pass over the ASCII bytes of a text finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsciiMarks {
    /// [`tokens`].
    pub tokens: Vec<Span>,
    /// Every `@` (e-mail addresses and the residual check start from them).
    pub ats: Vec<usize>,
    /// Every line break (`\n`): the lines of the layout.
    pub newlines: Vec<usize>,
    /// The text has a tab or a `|`: it may hold a table.
    pub columns: bool,
}

/// [`tokens`], `@`s, line breaks and column separators, in one pass that skips the bytes of
/// Han text eight at a time.
pub fn ascii_marks(text: &str) -> AsciiMarks {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(super::capacity_for(text.len(), 64));
    let mut ats = Vec::new();
    let mut newlines = Vec::with_capacity(super::capacity_for(text.len(), 64));
    let mut columns = false;
    let mut i = 0;
    while i < b.len() {
        // Han text is all non-ASCII bytes: skip eight of them at a time, or up to the first
        // ASCII byte of the eight.
        if let Some(w) = crate::text::scan::word_at(b, i) {
            let ascii = !w & HIGH;
            if ascii == 0 {
                i += 8;
                continue;
            }
            i += (ascii.trailing_zeros() / 8) as usize;
        }
        if !b[i].is_ascii_alphanumeric() {
            if b[i] == b'@' {
                ats.push(i);
            } else if b[i] == b'\n' {
                newlines.push(i);
            } else {
                columns |= matches!(b[i], b'\t' | b'|');
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        out.push(Span::new(start, i));
    }
    AsciiMarks {
        tokens: out,
        ats,
        newlines,
        columns,
    }
}

/// Groups the digit tokens of `tokens` (see [`tokens`]) into chains.
pub fn chains(text: &str, tokens: &[Span]) -> Chains {
    let b = text.as_bytes();
    let mut out = Chains {
        groups: Vec::with_capacity(tokens.len()),
        ends: Vec::with_capacity(tokens.len()),
    };
    for t in tokens {
        let (start, i) = (t.start, t.end);
        let tok = &b[start..i];
        let digits_then_x = {
            let body = match tok.last() {
                Some(b'X' | b'x') => &tok[..tok.len() - 1],
                _ => tok,
            };
            !body.is_empty() && body.iter().all(u8::is_ascii_digit)
        };
        if !digits_then_x {
            // A mixed alphanumeric token breaks any chain around it.
            close(&mut out);
            continue;
        }
        // Continue the chain only across exactly one separator character.
        let joined = match out.groups.last() {
            Some(prev) if out.building() => {
                start == prev.end + 1 && matches!(b[prev.end], b' ' | b'-')
            }
            _ => false,
        };
        if !joined {
            close(&mut out);
        }
        out.groups.push(Group { start, end: i });
    }
    close(&mut out);
    out
}

/// Ends the chain being built, if any.
fn close(out: &mut Chains) {
    if out.building() {
        out.ends.push(out.groups.len());
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]
        /// Tokens are the maximal runs of ASCII letters and digits, `@`s and line breaks every
        /// one of them, whatever mix of one- to four-byte characters surrounds them (the
        /// word-wise skip of non-ASCII bytes lands on each ASCII byte).
        #[test]
        fn ascii_marks_are_the_plain_definition(
            v in proptest::collection::vec(
                proptest::sample::select(&["张", "中文字", "a", "1", "@", " ", ",", "é", "😀", "Z9", "，", "\n", "\t", "|"][..]),
                0..40,
            )
        ) {
            let t: String = v.concat();
            let b = t.as_bytes();
            let mut want = Vec::new();
            let mut i = 0;
            while i < b.len() {
                if b[i].is_ascii_alphanumeric() {
                    let s = i;
                    while i < b.len() && b[i].is_ascii_alphanumeric() {
                        i += 1;
                    }
                    want.push(Span::new(s, i));
                } else {
                    i += 1;
                }
            }
            let ats: Vec<usize> = t.match_indices('@').map(|(i, _)| i).collect();
            let newlines: Vec<usize> = t.match_indices('\n').map(|(i, _)| i).collect();
            let columns = t.contains(['\t', '|']);
            prop_assert_eq!(ascii_marks(&t), AsciiMarks { tokens: want, ats, newlines, columns });
        }
    }

    fn groups(text: &str) -> Vec<Vec<&str>> {
        chains(text, &tokens(text))
            .iter()
            .map(|c| c.groups.iter().map(|g| &text[g.start..g.end]).collect())
            .collect()
    }

    #[test]
    fn splits_into_chains() {
        assert_eq!(
            groups("电话138 0013 8000，证号350503 19850312 123X。"),
            vec![
                vec!["138", "0013", "8000"],
                vec!["350503", "19850312", "123X"]
            ]
        );
        assert_eq!(groups("+86-13800138000"), vec![vec!["86", "13800138000"]]);
        // Two spaces break the chain; a mixed token is not a group.
        assert_eq!(
            groups("138  0013 E1234567"),
            vec![vec!["138"], vec!["0013"]]
        );
        assert_eq!(groups("91120116697415782C"), Vec::<Vec<&str>>::new());
    }
}
