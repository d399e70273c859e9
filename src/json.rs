//! A small JSON reader for the options and the record form, in place of serde's deserialisers:
//! their per-type visitors and `serde_json`'s parser weighed about 64 KiB of the gzipped
//! WebAssembly; this module and its conversions weigh about a third of that.
//!
//! Two steps: [`parse`] reads strict RFC 8259 JSON into a borrowed [`Value`] tree, and
//! [`FromJson`] turns a value into a Rust type, keeping the path it is at (`policy.kinds.dna`,
//! `validate.docTypes[2].elements[0].id`) for the error message. The parser rejects what RFC
//! 8259 forbids (trailing commas, control characters in strings, lone surrogate escapes,
//! anything after the value), duplicate keys, and nesting deeper than [`MAX_DEPTH`] (so hostile
//! input cannot exhaust the stack). It never panics.
//!
//! The conversions accept what serde accepted, with these rules:
//! - objects: unknown keys are errors that list the keys expected; absent keys keep their
//!   `Default`; `null` is only accepted where the type is an `Option` (it means `None`);
//! - integers: digits only, in range (`1.0`, `1e2`, `-0` and `-1` are refused, as `serde_json`
//!   refused them); floats: any JSON number that is finite as an `f64`;
//! - enums: one of a fixed set of strings (aliases included).
//!
//! Three things serde also took are refused: a struct written as an array of its field values
//! (`[]` for the options), an enum written as a one-key object (`{"keep": null}`), and two keys
//! naming the same thing (`"id_card"` twice, or `"bank_account"` with its alias
//! `"bankAccount"`, where serde let the last one win).
//!
//! Messages never quote a value the caller passed (it could be personal data, e.g. a deny-list
//! term); they name the path, the key and what was expected.

use std::borrow::Cow;

use crate::error::{Error, ErrorCode};
use crate::finding::Text;

/// Deepest nesting of arrays and objects accepted (the limit `serde_json` applied).
pub(crate) const MAX_DEPTH: usize = 128;

/// A parsed JSON value borrowing from the input.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its (validated) source text: integers are read without a detour via `f64`.
    Number(&'a str),
    /// A string, unescaped (borrowed when it had no escapes).
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Value<'a>>),
    /// An object, members in source order (keys are unique).
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

/// Where a problem is: a byte offset in the input (syntax) or a path in the value (types).
#[derive(Debug, Clone, PartialEq)]
enum Place {
    Offset(usize),
    Path(String),
}

/// A problem found while reading, before it becomes an [`Error`] of the entry point. Boxed, so
/// that every `Result` passed up the conversions stays one word wide.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Problem(Box<Detail>);

/// What a [`Problem`] says: where, and what is wrong there in both languages.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Detail {
    place: Place,
    zh: String,
    en: String,
}

#[cfg(test)]
impl std::ops::Deref for Problem {
    type Target = Detail;
    fn deref(&self) -> &Detail {
        &self.0
    }
}

/// What is being read, for the wording and code of the error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    /// The options object (`invalid_options`).
    Options,
    /// The whole-process record form (`invalid_argument`).
    Record,
}

impl Problem {
    fn into_error(self, input: &str, subject: Subject) -> Error {
        let (code, zh, en, zh_field, en_field) = match subject {
            Subject::Options => (
                ErrorCode::InvalidOptions,
                "选项",
                "options",
                "选项",
                "Invalid option",
            ),
            Subject::Record => (
                ErrorCode::InvalidArgument,
                "记录表",
                "record form",
                "记录表字段",
                "Invalid record form field",
            ),
        };
        let Detail {
            place,
            zh: p_zh,
            en: p_en,
        } = *self.0;
        let text = match place {
            Place::Offset(at) => {
                let before = input.get(..at).unwrap_or(input);
                let line = before.matches('\n').count() + 1;
                let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                Text::new(
                    format!("{zh}的 JSON 有误（第 {line} 行第 {col} 列）：{p_zh}。"),
                    format!("Malformed {en} JSON at line {line}, column {col}: {p_en}."),
                )
            }
            Place::Path(path) if path.is_empty() => Text::new(
                format!("{zh}无效：{p_zh}。"),
                format!("Invalid {en}: {p_en}."),
            ),
            Place::Path(path) => Text::new(
                format!("{zh_field} {path} 无效：{p_zh}。"),
                format!("{en_field} {path}: {p_en}."),
            ),
        };
        Error::new(code, text)
    }
}

/// Parses `json` and converts it to `T`; errors are worded for `subject`.
pub(crate) fn read<T: FromJson>(json: &str, subject: Subject) -> Result<T, Error> {
    parse(json)
        .and_then(|v| T::from_json(&v, &At::ROOT))
        .map_err(|p| p.into_error(json, subject))
}

/// Test shorthand: reads `json` as options.
#[cfg(test)]
pub(crate) fn from_str<T: FromJson>(json: &str) -> Result<T, Error> {
    read(json, Subject::Options)
}

// ---------------------------------------------------------------------------------------------
// Parsing

