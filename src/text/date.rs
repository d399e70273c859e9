//! Dates and times: `2020年1月18日`, `2023 年 6 月 30 日`, `2024年06月6日`, `2020-01-18`,
//! `2023/10/8`, `二〇二〇年一月十八日`, `二○○七年十一月三十日`, `1987年4月` (month precision),
//! `6月21日` (year taken from the date before it), times `7时40分`, `7 时 40 分 24 秒`,
//! `22:00`, ranges `自2022年5月23日起至2022年6月21日止` / `8时40分至10时19分`, and the blank
//! template date `年 月 日` (recognised as blank, so a check can call it missing).
//!
//! [`find`] reads the canonical text and returns byte spans of it (map with
//! [`crate::Doc::to_original`]). [`Ymd`] is a checked calendar date with day arithmetic.
//!
//! ```
//! use gongshi::text::date::{find, Ymd};
//! let d = find("二〇二四年三月二十三日");
//! assert_eq!(d[0].ymd(), Ymd::new(2024, 3, 23));
//! assert!(find("    年  月  日")[0].blank);
//! ```

use std::fmt;

use crate::finding::Span;
use crate::text::numerals;
use crate::text::scan::{is_digit, Cursor};

/// A valid Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    /// Year (1000–9999).
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day of month, 1–31.
    pub day: u32,
}

/// True for leap years of the Gregorian calendar.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` of `year` (0 for an invalid month).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Ymd {
    /// A date, or `None` when it does not exist (2023-02-29, month 13, year outside 1000–9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        if !(1000..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Ymd { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - (self.month <= 2) as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, if it falls in years 1000–9999.
    pub fn from_days(days: i64) -> Option<Ymd> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + (m <= 2) as i64;
        Ymd::new(i32::try_from(y).ok()?, m, d)
    }

    /// The date `n` calendar days later (earlier for negative `n`).
    pub fn add_days(self, n: i64) -> Option<Ymd> {
        Ymd::from_days(self.days().checked_add(n)?)
    }

    /// The same day `n` months later, clamped to the month's last day (2024-01-31 + 1 → 02-29).
    pub fn add_months(self, n: i32) -> Option<Ymd> {
        let total = self.year.checked_mul(12)? + self.month as i32 - 1 + n;
        let y = total.div_euclid(12);
        let m = (total.rem_euclid(12) + 1) as u32;
        Ymd::new(y, m, self.day.min(days_in_month(y, m)))
    }

    /// ISO weekday: Monday 1 … Sunday 7.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.days() + 3).rem_euclid(7) + 1) as u32
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Ymd> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        Ymd::new(y, m, d)
    }
}

impl fmt::Display for Ymd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    /// Hour 0–24 (24 only as `24时`/`24:00`).
    pub hour: u32,
    /// Minute 0–59.
    pub minute: u32,
    /// Second 0–59, when written.
    pub second: Option<u32>,
}

/// How a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// `2020年1月18日`, `2023 年 6 月 30 日`.
    Han,
    /// `二〇二〇年一月十八日`.
    ChineseNumerals,
    /// `2020-01-18`, `2023/10/8`, `2023.10.8`.
    Numeric,
    /// A time with no date of its own (`至10时19分`).
    TimeOnly,
    /// The template blank `年 月 日`.
    Blank,
}

/// One date (or time) written in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte span in the canonical text (date and attached time).
    pub span: Span,
    /// Year as written, or taken from the preceding date when `year_inferred`.
    pub year: Option<i32>,
    /// Month.
    pub month: Option<u32>,
    /// Day; `None` for month precision (`1987年4月`).
    pub day: Option<u32>,
    /// Time of day, when written after the date (or alone, for [`Style::TimeOnly`]).
    pub time: Option<Time>,
    /// How it is written.
    pub style: Style,
    /// True for the blank template date `年 月 日` (no figures).
    pub blank: bool,
    /// True when year (and for a time-only mention, the whole date) came from the date before.
    pub year_inferred: bool,
    /// False when the written day does not exist (2023年2月30日) or the time is out of range.
    pub valid: bool,
}

impl DateMention {
    /// The calendar date, when the mention has a valid year, month and day.
    pub fn ymd(&self) -> Option<Ymd> {
        Ymd::new(self.year?, self.month?, self.day?)
    }

    /// True when the date is complete to the day (written or inferred) and exists.
    pub fn is_full(&self) -> bool {
        self.ymd().is_some()
    }
}

/// Two mentions joined into a period: `A至B`, `自A起至B止`, `A-B`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    /// Index of the start mention in the slice given to [`ranges`].
    pub start: usize,
    /// Index of the end mention.
    pub end: usize,
    /// Span from the start mention to the end mention.
    pub span: Span,
}

