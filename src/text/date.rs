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
use std::sync::OnceLock;

use regex::{Captures, Regex};

use crate::finding::Span;
use crate::text::numerals;

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

const CN_DIGITS: &str = "〇○零一二三四五六七八九";
const CN_SMALL: &str = "〇○零一二三四五六七八九十";

fn date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let d = CN_DIGITS;
        let s = CN_SMALL;
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
        .expect("static regex")
    })
}

fn num(c: &Captures<'_>, name: &str) -> Option<u32> {
    let s = c.name(name)?.as_str();
    numerals::parse_int(s).and_then(|v| u32::try_from(v).ok())
}

fn time_of(c: &Captures<'_>, h: &str, m: &[&str], s: &[&str]) -> Option<Time> {
    let hour = num(c, h)?;
    let minute = m.iter().find_map(|n| num(c, n)).unwrap_or(0);
    let second = s.iter().find_map(|n| num(c, n));
    Some(Time {
        hour,
        minute,
        second,
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
    for c in date_re().captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if c.name("blank").is_some() {
            // `出生年 月 日` style labels are not dates; a blank needs no Han character glued on.
            out.push(DateMention {
                span: Span::new(m.start(), m.end()),
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
        if c.name("num").is_some() {
            // Parts of longer digit codes (PT50302-0300-2023-00142) are not dates.
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == '-' || b == '/' || b == '.')
                || after.is_some_and(|a| a.is_ascii_digit())
            {
                continue;
            }
            let (Some(y), Some(mo), Some(d)) = (num(&c, "ny"), num(&c, "nm"), num(&c, "nd")) else {
                continue;
            };
            let mut end = m.end();
            let mut time = None;
            if let Some(t) = parse_time_after(text, end) {
                time = Some(t.0);
                end = t.1;
            }
            let y = y as i32;
            out.push(DateMention {
                span: Span::new(m.start(), end),
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
        if c.name("han").is_some() {
            let year_str = c.name("y").map(|x| x.as_str());
            let has_day = c.name("d").is_some();
            // A bare month (`4月`) is not a date; neither is `12月` glued to a digit.
            if year_str.is_none() && !has_day {
                continue;
            }
            if before.is_some_and(|b| b.is_ascii_digit()) {
                continue;
            }
            let year = year_str.and_then(numerals::parse_int).map(|v| v as i32);
            let chinese = year_str.is_some_and(|s| !s.bytes().all(|b| b.is_ascii_digit()))
                || c.name("m")
                    .is_some_and(|x| !x.as_str().bytes().all(|b| b.is_ascii_digit()));
            let month = num(&c, "m");
            let day = num(&c, "d");
            let time = if has_day {
                time_of(&c, "h", &["mi", "mc"], &["sc", "se"])
            } else {
                None
            };
            // Without a day the optional time group cannot have matched meaningfully; trim it.
            let end = if time.is_some() {
                m.end()
            } else if has_day {
                c.name("d").map_or(m.end(), |x| x.end())
                    + text[c.name("d").map_or(m.end(), |x| x.end())..]
                        .find(['日', '号'])
                        .map_or(0, |p| p + 3)
            } else {
                text[..m.end()].rfind('月').map_or(m.end(), |p| p + 3)
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
                span: Span::new(m.start(), end),
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
        if c.name("tonly").is_some() {
            if before.is_some_and(|b| b.is_ascii_digit()) {
                continue;
            }
            let time = time_of(&c, "th", &["tm"], &["ts"]);
            out.push(DateMention {
                span: Span::new(m.start(), m.end()),
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
fn parse_time_after(text: &str, end: usize) -> Option<(Time, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^[ \t]*(\d{1,2})(?:[时点][ \t]*(?:(\d{1,2})[ \t]*分)?|:(\d{2})(?::(\d{2}))?)")
            .expect("static regex")
    });
    let c = re.captures(text.get(end..)?)?;
    let hour = c.get(1)?.as_str().parse().ok()?;
    let minute = c
        .get(2)
        .or_else(|| c.get(3))
        .and_then(|x| x.as_str().parse().ok())
        .unwrap_or(0);
    let second = c.get(4).and_then(|x| x.as_str().parse().ok());
    Some((
        Time {
            hour,
            minute,
            second,
        },
        end + c.get(0)?.end(),
    ))
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