/// Parses one JSON value (with optional surrounding whitespace) from `s`.
pub(crate) fn parse(s: &str) -> Result<Value<'_>, Problem> {
    let mut p = Parser {
        s,
        b: s.as_bytes(),
        i: 0,
        depth: 0,
    };
    p.ws();
    let v = p.value()?;
    p.ws();
    if p.i < p.b.len() {
        return Err(p.err(
            "JSON 值之后还有多余内容",
            "unexpected content after the value",
        ));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, zh: &str, en: &str) -> Problem {
        self.err_at(self.i, zh.to_string(), en.to_string())
    }

    fn err_at(&self, at: usize, zh: String, en: String) -> Problem {
        Problem(Box::new(Detail {
            place: Place::Offset(at),
            zh,
            en,
        }))
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        let hit = self.peek() == Some(c);
        self.i += hit as usize;
        hit
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Value<'a>, Problem> {
        match self.peek() {
            None => Err(self.err("内容不完整", "unexpected end of input")),
            Some(b'{' | b'[') => {
                if self.depth >= MAX_DEPTH {
                    return Err(self.err(
                        "数组和对象嵌套超过 128 层",
                        "arrays and objects nested deeper than 128 levels",
                    ));
                }
                self.depth += 1;
                let v = if self.peek() == Some(b'{') {
                    self.object()
                } else {
                    self.array()
                };
                self.depth -= 1;
                v
            }
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err("此处应为一个值", "expected a value")),
        }
    }

    fn literal(&mut self, word: &str, v: Value<'a>) -> Result<Value<'a>, Problem> {
        if self.b[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.err("此处应为一个值", "expected a value"))
        }
    }

    fn digits(&mut self) -> Result<(), Problem> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.err("无效的数字", "invalid number"));
        }
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        Ok(())
    }

    fn number(&mut self) -> Result<Value<'a>, Problem> {
        let start = self.i;
        self.eat(b'-');
        if !self.eat(b'0') {
            self.digits()?;
        }
        if self.eat(b'.') {
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            self.digits()?;
        }
        Ok(Value::Number(&self.s[start..self.i]))
    }

    fn hex4(&mut self) -> Result<u32, Problem> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self.peek().and_then(|c| (c as char).to_digit(16));
            let Some(d) = d else {
                return Err(self.err("无效的 \\u 转义", "invalid \\u escape"));
            };
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    /// The character of a `\u` escape (the `\u` already read), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, Problem> {
        let at = self.i - 2;
        let hi = self.hex4()?;
        let code = match hi {
            0xD800..=0xDBFF => {
                let lo = if self.eat(b'\\') && self.eat(b'u') {
                    self.hex4()?
                } else {
                    0
                };
                if !(0xDC00..=0xDFFF).contains(&lo) {
                    return Err(self.lone_surrogate(at));
                }
                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.lone_surrogate(at)),
            _ => hi,
        };
        // Every value left is a scalar value; the fallback is unreachable.
        Ok(char::from_u32(code).unwrap_or('\u{FFFD}'))
    }

    fn lone_surrogate(&self, at: usize) -> Problem {
        self.err_at(
            at,
            "不成对的代理项转义（\\uD800–\\uDFFF）".into(),
            "unpaired surrogate escape (\\uD800–\\uDFFF)".into(),
        )
    }

    fn string(&mut self) -> Result<Cow<'a, str>, Problem> {
        self.i += 1; // the opening quote
        let mut owned: Option<String> = None;
        let mut run = self.i;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err("字符串没有结束引号", "unterminated string"));
            };
            match c {
                b'"' | b'\\' => {
                    // `run..i` lies between ASCII bytes, so it is on character boundaries.
                    let plain = &self.s[run..self.i];
                    self.i += 1;
                    if c == b'"' {
                        return Ok(match owned {
                            None => Cow::Borrowed(plain),
                            Some(mut o) => {
                                o.push_str(plain);
                                Cow::Owned(o)
                            }
                        });
                    }
                    let o = owned.get_or_insert_with(String::new);
                    o.push_str(plain);
                    let e = self.peek();
                    self.i += 1;
                    o.push(match e {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => {
                            return Err(self.err_at(
                                self.i - 2,
                                "无效的转义序列".into(),
                                "invalid escape sequence".into(),
                            ))
                        }
                    });
                    run = self.i;
                }
                0..=0x1F => {
                    return Err(self.err(
                        "字符串中有未转义的控制字符",
                        "unescaped control character in a string",
                    ))
                }
                _ => self.i += 1,
            }
        }
    }

    fn array(&mut self) -> Result<Value<'a>, Problem> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            self.ws();
            if self.peek() == Some(b']') && !items.is_empty() {
                return Err(self.err("多余的逗号", "trailing comma"));
            }
            items.push(self.value()?);
            self.ws();
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.err("此处应为 “,” 或 “]”", "expected ',' or ']'"));
            }
        }
    }

    fn object(&mut self) -> Result<Value<'a>, Problem> {
        self.i += 1;
        let mut members = Vec::new();
        let mut key_at = Vec::new();
        self.ws();
        if !self.eat(b'}') {
            loop {
                self.ws();
                match self.peek() {
                    Some(b'"') => {}
                    Some(b'}') if !members.is_empty() => {
                        return Err(self.err("多余的逗号", "trailing comma"))
                    }
                    _ => {
                        return Err(
                            self.err("此处应为带双引号的键", "expected a key in double quotes")
                        )
                    }
                }
                key_at.push(self.i);
                let k = self.string()?;
                self.ws();
                if !self.eat(b':') {
                    return Err(self.err("此处应为 “:”", "expected ':'"));
                }
                self.ws();
                members.push((k, self.value()?));
                self.ws();
                if self.eat(b'}') {
                    break;
                }
                if !self.eat(b',') {
                    return Err(self.err("此处应为 “,” 或 “}”", "expected ',' or '}'"));
                }
            }
        }
        if let Some(dup) = first_duplicate(&members) {
            let k = show_key(&members[dup].0);
            return Err(self.err_at(
                key_at[dup],
                format!("重复的键 “{k}”"),
                format!("duplicate key \"{k}\""),
            ));
        }
        Ok(Value::Object(members))
    }
}

