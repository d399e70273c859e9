//! A compact encoding of a [`Redaction`] for the JavaScript boundary.
//!
//! Building the result as JavaScript objects field by field from Rust (serde-wasm-bindgen)
//! took a fifth of a `redact` call in Node: every field is a call out of wasm and every string
//! its own decode. Here the result becomes two values instead: every text of the result back
//! to back, in UTF-16 (JavaScript decodes UTF-16 about ten times faster than the UTF-8 of
//! Chinese text: 0.5 against 5 µs for a typical result in Node), and a list of numbers
//! (lengths, flags, offsets, symbol ids).
//! `js/core.js` (`decodeRedaction`) reads both in the same order and builds the same objects,
//! field for field and in the same key order, as serde would (`check` still returns its
//! `redacted` part through serde: `tests/js/tape.test.mjs` compares the two).
//!
//! Layout (each item `u32`): the counts of findings, kept items and warnings, then each
//! finding (`code`, `severity`, span, `message`, `basis`, `suggestion`, `pii`), each kept
//! item and each warning (a finding) in order. A string is its length in UTF-16 units (the
//! text follows in the string), [`NONE`] for `null`. A symbol (codes, enum names, recognizer,
//! cue, basis: few distinct values, repeated on every item) is an id; the first use of an id
//! is followed by its string, later uses are the id alone. Optional parts start with a flag.

use std::fmt;

use serde::ser::Impossible;
use serde::Serialize;

use crate::finding::{Finding, Lang, Span, Text};
use crate::redact::{Kept, PiiDetail, PiiKind, Redaction, Role, Validity};

/// Stands for `null` (a string or symbol) in the number list.
pub const NONE: u32 = u32::MAX;

/// Slots of the symbol cache (a power of two).
const SLOTS: usize = 64;

/// The two halves of an encoded result.
pub struct Tape {
    /// Every string of the result, back to back, in UTF-16.
    pub strings: Vec<u16>,
    /// Counts, flags, offsets, lengths and symbol ids.
    pub numbers: Vec<u32>,
}