/// `〇○零一二三四五六七八九`: the digits of a year in words.
fn is_cn_digit(c: char) -> bool {
    matches!(
        c,
        '〇' | '○' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

/// The digits and 十 that months, days and times in words are written with.
fn is_cn_small(c: char) -> bool {
    c == '十' || is_cn_digit(c)
}

/// An optional part `(?:…)?`: `f` runs on a copy of the cursor, kept only when it matched.
fn opt<T>(c: &mut Cursor, f: impl FnOnce(&mut Cursor) -> Option<T>) -> Option<T> {
    let mut k = *c;
    let r = f(&mut k);
    if r.is_some() {
        *c = k;
    }
    r
}

/// Exactly `n` characters for which `f` holds (`\d{2}`).
fn exactly(c: &mut Cursor, n: usize, f: fn(char) -> bool) -> Option<Span> {
    opt(c, |k| {
        let start = k.pos;
        (k.eat_while(n, f) == n).then(|| k.span_from(start))
    })
}

/// `\d{1,max}`, greedy.
fn digits(c: &mut Cursor, max: usize) -> Option<Span> {
    let start = c.pos;
    (c.eat_while(max, is_digit) > 0).then(|| c.span_from(start))
}

/// `\d{1,2}|[〇…九十]{1,smax}`, greedy. What follows a number never starts with a digit or a
/// numeral, so giving characters back never helps: the longest run is the only candidate.
fn number(c: &mut Cursor, smax: usize) -> Option<Span> {
    digits(c, 2).or_else(|| {
        let start = c.pos;
        (c.eat_while(smax, is_cn_small) > 0).then(|| c.span_from(start))
    })
}

/// A number and its unit: `N[ \t]*[units]`.
fn unit(c: &mut Cursor, smax: usize, units: &str) -> Option<Span> {
    let n = number(c, smax)?;
    c.blanks();
    c.eat_in(units)?;
    Some(n)
}

/// One match of the date pattern (the former regex, one branch per [`Style`], `Style::Han` for
/// both Han styles) with the parts it captured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hit {
    style: Style,
    span: Span,
    y: Option<Span>,
    m: Option<Span>,
    d: Option<Span>,
    h: Option<Span>,
    /// Minutes: `M分`, `:MM`, or those of a time alone.
    mi: Option<Span>,
    /// Seconds: `:SS`, `S秒`.
    s: Option<Span>,
}

impl Hit {
    fn new(style: Style, span: Span) -> Hit {
        Hit {
            style,
            span,
            y: None,
            m: None,
            d: None,
            h: None,
            mi: None,
            s: None,
        }
    }
}

/// The blank template date: `(\d{2}|二[〇○])?[ \t_]*年[ \t_]+月[ \t_]+日`. (Without its optional
/// prefix the match could not start on a digit or 二 either, so the prefix is never given back.)
fn blank(mut c: Cursor) -> Option<Hit> {
    let start = c.pos;
    let gap = |c: &mut Cursor| c.eat_while(usize::MAX, |x| matches!(x, ' ' | '\t' | '_'));
    if exactly(&mut c, 2, is_digit).is_none() {
        opt(&mut c, |k| k.eat_in("二").and_then(|_| k.eat_in("〇○")));
    }
    gap(&mut c);
    c.eat_in("年")?;
    (gap(&mut c) > 0 && c.eat("月") && gap(&mut c) > 0 && c.eat("日"))
        .then(|| Hit::new(Style::Blank, c.span_from(start)))
}

/// `(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}`.
fn numeric(mut c: Cursor) -> Option<Hit> {
    let start = c.pos;
    c.eat_any(&["19", "20"])?;
    exactly(&mut c, 2, is_digit)?;
    let y = c.span_from(start);
    c.eat_in("-/.")?;
    let m = digits(&mut c, 2)?;
    c.eat_in("-/.")?;
    let d = digits(&mut c, 2)?;
    Some(Hit {
        y: Some(y),
        m: Some(m),
        d: Some(d),
        ..Hit::new(Style::Numeric, c.span_from(start))
    })
}

/// `((\d{4}|[〇…九]{4})[ \t]*年[ \t]*)?M[ \t]*月([ \t]*D[ \t]*[日号])?` and a time of day.
fn han(mut c: Cursor) -> Option<Hit> {
    let start = c.pos;
    // When a year matched but no month follows, giving the year back does not help: a month
    // starting at its first figure would have at most two of its four.
    let y = opt(&mut c, |k| {
        let y = exactly(k, 4, is_digit).or_else(|| exactly(k, 4, is_cn_digit))?;
        k.blanks();
        k.eat_in("年")?;
        k.blanks();
        Some(y)
    });
    let m = unit(&mut c, 2, "月")?;
    let d = opt(&mut c, |k| {
        k.blanks();
        unit(k, 3, "日号")
    });
    let (h, mi, s) = opt(&mut c, time).map_or((None, None, None), |(h, mi, s)| (Some(h), mi, s));
    Some(Hit {
        y,
        m: Some(m),
        d,
        h,
        mi,
        s,
        ..Hit::new(Style::Han, c.span_from(start))
    })
}

type Hms = (Span, Option<Span>, Option<Span>);

/// The time after a Han date:
/// `[ \t]*(上午|…)?[ \t]*H[ \t]*([时点][ \t]*(M[ \t]*分)?|:[ \t]*MM)([ \t]*(:[ \t]*SS|S[ \t]*秒))?`.
fn time(c: &mut Cursor) -> Option<Hms> {
    c.blanks();
    c.eat_any(&["上午", "下午", "中午", "晚上", "凌晨", "早上"]);
    c.blanks();
    let h = number(c, 3)?;
    c.blanks();
    let mi = if c.eat_in("时点").is_some() {
        c.blanks();
        opt(c, |k| unit(k, 3, "分"))
    } else {
        c.eat_in(":")?;
        c.blanks();
        Some(exactly(c, 2, is_digit)?)
    };
    let s = opt(c, |k| {
        k.blanks();
        if k.eat(":") {
            k.blanks();
            exactly(k, 2, is_digit)
        } else {
            unit(k, 3, "秒")
        }
    });
    Some((h, mi, s))
}

/// A time alone: `H[ \t]*[时点][ \t]*M[ \t]*分([ \t]*S[ \t]*秒)?`.
fn time_only(mut c: Cursor) -> Option<Hit> {
    let start = c.pos;
    let h = unit(&mut c, 3, "时点")?;
    c.blanks();
    let mi = unit(&mut c, 3, "分")?;
    let s = opt(&mut c, |k| {
        k.blanks();
        unit(k, 3, "秒")
    });
    Some(Hit {
        h: Some(h),
        mi: Some(mi),
        s,
        ..Hit::new(Style::TimeOnly, c.span_from(start))
    })
}

/// The date pattern at `start`: its branches in order, the first that matches wins.
fn date_at(text: &str, start: usize) -> Option<Hit> {
    let c = Cursor::new(text, start);
    blank(c)
        .or_else(|| numeric(c))
        .or_else(|| han(c))
        .or_else(|| time_only(c))
}

/// A character a date, a time or a blank date can start with (a cheap test first).
fn may_start(c: char) -> bool {
    matches!(c, '0'..='9' | ' ' | '\t' | '_' | '年')
        || (!c.is_ascii() && (is_cn_small(c) || is_digit(c)))
}

/// Matches in text order, each search resuming where the previous match ended.
///
/// A date or time starts with a run of figures (digits, or numerals in words) that goes on,
/// after any spaces or underscores, with one of `年月时点-/.`, and takes at most four figures of
/// the run: so only the last four starts of such a run are tried, and a run followed by anything
/// else is skipped whole. A blank date may also start on `年` or a space, and fails alike at each
/// space of a run.
fn hits(text: &str) -> impl Iterator<Item = Hit> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some((i, ch)) = text[pos..].char_indices().find(|&(_, c)| may_start(c)) {
            pos += i;
            let rest = &text[pos..];
            let gap = |c| matches!(c, ' ' | '\t' | '_');
            let figure: fn(char) -> bool = if is_digit(ch) { is_digit } else { is_cn_small };
            let run = rest.len() - rest.trim_start_matches(figure).len();
            let starts = if run == 0 {
                0..ch.len_utf8() // `年` or a space: only a blank date
            } else if let Some('年' | '月' | '时' | '点' | '-' | '/' | '.') =
                rest[run..].chars().find(|&c| !gap(c))
            {
                rest[..run].char_indices().nth_back(3).map_or(0, |(i, _)| i)..run
            } else {
                run..run
            };
            for (i, _) in rest[starts.clone()].char_indices() {
                if let Some(h) = date_at(text, pos + starts.start + i) {
                    pos = h.span.end;
                    return Some(h);
                }
            }
            // Past the run of figures, or of spaces (a blank fails alike at each), or past `年`.
            let spaces = rest.len() - rest.trim_start_matches(gap).len();
            pos += run.max(spaces).max(ch.len_utf8());
        }
        None
    })
}