/// The index of the first member whose key an earlier member already has. Members are
/// sorted by a hash of their key with the crate's one sort (O(n log n), so a huge object
/// cannot make the check quadratic); only keys with equal hashes are compared.
fn first_duplicate(members: &[(Cow<'_, str>, Value<'_>)]) -> Option<usize> {
    let hash = |k: &str| {
        // FNV-1a.
        k.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let mut order: Vec<(u64, usize)> = members
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (hash(k), i))
        .collect();
    crate::sort::by_key(&mut order, |&(h, i)| ((h as u128) << 64) | i as u128);
    let mut first = None;
    for (g, &(h, i)) in order.iter().enumerate() {
        // Earlier members with the same hash come just before, in source order.
        let dup = order[..g]
            .iter()
            .rev()
            .take_while(|(h2, _)| *h2 == h)
            .any(|&(_, j)| members[j].0 == members[i].0);
        if dup && first.is_none_or(|f| i < f) {
            first = Some(i);
        }
    }
    first
}

/// A key as it may appear in a message: keys are names, not values, but a caller's key is
/// shortened and stripped of control characters all the same.
fn show_key(k: &str) -> String {
    let mut out = String::new();
    for (n, c) in k.chars().enumerate() {
        if n == 40 {
            out.push('…');
            break;
        }
        out.push(if c.is_control() { '?' } else { c });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Conversion

#[derive(Debug, Clone, Copy)]
enum Seg<'p> {
    Root,
    Key(&'p str),
    Index(usize),
}

/// Where a value is in the document: a chain of keys and indexes on the stack, turned into
/// `a.b[2].c` only when an error is reported.
#[derive(Debug, Clone, Copy)]
pub(crate) struct At<'p> {
    up: Option<&'p At<'p>>,
    seg: Seg<'p>,
}

impl<'p> At<'p> {
    /// The top of the document.
    pub(crate) const ROOT: At<'static> = At {
        up: None,
        seg: Seg::Root,
    };

    /// The member `key` of the object here.
    pub(crate) fn key<'q>(&'q self, key: &'q str) -> At<'q> {
        At {
            up: Some(self),
            seg: Seg::Key(key),
        }
    }

    /// The item `i` of the array here.
    pub(crate) fn index(&self, i: usize) -> At<'_> {
        At {
            up: Some(self),
            seg: Seg::Index(i),
        }
    }

    fn path(&self) -> String {
        let mut segs = Vec::new();
        let mut at = Some(self);
        while let Some(a) = at {
            segs.push(a.seg);
            at = a.up;
        }
        let mut out = String::new();
        for s in segs.iter().rev() {
            match *s {
                Seg::Root => {}
                Seg::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(&show_key(k));
                }
                Seg::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out
    }
}

/// A problem with the value at `at`.
#[inline(never)]
pub(crate) fn fail(at: &At<'_>, zh: String, en: String) -> Problem {
    Problem(Box::new(Detail {
        place: Place::Path(at.path()),
        zh,
        en,
    }))
}

/// "Expected …" at `at`.
pub(crate) fn expected(at: &At<'_>, zh: &str, en: &str) -> Problem {
    fail(at, format!("应为{zh}"), format!("expected {en}"))
}

fn one_of(names: &[&str]) -> (String, String) {
    (names.join("、"), names.join(", "))
}

/// A type that can be read from a JSON value.
pub(crate) trait FromJson: Sized {
    /// Converts `v`, which is at `at` in the document.
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem>;
}

impl FromJson for bool {
    #[inline(never)]
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(expected(
                at,
                "布尔值（true 或 false）",
                "a boolean (true or false)",
            )),
        }
    }
}

impl FromJson for String {
    #[inline(never)]
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
        Ok(str_of(v, at)?.to_string())
    }
}