struct Writer<'a> {
    lang: Lang,
    strings: Vec<u16>,
    numbers: Vec<u32>,
    /// A direct-mapped cache of the symbols sent so far. A collision only sends a symbol
    /// again under a new id, which the reader accepts: the cache needs no exact bookkeeping.
    cache: [Option<(&'a str, u32)>; SLOTS],
    next_symbol: u32,
}

/// Encodes `r`, whose spans are already in the units the reader wants (UTF-16 in JavaScript),
/// with its messages in `lang`.
pub fn encode(r: &Redaction, lang: Lang) -> Tape {
    let items = r.findings.len() + r.kept.len() + r.warnings.len();
    let mut w = Writer {
        lang,
        strings: Vec::with_capacity(items * 40),
        numbers: Vec::with_capacity(3 + items * 20),
        cache: [None; SLOTS],
        next_symbol: 0,
    };
    for n in [r.findings.len(), r.kept.len(), r.warnings.len()] {
        w.number(n);
    }
    for f in &r.findings {
        w.finding(f);
    }
    for k in &r.kept {
        w.kept(k);
    }
    for f in &r.warnings {
        w.finding(f);
    }
    Tape {
        strings: w.strings,
        numbers: w.numbers,
    }
}

impl<'a> Writer<'a> {
    fn number(&mut self, n: usize) {
        // Offsets and counts of a text under the 20 MB input limit fit in 32 bits.
        self.numbers.push(u32::try_from(n).unwrap_or(NONE - 1));
    }

    fn string(&mut self, s: &str) {
        // One reservation for the whole string (it has at most as many UTF-16 units as UTF-8
        // bytes), then the units pushed without regrowing.
        let before = self.strings.len();
        self.strings.reserve(s.len());
        for u in s.encode_utf16() {
            self.strings.push(u);
        }
        self.number(self.strings.len() - before);
    }

    fn text(&mut self, t: &Text) {
        self.string(t.get(self.lang));
    }

    fn symbol(&mut self, s: &'a str) {
        let b = s.as_bytes();
        let slot = (b.len()
            ^ b.first().map_or(0, |&x| x as usize) << 3
            ^ b.last().map_or(0, |&x| x as usize) << 1)
            % SLOTS;
        if let Some((known, id)) = self.cache[slot] {
            if known == s {
                self.numbers.push(id);
                return;
            }
        }
        let id = self.next_symbol;
        self.next_symbol += 1;
        self.cache[slot] = Some((s, id));
        self.numbers.push(id);
        self.string(s);
    }

    fn optional_symbol(&mut self, s: Option<&'a str>) {
        match s {
            Some(s) => self.symbol(s),
            None => self.numbers.push(NONE),
        }
    }

    fn variant<T: Serialize>(&mut self, v: &T) {
        // Enums serialize as their unit variant's name; anything else would be a bug here.
        self.symbol(v.serialize(VariantName).unwrap_or("?"));
    }

    fn span(&mut self, s: Span) {
        self.number(s.start);
        self.number(s.end);
    }

    fn entity(&mut self, entity: Option<u32>) {
        match entity {
            Some(e) => self.numbers.extend([1, e]),
            None => self.numbers.push(0),
        }
    }

    fn finding(&mut self, f: &'a Finding) {
        self.symbol(&f.code);
        self.variant(&f.severity);
        match f.span {
            Some(s) => {
                self.numbers.push(1);
                self.span(s);
            }
            None => self.numbers.push(0),
        }
        self.text(&f.message);
        self.optional_symbol(f.basis.as_deref());
        match &f.suggestion {
            Some(t) => self.text(t),
            None => self.numbers.push(NONE),
        }
        match f.pii.as_deref() {
            Some(p) => {
                self.numbers.push(1);
                self.pii(p);
            }
            None => self.numbers.push(0),
        }
    }

    /// What masked and kept items share: kind, role, recognizer, cue, validity, score.
    fn recognised(
        &mut self,
        (kind, role): (PiiKind, Role),
        recognizer: &'a str,
        cue: Option<&'a str>,
        validity: Validity,
        score: f32,
    ) {
        // Serialized by name (`json::serialize_by_name`): the name straight from its table.
        self.symbol(crate::json::JsonEnum::name(&kind));
        self.symbol(crate::json::JsonEnum::name(&role));
        self.symbol(recognizer);
        self.optional_symbol(cue);
        self.variant(&validity);
        self.numbers.push(score.to_bits());
    }

    fn pii(&mut self, p: &'a PiiDetail) {
        self.recognised((p.kind, p.role), p.recognizer, p.cue, p.validity, p.score);
        self.variant(&p.action);
        self.entity(p.entity);
        self.string(&p.replacement);
    }

    fn kept(&mut self, k: &'a Kept) {
        self.span(k.span);
        self.recognised((k.kind, k.role), k.recognizer, k.cue, k.validity, k.score);
        self.entity(k.entity);
        self.text(&k.reason);
        self.symbol(k.basis);
    }
}

/// A serializer that accepts only unit variants and returns their serialized names, so the
/// names on the tape are exactly the ones serde writes.
struct VariantName;

macro_rules! refuse {
    ($($name:ident($($t:ty),*)),* $(,)?) => {
        $(fn $name(self, $(_: $t),*) -> Result<&'static str, fmt::Error> { Err(fmt::Error) })*
    };
}

impl serde::Serializer for VariantName {
    type Ok = &'static str;
    type Error = fmt::Error;
    type SerializeSeq = Impossible<&'static str, fmt::Error>;
    type SerializeTuple = Impossible<&'static str, fmt::Error>;
    type SerializeTupleStruct = Impossible<&'static str, fmt::Error>;
    type SerializeTupleVariant = Impossible<&'static str, fmt::Error>;
    type SerializeMap = Impossible<&'static str, fmt::Error>;
    type SerializeStruct = Impossible<&'static str, fmt::Error>;
    type SerializeStructVariant = Impossible<&'static str, fmt::Error>;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<&'static str, fmt::Error> {
        Ok(variant)
    }

    refuse!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<&'static str, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, fmt::Error> {
        Err(fmt::Error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names on the tape are serde's, for every enum the tape carries.
    #[test]
    fn variant_names_are_serde_names() {
        let text = "证人李四（电话13800138000）称，编号987654321012，联系邮箱 ab@cd.cn。\
                    经鉴定，王五左腿骨折，住院治疗。执法人员张晓东。";
        let r = crate::redact(text, &Default::default()).unwrap();
        let name = |v: serde_json::Value| v.as_str().unwrap().to_string();
        let mut seen = 0;
        for f in &r.findings {
            let p = f.pii.as_deref().unwrap();
            for (v, json) in [
                (
                    f.severity.serialize(VariantName),
                    serde_json::to_value(f.severity),
                ),
                (
                    Ok(crate::json::JsonEnum::name(&p.kind)),
                    serde_json::to_value(p.kind),
                ),
                (
                    Ok(crate::json::JsonEnum::name(&p.role)),
                    serde_json::to_value(p.role),
                ),
                (
                    p.validity.serialize(VariantName),
                    serde_json::to_value(p.validity),
                ),
                (
                    p.action.serialize(VariantName),
                    serde_json::to_value(p.action),
                ),
            ] {
                assert_eq!(v.unwrap(), name(json.unwrap()));
                seen += 1;
            }
        }
        assert!(seen >= 20, "{seen}");
        // Anything but a unit variant is refused, not misread.
        assert!("x".serialize(VariantName).is_err());
        assert!(Some(1u8).serialize(VariantName).is_err());
    }

    /// The counts lead, a symbol is its id and, on first use, its length and text, sent once.
    #[test]
    fn layout_of_the_numbers() {
        let r = crate::redact("𠮷电话13800138000，电话13900139000", &Default::default()).unwrap();
        assert_eq!(r.findings.len(), 2);
        let t = encode(&r, Lang::Zh);
        assert_eq!(&t.numbers[..3], &[2, 0, 0]);
        // The first finding defines its code (id 0, then its length) and severity (id 1).
        assert_eq!(t.numbers[3], 0);
        assert_eq!(t.numbers[4] as usize, "pii.mobile_phone".len());
        let strings = String::from_utf16(&t.strings).unwrap();
        assert!(strings.starts_with("pii.mobile_phoneinfo"));
        assert_eq!(
            strings.matches("pii.mobile_phone").count(),
            1,
            "a symbol's text is sent once"
        );
    }
}