fn num(text: &str, s: Option<Span>) -> Option<u32> {
    let s = s?;
    numerals::parse_int(&text[s.start..s.end]).and_then(|v| u32::try_from(v).ok())
}

fn time_of(text: &str, h: Option<Span>, m: Option<Span>, s: Option<Span>) -> Option<Time> {
    Some(Time {
        hour: num(text, h)?,
        minute: num(text, m).unwrap_or(0),
        second: num(text, s),
    })
}

fn time_ok(t: Option<Time>) -> bool {
    t.is_none_or(|t| {
        (t.hour < 24 || (t.hour == 24 && t.minute == 0))
            && t.minute < 60
            && t.second.is_none_or(|s| s < 60)
    })
}

/// Finds every date, time and blank template date in `text` (canonical view), in order.
pub fn find(text: &str) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    let part = |s: Span| &text[s.start..s.end];
    for c in hits(text) {
        let m = c.span;
        let before = text[..m.start].chars().next_back();
        let after = text[m.end..].chars().next();
        if c.style == Style::Blank {
            // `出生年 月 日` style labels are not dates; a blank needs no Han character glued on.
            out.push(DateMention {
                span: m,
                year: None,
                month: None,
                day: None,
                time: None,
                style: Style::Blank,
                blank: true,
                year_inferred: false,
                valid: false,
            });
            continue;
        }
        if c.style == Style::Numeric {
            // Parts of longer digit codes (PT50302-0300-2023-00142) are not dates.
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == '-' || b == '/' || b == '.')
                || after.is_some_and(|a| a.is_ascii_digit())
            {
                continue;
            }
            let (Some(y), Some(mo), Some(d)) = (num(text, c.y), num(text, c.m), num(text, c.d))
            else {
                continue;
            };
            let mut end = m.end;
            let mut time = None;
            if let Some(t) = parse_time_after(text, end) {
                time = Some(t.0);
                end = t.1;
            }
            let y = y as i32;
            out.push(DateMention {
                span: Span::new(m.start, end),
                year: Some(y),
                month: Some(mo),
                day: Some(d),
                time,
                style: Style::Numeric,
                blank: false,
                year_inferred: false,
                valid: Ymd::new(y, mo, d).is_some() && time_ok(time),
            });
            continue;
        }
        if c.style == Style::Han {
            let year_str = c.y.map(part);
            let has_day = c.d.is_some();
            // A bare month (`4月`) is not a date; neither is `12月` glued to a digit.
            if year_str.is_none() && !has_day {
                continue;
            }
            if before.is_some_and(|b| b.is_ascii_digit()) {
                continue;
            }
            let year = year_str.and_then(numerals::parse_int).map(|v| v as i32);
            let chinese = year_str.is_some_and(|s| !s.bytes().all(|b| b.is_ascii_digit()))
                || c.m
                    .is_some_and(|x| !part(x).bytes().all(|b| b.is_ascii_digit()));
            let month = num(text, c.m);
            let day = num(text, c.d);
            let time = if has_day {
                time_of(text, c.h, c.mi, c.s)
            } else {
                None
            };
            // Without a day the optional time group cannot have matched meaningfully; trim it.
            let end = if time.is_some() {
                m.end
            } else if let Some(d) = c.d {
                d.end + text[d.end..].find(['日', '号']).map_or(0, |p| p + 3)
            } else {
                text[..m.end].rfind('月').map_or(m.end, |p| p + 3)
            };
            let valid = match (year, month, day) {
                (Some(y), Some(mo), Some(d)) => Ymd::new(y, mo, d).is_some(),
                (Some(y), Some(mo), None) => (1000..=9999).contains(&y) && (1..=12).contains(&mo),
                (None, Some(mo), Some(d)) => {
                    (1..=12).contains(&mo) && d >= 1 && d <= days_in_month(2000, mo)
                }
                _ => false,
            } && time_ok(time);
            out.push(DateMention {
                span: Span::new(m.start, end),
                year,
                month,
                day,
                time,
                style: if chinese {
                    Style::ChineseNumerals
                } else {
                    Style::Han
                },
                blank: false,
                year_inferred: false,
                valid,
            });
            continue;
        }
        if c.style == Style::TimeOnly {
            if before.is_some_and(|b| b.is_ascii_digit()) {
                continue;
            }
            let time = time_of(text, c.h, c.mi, c.s);
            out.push(DateMention {
                span: m,
                year: None,
                month: None,
                day: None,
                time,
                style: Style::TimeOnly,
                blank: false,
                year_inferred: false,
                valid: time_ok(time),
            });
        }
    }
    infer(text, &mut out);
    out
}