/// The string at `at`.
pub(crate) fn str_of<'v>(v: &'v Value<'_>, at: &At<'_>) -> Result<&'v str, Problem> {
    match v {
        Value::String(s) => Ok(s),
        _ => Err(expected(at, "字符串", "a string")),
    }
}

/// A non-negative integer of at most `max`, written with digits only.
#[inline(never)]
fn uint(v: &Value<'_>, at: &At<'_>, max: u64) -> Result<u64, Problem> {
    match v {
        Value::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => {
            match n.bytes().try_fold(0u64, |x, b| {
                x.checked_mul(10)?.checked_add((b - b'0') as u64)
            }) {
                Some(x) if x <= max => Ok(x),
                _ => Err(fail(
                    at,
                    format!("数值超出范围（最大为 {max}）"),
                    format!("number out of range (at most {max})"),
                )),
            }
        }
        _ => Err(expected(at, "非负整数", "a non-negative integer")),
    }
}

macro_rules! uint_from_json {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            #[inline(never)]
            fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
                // `max` fits `$t`, so the conversion cannot fail.
                uint(v, at, <$t>::MAX as u64).map(|x| x as $t)
            }
        }
    )*};
}
uint_from_json!(u32, u64, usize);

impl FromJson for f64 {
    #[inline(never)]
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
        match v {
            Value::Number(n) => match number_f64(n) {
                x if x.is_finite() => Ok(x),
                _ => Err(fail(
                    at,
                    "数值超出范围".into(),
                    "number out of range".into(),
                )),
            },
            _ => Err(expected(at, "数字", "a number")),
        }
    }
}

/// 10^n from correctly rounded powers 10^(2^k): exact up to 10^22.
fn pow10(mut n: u32) -> f64 {
    const P: [f64; 9] = [1e1, 1e2, 1e4, 1e8, 1e16, 1e32, 1e64, 1e128, 1e256];
    let mut x = 1.0;
    for p in P {
        if n & 1 == 1 {
            x *= p;
        }
        n >>= 1;
    }
    if n > 0 {
        f64::INFINITY
    } else {
        x
    }
}

/// The value of a JSON number (already validated by the parser). Exact (correctly rounded)
/// for up to 15 significant digits with a decimal scale within ±22, which covers every value
/// read here (seconds); otherwise within a few units in the last place, like `serde_json`'s
/// default parsing (so a number within a few units of `f64::MAX` may come out infinite and be
/// refused). `core`'s exact parser would add 12 KB of WebAssembly for this one field.
fn number_f64(n: &str) -> f64 {
    let (neg, n) = match n.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, n),
    };
    let (digits, exp) = match n.find(['e', 'E']) {
        Some(i) => (&n[..i], &n[i + 1..]),
        None => (n, ""),
    };
    let mut mant: u64 = 0;
    let mut scale: i64 = 0;
    let mut frac = false;
    for b in digits.bytes() {
        if b == b'.' {
            frac = true;
        } else if mant < 100_000_000_000_000_000 {
            mant = mant * 10 + (b - b'0') as u64;
            scale -= frac as i64;
        } else {
            // Digits beyond the 18th only move the decimal point.
            scale += !frac as i64;
        }
    }
    let (eneg, edigits) = match exp.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, exp.trim_start_matches('+')),
    };
    let e = edigits
        .bytes()
        .fold(0i64, |e, b| (e * 10 + (b - b'0') as i64).min(100_000));
    scale += if eneg { -e } else { e };
    let m = mant as f64;
    let x = if mant == 0 {
        0.0
    } else if scale >= 0 {
        m * pow10(scale.min(400) as u32)
    } else if scale >= -308 {
        m / pow10(-scale as u32)
    } else {
        // Two steps, so tiny values do not go through an infinite power of ten.
        m / 1e308 / pow10((-scale - 308).min(400) as u32)
    };
    if neg {
        -x
    } else {
        x
    }
}

impl<T: FromJson> FromJson for Option<T> {
    #[inline(never)]
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
        match v {
            Value::Null => Ok(None),
            _ => T::from_json(v, at).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    #[inline(never)]
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
        let Value::Array(items) = v else {
            return Err(expected(at, "数组", "an array"));
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, x) in items.iter().enumerate() {
            out.push(T::from_json(x, &at.index(i))?);
        }
        Ok(out)
    }
}

/// The members of the object at `at`.
pub(crate) fn members<'v, 'a>(
    v: &'v Value<'a>,
    at: &At<'_>,
) -> Result<&'v [(Cow<'a, str>, Value<'a>)], Problem> {
    match v {
        Value::Object(m) => Ok(m),
        _ => Err(expected(at, "对象", "an object")),
    }
}

/// A place a value can be read into: every [`FromJson`] type. Struct fields are reached as
/// `&mut dyn ReadInto`, so one loop ([`read_struct`]) serves every struct and each field costs
/// a pointer, not a copy of the conversion code.
pub(crate) trait ReadInto {
    /// Replaces `self` with the value read from `v`.
    fn read_into(&mut self, v: &Value<'_>, at: &At<'_>) -> Result<(), Problem>;
}

impl<T: FromJson> ReadInto for T {
    #[inline(never)]
    fn read_into(&mut self, v: &Value<'_>, at: &At<'_>) -> Result<(), Problem> {
        *self = T::from_json(v, at)?;
        Ok(())
    }
}

/// A struct read by [`read_struct`]: its field for the key at index `i` of its key list.
pub(crate) trait Fields {
    /// The field of key `i` (`None` only for an index past the list).
    fn field(&mut self, i: usize) -> Option<&mut dyn ReadInto>;
}

/// Reads the object at `at` into `out`: each key must be one of `keys` (the error lists them),
/// and every key of `required` must be there.
pub(crate) fn read_struct(
    v: &Value<'_>,
    at: &At<'_>,
    keys: &[&str],
    required: &[&str],
    out: &mut dyn Fields,
) -> Result<(), Problem> {
    for (k, x) in members(v, at)? {
        let Some(slot) = lookup(k, keys).and_then(|i| out.field(i)) else {
            return Err(unknown_key(at, k, keys));
        };
        slot.read_into(x, &at.key(k))?;
    }
    require(v, at, required)
}

fn unknown_key(at: &At<'_>, k: &str, keys: &[&str]) -> Problem {
    let (zh, en) = one_of(keys);
    let k = show_key(k);
    fail(
        at,
        format!("未知的键 “{k}”（可用：{zh}）"),
        format!("unknown key \"{k}\" (expected one of: {en})"),
    )
}

/// The index of `k` in `keys`, at compile time (for [`json_struct`]).
pub(crate) const fn key_index(keys: &[&str], k: &str) -> usize {
    let mut i = 0;
    'keys: while i < keys.len() {
        let (a, b) = (keys[i].as_bytes(), k.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() {
                if a[j] != b[j] {
                    i += 1;
                    continue 'keys;
                }
                j += 1;
            }
            return i;
        }
        i += 1;
    }
    // Only ever evaluated in a `const` block: a compile error, not a run-time panic.
    panic!("json_struct: key missing from its own list")
}

/// Fails unless the object at `at` has every key in `required`.
pub(crate) fn require(v: &Value<'_>, at: &At<'_>, required: &[&str]) -> Result<(), Problem> {
    let m = members(v, at)?;
    match required.iter().find(|r| !m.iter().any(|(k, _)| k == **r)) {
        Some(r) => Err(fail(
            at,
            format!("缺少必需的键 “{r}”"),
            format!("missing required key \"{r}\""),
        )),
        None => Ok(()),
    }
}

/// An enum read from one of a fixed set of strings.
pub(crate) trait JsonEnum: Sized + Copy + 'static {
    /// Accepted spellings: the canonical names first (one per variant), then aliases.
    const NAMES: &'static [&'static str];
    /// The variant of each name.
    const VALUES: &'static [Self];
    /// How many of `NAMES` are canonical (listed in messages).
    const CANONICAL: usize;

    /// The canonical name of this variant (every variant has one; they come first).
    fn name(&self) -> &'static str
    where
        Self: PartialEq,
    {
        let i = Self::VALUES.iter().position(|v| v == self).unwrap_or(0);
        Self::NAMES[i]
    }
}

fn lookup(s: &str, names: &[&str]) -> Option<usize> {
    names.iter().position(|n| *n == s)
}

/// The variant whose name is the string `v`.
#[inline(never)]
pub(crate) fn enum_value<T: JsonEnum>(v: &Value<'_>, at: &At<'_>) -> Result<T, Problem> {
    enum_index(v, at, T::NAMES, T::CANONICAL).map(|i| T::VALUES[i])
}

#[inline(never)]
fn enum_index(
    v: &Value<'_>,
    at: &At<'_>,
    names: &[&str],
    canonical: usize,
) -> Result<usize, Problem> {
    let (zh, en) = one_of(&names[..canonical]);
    match v {
        Value::String(s) => lookup(s, names).ok_or_else(|| {
            fail(
                at,
                format!("未知的取值（可用：{zh}）"),
                format!("unknown value (expected one of: {en})"),
            )
        }),
        _ => Err(fail(
            at,
            format!("应为以下字符串之一：{zh}"),
            format!("expected one of the strings: {en}"),
        )),
    }
}

/// An object keyed by the names of an enum (`{"id_card": "mask"}`). Two spellings of the same
/// variant (`bank_account` and its alias `bankAccount`) are a duplicate.
impl<K: JsonEnum + Ord + Copy> FromJson for crate::redact::policy::Overrides<K> {
    #[inline(never)]
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
        let mut out = Self::default();
        for (k, x) in members(v, at)? {
            let Some(i) = lookup(k, K::NAMES) else {
                return Err(unknown_key(at, k, &K::NAMES[..K::CANONICAL]));
            };
            if out
                .insert(
                    K::VALUES[i],
                    crate::redact::Action::from_json(x, &at.key(k))?,
                )
                .is_some()
            {
                let k = show_key(k);
                return Err(fail(
                    at,
                    format!("键 “{k}” 与前面的键指同一项"),
                    format!("key \"{k}\" names the same item as an earlier key"),
                ));
            }
        }
        Ok(out)
    }
}