/// `HH:MM` or `H时M分` right after a numeric date.
/// `[ \t]*\d{1,2}([时点][ \t]*(\d{1,2}[ \t]*分)?|:\d{2}(:\d{2})?)` (note: no space before 时).
fn parse_time_after(text: &str, end: usize) -> Option<(Time, usize)> {
    let mut c = Cursor::new(text, end);
    c.blanks();
    let h = digits(&mut c, 2)?;
    let (mi, s) = if c.eat_in("时点").is_some() {
        c.blanks();
        let mi = opt(&mut c, |k| {
            let mi = digits(k, 2)?;
            k.blanks();
            k.eat_in("分").map(|_| mi)
        });
        (mi, None)
    } else {
        c.eat_in(":")?;
        let mi = exactly(&mut c, 2, is_digit)?;
        (
            Some(mi),
            opt(&mut c, |k| {
                k.eat_in(":").and_then(|_| exactly(k, 2, is_digit))
            }),
        )
    };
    let parse = |s: Span| text[s.start..s.end].parse().ok();
    let time = Time {
        hour: parse(h)?,
        minute: mi.and_then(parse).unwrap_or(0),
        second: s.and_then(parse),
    };
    Some((time, c.pos))
}

/// Fills in the year of `6月21日` and the date of `至10时19分` from the mention before.
fn infer(text: &str, out: &mut [DateMention]) {
    let mut last: Option<(i32, Option<u32>, Option<u32>, usize)> = None;
    for m in out.iter_mut() {
        if m.blank {
            continue;
        }
        if m.year.is_some() && !m.year_inferred {
            last = Some((m.year.unwrap_or_default(), m.month, m.day, m.span.end));
            continue;
        }
        let Some((y, mo, d, prev_end)) = last else {
            continue;
        };
        if m.style == Style::TimeOnly {
            // Only a time joined to the previous date (`…8时40分至10时19分`) inherits its day.
            let gap = text.get(prev_end..m.span.start).unwrap_or("").trim();
            if !is_range_gap(gap) {
                continue;
            }
            m.year = Some(y);
            m.month = mo;
            m.day = d;
        } else {
            m.year = Some(y);
            m.valid = m.valid && m.ymd().is_some();
        }
        m.year_inferred = true;
    }
}