/// Implements [`JsonEnum`] and [`FromJson`] for a fieldless enum from its accepted strings:
/// `json_enum!(Action { "keep" => Keep, … } aliases { "pseudonym" => Surname })`. The names
/// must be the ones its `Serialize` writes (a test in each module checks that).
macro_rules! json_enum {
    ($ty:ident { $($name:literal => $var:ident),* $(,)? } $(aliases { $($alias:literal => $avar:ident),* $(,)? })?) => {
        impl $crate::json::JsonEnum for $ty {
            const NAMES: &'static [&'static str] = &[$($name,)* $($($alias,)*)?];
            const VALUES: &'static [Self] = &[$($ty::$var,)* $($($ty::$avar,)*)?];
            const CANONICAL: usize = [$($name),*].len();
        }
        impl $crate::json::FromJson for $ty {
            fn from_json(
                v: &$crate::json::Value<'_>,
                at: &$crate::json::At<'_>,
            ) -> Result<Self, $crate::json::Problem> {
                $crate::json::enum_value(v, at)
            }
        }
    };
}
pub(crate) use json_enum;

/// Implements `Serialize` for a [`JsonEnum`] as its canonical name: one string write, where
/// the derived impl is a branch per variant (1.5 KB of the `.wasm` for `PiiKind` alone).
macro_rules! serialize_by_name {
    ($ty:ident) => {
        impl serde::Serialize for $ty {
            #[inline(never)]
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::json::JsonEnum::name(self))
            }
        }
    };
}
pub(crate) use serialize_by_name;

/// Implements [`FromJson`] for a struct read from an object with the given keys:
/// `json_struct!(Options { "lang" => lang, "maxInputBytes" => max_input_bytes, … })`. Absent
/// keys keep the value of `Default::default()`, or of the `new = …;` expression, and the keys
/// in `required = [...];` must be present.
macro_rules! json_struct {
    ($ty:ident new = $new:expr; $(required = [$($req:literal),* $(,)?];)? { $($key:literal => $field:ident),* $(,)? }) => {
        $crate::json::json_struct!(@impl $ty, $new, [$($($req),*)?], { $($key => $field),* });
    };
    ($ty:ident { $($key:literal => $field:ident),* $(,)? }) => {
        $crate::json::json_struct!(@impl $ty, <$ty as Default>::default(), [], { $($key => $field),* });
    };
    (@impl $ty:ident, $new:expr, [$($req:literal),*], { $($key:literal => $field:ident),* }) => {
        impl $ty {
            const JSON_KEYS: &'static [&'static str] = &[$($key),*];
        }
        impl $crate::json::Fields for $ty {
            fn field(&mut self, i: usize) -> Option<&mut dyn $crate::json::ReadInto> {
                Some(match i {
                    $(i if i == const { $crate::json::key_index(Self::JSON_KEYS, $key) } => {
                        &mut self.$field
                    })*
                    _ => return None,
                })
            }
        }
        impl $crate::json::FromJson for $ty {
            fn from_json(
                v: &$crate::json::Value<'_>,
                at: &$crate::json::At<'_>,
            ) -> Result<Self, $crate::json::Problem> {
                let mut out: $ty = $new;
                $crate::json::read_struct(v, at, Self::JSON_KEYS, &[$($req),*], &mut out)?;
                Ok(out)
            }
        }
    };
}
pub(crate) use json_struct;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(s: &str) -> Value<'_> {
        parse(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
    }

    fn bad(s: &str) -> Problem {
        match parse(s) {
            Ok(v) => panic!("{s:?} parsed as {v:?}"),
            Err(e) => e,
        }
    }

    fn s(x: &str) -> Value<'_> {
        Value::String(Cow::Borrowed(x))
    }

    #[test]
    fn parses_values() {
        assert_eq!(ok(" null "), Value::Null);
        assert_eq!(ok("true"), Value::Bool(true));
        assert_eq!(ok("\tfalse\r\n"), Value::Bool(false));
        for n in [
            "0",
            "-0",
            "1e2",
            "1.0",
            "-12.5E-3",
            "123456789012345678901234567890",
        ] {
            assert_eq!(ok(n), Value::Number(n));
        }
        assert_eq!(ok(r#""a""#), s("a"));
        assert_eq!(ok("[]"), Value::Array(vec![]));
        assert_eq!(ok("{}"), Value::Object(vec![]));
        assert_eq!(
            ok(r#"{"a": [1, {"b": null}], "c": "𠮷"}"#),
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number("1"),
                        Value::Object(vec![("b".into(), Value::Null)])
                    ])
                ),
                ("c".into(), s("𠮷")),
            ])
        );
    }

    #[test]
    fn strings_unescape() {
        assert!(matches!(
            ok(r#""plain 王某""#),
            Value::String(Cow::Borrowed("plain 王某"))
        ));
        assert_eq!(
            ok(r#""q\" b\\ s\/ \b\f\n\r\t""#),
            s("q\" b\\ s/ \u{8}\u{c}\n\r\t")
        );
        assert_eq!(ok(r#""\u0041\u00e9\u738B""#), s("Aé王"));
        assert_eq!(ok(r#""\uD842\uDFB7 \ud83d\ude00""#), s("𠮷 😀"));
        assert_eq!(ok(r#""x\u0000y""#), s("x\0y"));
        assert_eq!(ok(r#""\uFFFF""#), s("\u{FFFF}"));
    }

    #[test]
    fn rejects_what_rfc_8259_forbids() {
        for b in [
            "",
            " ",
            "nul",
            "True",
            "[1,]",
            r#"{"a":1,}"#,
            "[1 2]",
            r#"{"a" 1}"#,
            r#"{a:1}"#,
            "{'a':1}",
            "[1]x",
            "1 2",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "+1",
            "0x10",
            "NaN",
            "Infinity",
            "\"tab\there\"",
            "\"new\nline\"",
            r#""\x41""#,
            r#""\u12""#,
            r#""\uD800""#,
            r#""\uD800x""#,
            r#""\uD800\u0041""#,
            r#""\uDC00\uD800""#,
            r#""\uDFFF""#,
            "\"unterminated",
            "[",
            "{",
            "{\"a\"",
            "\u{feff}{}",
            r#"{"a":1,"a":2}"#,
        ] {
            bad(b);
        }
    }

    #[test]
    fn positions_and_duplicates() {
        let e = bad("{\n  \"lang\": \"en\",\n  \"lang\": \"zh\"\n}");
        assert_eq!(e.place, Place::Offset(20));
        assert!(e.en.contains("duplicate key \"lang\""), "{}", e.en);
        let err = e.into_error(
            "{\n  \"lang\": \"en\",\n  \"lang\": \"zh\"\n}",
            Subject::Options,
        );
        assert_eq!(err.code, ErrorCode::InvalidOptions);
        assert!(
            err.message.en.contains("line 3, column 3"),
            "{}",
            err.message.en
        );
        assert!(
            err.message.zh.contains("第 3 行第 3 列"),
            "{}",
            err.message.zh
        );
        // The first repeated key in document order, in a large object too.
        let mut big: Vec<String> = (0..500).map(|i| format!("\"k{i}\": {i}")).collect();
        big.push("\"k7\": 0".into());
        big.push("\"k3\": 0".into());
        let e = bad(&format!("{{{}}}", big.join(",")));
        assert!(e.en.contains("\"k7\""), "{}", e.en);
        // Columns count characters, not bytes.
        let e = parse("[\"王\", x]")
            .unwrap_err()
            .into_error("[\"王\", x]", Subject::Record);
        assert_eq!(e.code, ErrorCode::InvalidArgument);
        assert!(e.message.en.contains("column 7"), "{}", e.message.en);
    }

    #[test]
    fn depth_is_limited() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        ok(&deep(MAX_DEPTH));
        assert!(bad(&deep(MAX_DEPTH + 1)).en.contains("deeper"));
        let objs = |n: usize| format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n));
        ok(&objs(MAX_DEPTH));
        bad(&objs(MAX_DEPTH + 1));
        // Far beyond the limit: an error, not a stack overflow.
        bad(&"[".repeat(1_000_000));
    }

    #[test]
    fn messages_never_quote_values() {
        let secret = "13800138000";
        let e = read::<Vec<bool>>(r#"[true, "13800138000"]"#, Subject::Options).unwrap_err();
        assert_eq!(
            e.message.en,
            "Invalid option [1]: expected a boolean (true or false)."
        );
        // Parse errors do not quote the text around them either.
        let e2 = read::<Vec<bool>>(r#"["13800138000" 1]"#, Subject::Options).unwrap_err();
        for m in [&e.message, &e2.message] {
            assert!(!m.en.contains(secret) && !m.zh.contains(secret), "{m:?}");
        }
    }

    #[test]
    fn integers_follow_serde_json() {
        let u = |s: &str| read::<u64>(s, Subject::Options);
        assert_eq!(u("0").unwrap(), 0);
        assert_eq!(u("18446744073709551615").unwrap(), u64::MAX);
        for b in [
            "18446744073709551616",
            "-1",
            "-0",
            "1.0",
            "1e2",
            "0.5",
            "\"1\"",
            "null",
        ] {
            let e = u(b).unwrap_err();
            assert_eq!(e.code, ErrorCode::InvalidOptions, "{b}");
        }
        assert!(u("-1")
            .unwrap_err()
            .message
            .en
            .contains("non-negative integer"));
        assert!(u("99999999999999999999")
            .unwrap_err()
            .message
            .en
            .contains("out of range"));
        assert_eq!(
            read::<u32>("4294967295", Subject::Options).unwrap(),
            u32::MAX
        );
        assert!(read::<u32>("4294967296", Subject::Options).is_err());
        let f = |s: &str| read::<f64>(s, Subject::Options);
        assert_eq!(f("1").unwrap(), 1.0);
        assert_eq!(f("-2.5e1").unwrap(), -25.0);
        assert!(f("-0").unwrap().is_sign_negative());
        assert!(f("1e400").is_err());
        assert!(f("-1e400").is_err());
        assert_eq!(f("1e-400").unwrap(), 0.0);
        assert_eq!(f("0.1").unwrap(), 0.1);
        assert_eq!(
            f("123456789012345678901234567890").unwrap(),
            1.2345678901234568e29
        );
        assert!((f("1e308").unwrap() / 1e308 - 1.0).abs() < 1e-15);
        assert!((f("-1.7976931348623e308").unwrap() / -1.7976931348623e308 - 1.0).abs() < 1e-15);
        assert!((f("2.2250738585072014e-308").unwrap() / f64::MIN_POSITIVE - 1.0).abs() < 1e-14);
        assert_eq!(f("0e99999999999999999999").unwrap(), 0.0);
        assert!(f("1e99999999999999999999").is_err());
        assert!(f("\"1\"").is_err());
    }

    #[test]
    fn paths_name_where_the_problem_is() {
        let e = read::<Vec<Vec<bool>>>("[[true], [false, 3]]", Subject::Options).unwrap_err();
        assert_eq!(
            e.message.en,
            "Invalid option [1][1]: expected a boolean (true or false)."
        );
        assert_eq!(
            e.message.zh,
            "选项 [1][1] 无效：应为布尔值（true 或 false）。"
        );
        let e = read::<bool>("7", Subject::Record).unwrap_err();
        assert_eq!(
            e.message.en,
            "Invalid record form: expected a boolean (true or false)."
        );
        assert_eq!(e.message.zh, "记录表无效：应为布尔值（true 或 false）。");
        let a = At::ROOT;
        let b = a.key("validate");
        let c = b.key("docTypes");
        let d = c.index(2);
        let e = d.key("elements");
        assert_eq!(
            e.index(0).key("id").path(),
            "validate.docTypes[2].elements[0].id"
        );
    }

    #[test]
    fn keys_in_messages_are_tamed() {
        assert_eq!(show_key("a\nb"), "a?b");
        assert_eq!(show_key(&"x".repeat(41)), format!("{}…", "x".repeat(40)));
        assert_eq!(show_key(&"x".repeat(40)), "x".repeat(40));
    }

    proptest! {
        #[test]
        fn never_panics_on_any_string(s in "\\PC{0,64}") {
            let _ = parse(&s);
        }

        #[test]
        fn never_panics_on_json_like_text(s in r#"[\[\]{}",:\\u0-9a-fA-FeE.+\-tnrl \n]{0,80}"#) {
            let _ = parse(&s);
        }

        #[test]
        fn never_panics_on_bytes(b in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = parse(&String::from_utf8_lossy(&b));
        }

        #[test]
        fn floats_match_core(m in 0u64..1_000_000_000_000_000, point in 0usize..16, e in -30i32..=30, neg: bool) {
            // Exact where the fast path applies: up to 15 digits, decimal scale within ±22.
            let digits = m.to_string();
            let point = point.min(digits.len() - 1);
            prop_assume!((e - point as i32).abs() <= 22);
            let (int, frac) = digits.split_at(digits.len() - point);
            let sign = if neg { "-" } else { "" };
            let text = if point == 0 { format!("{sign}{int}e{e}") } else { format!("{sign}{int}.{frac}E{e:+}") };
            prop_assert!(parse(&text).is_ok(), "{}", text);
            prop_assert_eq!(number_f64(&text), text.parse::<f64>().unwrap(), "{}", text);
        }

        #[test]
        fn floats_are_close_anywhere(x in proptest::num::f64::NORMAL) {
            for text in [format!("{x:e}"), format!("{x:.30e}"), format!("{x}")] {
                let got = number_f64(&text);
                prop_assert!(((got - x) / x).abs() < 1e-14, "{} -> {}", text, got);
            }
        }

        #[test]
        fn strings_round_trip(x in "\\PC{0,32}") {
            let json = serde_json::to_string(&x).unwrap();
            prop_assert_eq!(parse(&json).unwrap(), Value::String(Cow::Owned(x)));
        }

        #[test]
        fn agrees_with_serde_json_on_validity(s in r#"[\[\]{}",:0-9.eE\-a ]{0,24}"#) {
            // serde_json keeps the last of duplicate keys; this parser refuses them.
            // serde_json also refuses numbers beyond f64 (`1e999`); this parser leaves numbers
            // to the conversions.
            let ours = parse(&s).is_ok();
            let theirs = serde_json::from_str::<serde_json::Value>(&s);
            match (ours, theirs) {
                (true, Err(e)) => prop_assert!(e.to_string().contains("out of range"), "{:?}: {}", s, e),
                (false, Ok(_)) => prop_assert!(s.contains('{'), "{:?}", s),
                _ => {}
            }
        }
    }
}