fn is_range_gap(gap: &str) -> bool {
    let g = gap.trim().trim_start_matches('起').trim();
    matches!(
        g,
        "至" | "到" | "-" | "~" | "～" | "—" | "－" | "—至" | "至次日"
    )
}

/// Joins consecutive mentions into periods: `A至B`, `自A起至B止`, `A-B`, `A~B`.
pub fn ranges(text: &str, mentions: &[DateMention]) -> Vec<DateRange> {
    let mut out = Vec::new();
    for (i, w) in mentions.windows(2).enumerate() {
        let (a, b) = (&w[0], &w[1]);
        if a.blank || b.blank {
            continue;
        }
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        if gap.len() <= 12 && is_range_gap(gap) {
            out.push(DateRange {
                start: i,
                end: i + 1,
                span: Span::new(a.span.start, b.span.end),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymds(t: &str) -> Vec<Option<Ymd>> {
        find(t).iter().map(DateMention::ymd).collect()
    }

    fn d(y: i32, m: u32, dd: u32) -> Option<Ymd> {
        Ymd::new(y, m, dd)
    }

    #[test]
    fn legal_md_formats() {
        assert_eq!(ymds("2020年1月18日"), [d(2020, 1, 18)]);
        assert_eq!(ymds("2023 年 6 月 30 日"), [d(2023, 6, 30)]);
        assert_eq!(ymds("2024年06月6日"), [d(2024, 6, 6)]);
        assert_eq!(ymds("2020-01-18"), [d(2020, 1, 18)]);
        assert_eq!(ymds("于2023/10/8检查"), [d(2023, 10, 8)]);
        assert_eq!(ymds("二〇二〇年一月十八日"), [d(2020, 1, 18)]);
        assert_eq!(ymds("二○○七年十一月三十日"), [d(2007, 11, 30)]);
        assert_eq!(ymds("二〇二四年三月二十三日"), [d(2024, 3, 23)]);
        let m = find("二〇二〇年一月十八日");
        assert_eq!(m[0].style, Style::ChineseNumerals);
        let t = "于2023年12月3日印发";
        let m = find(t);
        assert_eq!(&t[m[0].span.start..m[0].span.end], "2023年12月3日");
    }

    #[test]
    fn calendar_validation() {
        let m = find("2023年2月29日");
        assert_eq!(m.len(), 1);
        assert!(!m[0].valid);
        assert!(m[0].ymd().is_none());
        assert!(find("2024年2月29日")[0].valid);
        assert!(!find("2023年13月1日")[0].valid);
        assert!(!find("2023-04-31")[0].valid);
        assert!(find("2000年2月29日")[0].valid);
        assert!(!find("1900年2月29日")[0].valid);
    }

    #[test]
    fn times_and_ranges() {
        let t = "检查时间:2022年3月24日8时40分至10时19分";
        let m = find(t);
        assert_eq!(m.len(), 2);
        assert_eq!(
            m[0].time,
            Some(Time {
                hour: 8,
                minute: 40,
                second: None
            })
        );
        assert_eq!(m[1].style, Style::TimeOnly);
        assert_eq!(m[1].ymd(), d(2022, 3, 24));
        assert!(m[1].year_inferred);
        let r = ranges(t, &m);
        assert_eq!(r.len(), 1);
        let t2 = "自2022年5月23日起至2022年6月21日止";
        let m2 = find(t2);
        let r2 = ranges(t2, &m2);
        assert_eq!(r2.len(), 1);
        assert_eq!(m2[r2[0].end].ymd(), d(2022, 6, 21));
        let t3 = "2022年5月23日至6月21日";
        let m3 = find(t3);
        assert_eq!(m3[1].ymd(), d(2022, 6, 21));
        assert!(m3[1].year_inferred);
        let t4 = "2023年5月6日 7 时 40 分 24 秒";
        assert_eq!(
            find(t4)[0].time,
            Some(Time {
                hour: 7,
                minute: 40,
                second: Some(24)
            })
        );
        let t5 = "2023-05-06 22:00";
        let m5 = find(t5);
        assert_eq!(m5[0].time.map(|t| (t.hour, t.minute)), Some((22, 0)));
        assert_eq!(m5[0].span.end, t5.len());
        assert!(!find("2023年5月6日25时10分")[0].valid);
    }

    #[test]
    fn blanks() {
        for t in [
            "    年  月  日",
            "年 月 日",
            "____年__月__日",
            "20  年  月  日",
        ] {
            let m = find(t);
            assert_eq!(m.len(), 1, "{t}");
            assert!(m[0].blank, "{t}");
            assert!(m[0].ymd().is_none());
        }
        // A label, not a blank date.
        assert!(find("出生年月日:").is_empty());
    }

    #[test]
    fn month_precision_and_non_dates() {
        let m = find("出生年月:1987年4月");
        assert_eq!(m.len(), 1);
        assert_eq!(
            (m[0].year, m[0].month, m[0].day),
            (Some(1987), Some(4), None)
        );
        assert!(m[0].valid);
        assert!(find("在6个月内;24小时;索引号:PT50302-0300-2023-00142").is_empty());
        assert!(find("泉应急罚〔2023〕12号").is_empty());
    }

    #[test]
    fn ymd_arithmetic() {
        let a = Ymd::new(2024, 2, 28).unwrap();
        assert_eq!(a.add_days(1), d(2024, 2, 29));
        assert_eq!(a.add_days(2), d(2024, 3, 1));
        assert_eq!(Ymd::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Ymd::new(2024, 1, 1).unwrap().weekday(), 1);
        assert_eq!(Ymd::new(2024, 1, 31).unwrap().add_months(1), d(2024, 2, 29));
        assert_eq!(Ymd::new(2023, 8, 19).unwrap().add_months(6), d(2024, 2, 19));
        assert_eq!(Ymd::parse_iso("2020-01-18"), d(2020, 1, 18));
        assert_eq!(Ymd::new(2020, 1, 8).unwrap().to_string(), "2020-01-08");
        for n in [-800_000i64, -1, 0, 1, 19_000, 2_000_000] {
            if let Some(x) = Ymd::from_days(n) {
                assert_eq!(x.days(), n);
            }
        }
    }

    #[test]
    fn no_panics_on_odd_input() {
        for t in [
            "年",
            "月日",
            "9999年99月99日",
            "〇〇〇〇年〇月〇日",
            "2023年",
            "99时99分",
            "𠮷2023年1月1日😀",
        ] {
            let _ = find(t);
        }
    }
}

/// The hand-written matchers against the regexes they replaced (the `regex` crate is a
/// dev-dependency): every match with every group, on unit-test inputs, edge cases and random
/// strings made of the patterns' pieces.
#[cfg(test)]
mod oracle {
    use super::*;
    use proptest::prelude::*;
    use regex::{Captures, Regex};
    use std::sync::LazyLock;

    const CN_DIGITS: &str = "〇○零一二三四五六七八九";
    const CN_SMALL: &str = "〇○零一二三四五六七八九十";

    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        let (d, s) = (CN_DIGITS, CN_SMALL);
        let time = format!(
            r"(?:[\x20\t]*(?:上午|下午|中午|晚上|凌晨|早上)?[\x20\t]*(?P<h>\d{{1,2}}|[{s}]{{1,3}})[\x20\t]*(?:[时点][\x20\t]*(?:(?P<mi>\d{{1,2}}|[{s}]{{1,3}})[\x20\t]*分)?|:[\x20\t]*(?P<mc>\d{{2}}))(?:[\x20\t]*(?::[\x20\t]*(?P<sc>\d{{2}})|(?P<se>\d{{1,2}}|[{s}]{{1,3}})[\x20\t]*秒))?)?"
        );
        Regex::new(&format!(
            r"(?x)
            (?P<blank>(?:\d{{2}}|二[〇○])?[\x20\t_]*年[\x20\t_]+月[\x20\t_]+日)
            |
            (?P<num>(?P<ny>(?:19|20)\d{{2}})[-/.](?P<nm>\d{{1,2}})[-/.](?P<nd>\d{{1,2}}))
            |
            (?P<han>(?:(?P<y>\d{{4}}|[{d}]{{4}})[\x20\t]*年[\x20\t]*)?(?P<m>\d{{1,2}}|[{s}]{{1,2}})[\x20\t]*月(?:[\x20\t]*(?P<d>\d{{1,2}}|[{s}]{{1,3}})[\x20\t]*[日号])?{time})
            |
            (?P<tonly>(?P<th>\d{{1,2}}|[{s}]{{1,3}})[\x20\t]*[时点][\x20\t]*(?P<tm>\d{{1,2}}|[{s}]{{1,3}})[\x20\t]*分(?:[\x20\t]*(?P<ts>\d{{1,2}}|[{s}]{{1,3}})[\x20\t]*秒)?)
            "
        ))
        .unwrap()
    });

    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*(\d{1,2})(?:[时点][ \t]*(?:(\d{1,2})[ \t]*分)?|:(\d{2})(?::(\d{2}))?)")
            .unwrap()
    });

    /// The first of the named groups that took part in the match.
    fn group(c: &Captures<'_>, names: &[&str]) -> Option<Span> {
        let m = names.iter().find_map(|n| c.name(n))?;
        Some(Span::new(m.start(), m.end()))
    }

    /// The regex's matches as [`Hit`]s (each branch's groups land in the same field; the
    /// alternatives `mi`/`mc` and `sc`/`se` are told apart by the text).
    fn old_hits(t: &str) -> Vec<Hit> {
        let branches = [
            ("blank", Style::Blank),
            ("num", Style::Numeric),
            ("han", Style::Han),
            ("tonly", Style::TimeOnly),
        ];
        let caps = DATE.captures_iter(t);
        caps.map(|c| Hit {
            style: branches.iter().find(|b| c.name(b.0).is_some()).unwrap().1,
            span: c.get(0).map(|m| Span::new(m.start(), m.end())).unwrap(),
            y: group(&c, &["ny", "y"]),
            m: group(&c, &["nm", "m"]),
            d: group(&c, &["nd", "d"]),
            h: group(&c, &["h", "th"]),
            mi: group(&c, &["mi", "mc", "tm"]),
            s: group(&c, &["sc", "se", "ts"]),
        })
        .collect()
    }

    fn old_time_after(text: &str, end: usize) -> Option<(Time, usize)> {
        let c = TIME.captures(text.get(end..)?)?;
        let parse = |i: usize| c.get(i).and_then(|x| x.as_str().parse().ok());
        let time = Time {
            hour: parse(1)?,
            minute: c
                .get(2)
                .or_else(|| c.get(3))
                .and_then(|x| x.as_str().parse().ok())
                .unwrap_or(0),
            second: parse(4),
        };
        Some((time, end + c.get(0)?.end()))
    }

    fn same(t: &str) {
        let new: Vec<Hit> = hits(t).collect();
        assert_eq!(new, old_hits(t), "in {t:?}");
        for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
            let (new, old) = (parse_time_after(t, i), old_time_after(t, i));
            assert_eq!(new, old, "time at {i} in {t:?}");
        }
    }

    #[test]
    fn classes() {
        let all: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        for (re, f) in [
            (CN_DIGITS, is_cn_digit as fn(char) -> bool),
            (CN_SMALL, is_cn_small),
        ] {
            let old: String = Regex::new(&format!("[{re}]"))
                .unwrap()
                .find_iter(&all)
                .map(|m| m.as_str())
                .collect();
            assert_eq!(
                all.chars().filter(|&c| f(c)).collect::<String>(),
                old,
                "{re}"
            );
        }
    }

    #[test]
    fn unit_inputs_and_edge_cases() {
        for t in [
            "",
            "2020年1月18日",
            "2023 年 6 月 30 日",
            "2024年06月6日",
            "2020-01-18",
            "于2023/10/8检查",
            "二〇二〇年一月十八日",
            "二○○七年十一月三十日",
            "二〇二四年三月二十三日",
            "于2023年12月3日印发",
            "2023年2月29日 2023年13月1日 2023-04-31 1900年2月29日",
            "检查时间:2022年3月24日8时40分至10时19分",
            "自2022年5月23日起至2022年6月21日止",
            "2022年5月23日至6月21日",
            "2023年5月6日 7 时 40 分 24 秒",
            "2023-05-06 22:00",
            "2023年5月6日25时10分",
            "    年  月  日",
            "年 月 日",
            "____年__月__日",
            "20  年  月  日",
            "出生年月日:",
            "出生年月:1987年4月",
            "在6个月内;24小时;索引号:PT50302-0300-2023-00142",
            "泉应急罚〔2023〕12号",
            "年",
            "月日",
            "9999年99月99日",
            "〇〇〇〇年〇月〇日",
            "2023年",
            "99时99分",
            "𠮷2023年1月1日😀",
            // The optional year given back; months and days of three figures; 号 for 日.
            "2023年 2023年5月 123月4日 2023年123月 12月31号 十二月三十一日 一十二月 二〇二三年十月",
            "2023年5月 8时30分 2023年5月8时 5月6日晚上 8 点半 5月6日下午3:05:09 5月6日8:5",
            "5月6日8时 30秒 5月6日8时30分 15秒 5月6日8:30 :15 5月6日8点: 5月6日凌晨二时十分三秒",
            "5月6日123时 5月6日8时123分 5月6日8时30分123秒 5月6日 十十时 5月6日二十四时",
            // Blank prefixes, blanks glued to numbers, spaces that start nothing.
            "2 年 月 日 二〇 年 月 日 二 年 月 日 123 年_月_日 2023年 月 日 年月 日 年 月日",
            "12__年 月 日 x二〇_\t年_月_日 1234_年 月 日 二〇二〇 年 月 日 20年 月 日",
            "                     x                          年    月    ",
            // Numeric dates: separators mixed, runs too long, codes.
            "2023-1-1 2023/1/1 2023.1.1 2023-1/1 1999-12-31 2100-1-1 2023-123-1 2023-1-123",
            "a2023-1-1 2023-1-1a -2023-1-1 2023-01-01 08:30:15 2023-01-01 8时 2023-01-01 8时5分",
            "2023-01-01  9时 2023-01-01 9 时 2023-01-01 123:45 2023-01-01 12:3 2023-01-01 12:34:5",
            // Times alone.
            "8时40分 8点40分 8 时 40 分 24 秒 八时四十分 十二时三十分五秒 8时40 8时 分 至10时19分",
            // Other scripts' digits, full-width digits (not folded here), astral characters.
            "२०२३年१月२日 20२३-1-1 2023年5月६日 ๑๒时๓๔分 ２０２３年１月１日 𝟐𝟎𝟐𝟑-1-1",
            "😀5月6日😀 𠮷8时40分𠮷 5月𠮷6日",
        ] {
            same(t);
        }
    }

    /// One of the `|`-separated variants.
    fn one_of(variants: &'static str) -> impl Strategy<Value = &'static str> {
        prop::sample::select(variants.split('|').collect::<Vec<_>>())
    }

    /// Pieces of the patterns and of their surroundings.
    const PIECES: &str = "年|月|日|号|时|点|分|秒|:|-|/|.| |\t|_|\n|\u{3000}|19|20|2023|1|12|123|0|5|\
        〇|○|零|一|二|三|九|十|二〇|二○|上午|下午|晚上|凌晨|早上|中午|至|起|𠮷|😀|२|a|24|60|\
        2023年|二〇二三年|5月|十二月|6日|三十一日| 年 月 日|年_月_日|8时|8点|30分|十分|15秒|:30|: 05|\
        2023-01-01|1999.1.2|12:30|十二时三十分";

    /// Date-shaped strings: each slot picks one of its variants (often a wrong or empty one).
    const SLOTS: [&str; 23] = [
        "|2023|二〇二三|二○|20|19|123|२०२३|1999",
        "| |\t|_|  ",
        "|年|-|/|.|年月",
        "| |_|\t",
        "|5|12|十二|123|२|01|十一二",
        "| |_",
        "|月|-|.|/",
        "| |_|\t",
        "|6|31|三十一|十|123|०",
        "| ",
        "|日|号",
        "| |上午| 晚上 |早上|中午|凌晨 |下午",
        "|8|23|十二|二十四|२|123",
        "| ",
        "|时|点|:|: |：",
        "| |\t",
        "|30|5|三十|123|०५",
        "| ",
        "|分|:|: ",
        "| ",
        "|15|5|十五|123",
        "| ",
        "|秒|至|起",
    ];

    fn text() -> impl Strategy<Value = String> {
        let shaped = SLOTS.map(one_of).into_iter().collect::<Vec<_>>();
        let shaped = shaped.prop_map(|v| v.concat());
        let piece = one_of(PIECES).prop_map(String::from);
        prop::collection::vec(prop_oneof![shaped, piece], 0..12).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn same_as_regex(t in text()) {
            same(&t);
        }
    }
}
