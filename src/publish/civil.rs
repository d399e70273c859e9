//! Civil dates and local date-times for deadline arithmetic (proleptic Gregorian calendar).
//!
//! These are values a caller passes in (`"2024-09-27"`, `"2024-09-27T09:30"`) or that the
//! checks compute; parsing dates out of document text is the job of the shared text parsers.
//! Both types serialize as ISO 8601 strings, so JavaScript sees `"2024-10-12"`.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::error::{Error, ErrorCode};
use crate::finding::Text;
use crate::json::{self, At, FromJson, Problem, Value};

/// Earliest year accepted (the proleptic Gregorian calendar is used throughout).
pub const MIN_YEAR: i32 = 1;
/// Latest year accepted, so that every date prints as `YYYY-MM-DD`.
pub const MAX_YEAR: i32 = 9999;

/// A calendar date without time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A sort key in date order.
    pub(crate) fn key(&self) -> u128 {
        ((self.year as i64 + (1 << 40)) as u128) << 16
            | (self.month as u128) << 8
            | self.day as u128
    }
}

/// Day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// 周一.
    Monday,
    /// 周二.
    Tuesday,
    /// 周三.
    Wednesday,
    /// 周四.
    Thursday,
    /// 周五.
    Friday,
    /// 周六.
    Saturday,
    /// 周日.
    Sunday,
}

impl Weekday {
    /// True for Saturday and Sunday.
    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }

    /// The Chinese name, 周一 … 周日.
    pub fn zh(self) -> &'static str {
        match self {
            Weekday::Monday => "周一",
            Weekday::Tuesday => "周二",
            Weekday::Wednesday => "周三",
            Weekday::Thursday => "周四",
            Weekday::Friday => "周五",
            Weekday::Saturday => "周六",
            Weekday::Sunday => "周日",
        }
    }

    /// The English name.
    pub fn en(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Number of days in a month (0 for an invalid month).
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Builds a date, or `None` when it does not exist (2023-02-29) or the year is out of
    /// range.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.month as u32
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, if its year is within range.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        Date::new(i32::try_from(y).ok()?, m as u32, d as u32)
    }

    /// The date `n` days later (or earlier for negative `n`), if still within range.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }

    /// The next day, if within range.
    pub fn succ(self) -> Option<Date> {
        self.add_days(1)
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.to_days() + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// The same day `n` years later; a 29 February with no counterpart becomes 28 February
    /// (民法典第二百零一条: 没有对应日的，月末日为期间的最后一日).
    pub fn add_years(self, n: i32) -> Option<Date> {
        let y = self.year.checked_add(n)?;
        let d = (self.day as u32).min(days_in_month(y, self.month as u32));
        Date::new(y, self.month as u32, d)
    }

    /// The same day `n` months later, clamped to the last day of the target month.
    pub fn add_months(self, n: i32) -> Option<Date> {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n as i64;
        let y = i32::try_from(total.div_euclid(12)).ok()?;
        let m = (total.rem_euclid(12) + 1) as u32;
        let d = (self.day as u32).min(days_in_month(y, m));
        Date::new(y, m, d)
    }

    /// Whole years from `birth` to `self` (an age): the birthday itself counts.
    pub fn years_since(self, birth: Date) -> i32 {
        let mut age = self.year - birth.year;
        if (self.month, self.day) < (birth.month, birth.day) {
            age -= 1;
        }
        age
    }

    /// Parses `YYYY-MM-DD` (month and day may have one digit; surrounding spaces are
    /// ignored). The error never echoes the input.
    pub fn parse(s: &str) -> Result<Date, Error> {
        parse_date(s.trim()).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidArgument,
                Text::new(
                    "日期格式无效：应为存在的日期，格式为 YYYY-MM-DD（例如 2024-09-27）。",
                    "Invalid date: expected an existing date written YYYY-MM-DD (e.g. 2024-09-27).",
                ),
            )
        })
    }

    /// Chinese long form, `2024年10月12日`.
    pub fn zh(self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }
}

fn digits(s: &str, min: usize, max: usize) -> Option<u32> {
    if s.len() < min || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn parse_date(s: &str) -> Option<Date> {
    let mut it = s.split('-');
    let y = digits(it.next()?, 4, 4)?;
    let m = digits(it.next()?, 1, 2)?;
    let d = digits(it.next()?, 1, 2)?;
    if it.next().is_some() {
        return None;
    }
    Date::new(y as i32, m, d)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = Error;
    fn from_str(s: &str) -> Result<Date, Error> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Read from a `YYYY-MM-DD` string, as [`Date::parse`] reads it.
impl FromJson for Date {
    #[inline(never)]
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Date, Problem> {
        // A number or anything else gets the same message as a malformed string.
        json::str_of(v, at)
            .ok()
            .and_then(|s| parse_date(s.trim()))
            .ok_or_else(|| {
                json::expected(
                    at,
                    "存在的日期，格式为 YYYY-MM-DD（例如 2024-09-27）",
                    "an existing date written YYYY-MM-DD (e.g. 2024-09-27)",
                )
            })
    }
}

/// A local date and time to the minute (seconds are accepted and kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    date: Date,
    /// Seconds since midnight.
    secs: u32,
}

impl DateTime {
    /// Builds a date-time, or `None` for an impossible time.
    pub fn new(date: Date, hour: u32, minute: u32, second: u32) -> Option<DateTime> {
        if hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        Some(DateTime {
            date,
            secs: hour * 3600 + minute * 60 + second,
        })
    }

    /// The date part.
    pub fn date(self) -> Date {
        self.date
    }

    /// Seconds since 1970-01-01T00:00 (local time, no zone).
    pub fn to_seconds(self) -> i64 {
        self.date.to_days() * 86_400 + self.secs as i64
    }

    /// Seconds from `earlier` to `self` (negative when `self` is earlier).
    pub fn seconds_since(self, earlier: DateTime) -> i64 {
        self.to_seconds() - earlier.to_seconds()
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS]` or with a space instead of `T` (what an HTML
    /// `datetime-local` input produces). The error never echoes the input.
    pub fn parse(s: &str) -> Result<DateTime, Error> {
        parse_datetime(s.trim()).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidArgument,
                Text::new(
                    "时间格式无效：应为 YYYY-MM-DDTHH:MM（例如 2024-09-27T09:30）。",
                    "Invalid date-time: expected YYYY-MM-DDTHH:MM (e.g. 2024-09-27T09:30).",
                ),
            )
        })
    }
}

fn parse_datetime(s: &str) -> Option<DateTime> {
    let (d, t) = s.split_once(['T', ' '])?;
    let date = parse_date(d)?;
    let mut it = t.trim().split(':');
    let h = digits(it.next()?, 1, 2)?;
    let m = digits(it.next()?, 2, 2)?;
    let sec = match it.next() {
        Some(x) => digits(x, 2, 2)?,
        None => 0,
    };
    if it.next().is_some() {
        return None;
    }
    DateTime::new(date, h, m, sec)
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m, s) = (self.secs / 3600, self.secs / 60 % 60, self.secs % 60);
        if s == 0 {
            write!(f, "{}T{:02}:{:02}", self.date, h, m)
        } else {
            write!(f, "{}T{:02}:{:02}:{:02}", self.date, h, m, s)
        }
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Read from a `YYYY-MM-DDTHH:MM[:SS]` string, as [`DateTime::parse`] reads it.
impl FromJson for DateTime {
    #[inline(never)]
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<DateTime, Problem> {
        // A number or anything else gets the same message as a malformed string.
        json::str_of(v, at)
            .ok()
            .and_then(|s| parse_datetime(s.trim()))
            .ok_or_else(|| {
                json::expected(
                    at,
                    "存在的时间，格式为 YYYY-MM-DDTHH:MM（例如 2024-09-27T09:30）",
                    "an existing date and time written YYYY-MM-DDTHH:MM (e.g. 2024-09-27T09:30)",
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn round_trip_days() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2024-12-31",
            "0001-01-01",
            "9999-12-31",
        ] {
            let x = d(s);
            assert_eq!(Date::from_days(x.to_days()), Some(x), "{s}");
            assert_eq!(x.to_string(), s);
        }
        assert_eq!(d("1970-01-02").to_days(), 1);
        assert_eq!(d("9999-12-31").succ(), None);
    }

    #[test]
    fn weekdays() {
        assert_eq!(d("2024-09-27").weekday(), Weekday::Friday);
        assert_eq!(d("2024-10-12").weekday(), Weekday::Saturday);
        assert_eq!(d("2026-02-13").weekday(), Weekday::Friday);
        assert_eq!(d("2000-01-01").weekday(), Weekday::Saturday);
    }

    #[test]
    fn parsing_is_strict() {
        assert_eq!(d(" 2024-9-7 "), Date::new(2024, 9, 7).unwrap());
        for bad in [
            "",
            "2024",
            "2024-02-30",
            "2023-02-29",
            "24-01-01",
            "2024/01/01",
            "2024-01-01-",
            "２０２４-01-01",
            "2024-13-01",
            "2024-00-10",
            "2024-1-001",
        ] {
            let e = Date::parse(bad).unwrap_err();
            assert_eq!(e.code, ErrorCode::InvalidArgument, "{bad:?}");
        }
    }

    #[test]
    fn years_and_months() {
        assert_eq!(d("2024-02-29").add_years(5), Some(d("2029-02-28")));
        assert_eq!(d("2024-02-29").add_years(4), Some(d("2028-02-29")));
        assert_eq!(d("2024-08-31").add_months(6), Some(d("2025-02-28")));
        assert_eq!(d("2024-12-15").add_months(1), Some(d("2025-01-15")));
        assert_eq!(d("2024-06-01").years_since(d("2006-06-02")), 17);
        assert_eq!(d("2024-06-02").years_since(d("2006-06-02")), 18);
    }

    #[test]
    fn datetimes() {
        let a = DateTime::parse("2024-05-01T09:30").unwrap();
        let b = DateTime::parse("2024-05-02 09:30:00").unwrap();
        assert_eq!(b.seconds_since(a), 86_400);
        assert_eq!(a.to_string(), "2024-05-01T09:30");
        assert!(DateTime::parse("2024-05-01T24:00").is_err());
        assert!(DateTime::parse("2024-05-01").is_err());
        let j: DateTime = json::from_str("\" 2024-05-01 09:30:15\"").unwrap();
        assert_eq!(
            serde_json::to_string(&j).unwrap(),
            "\"2024-05-01T09:30:15\""
        );
        let e = json::from_str::<DateTime>("\"2024-05-01T25:00\"").unwrap_err();
        assert!(e
            .message
            .en
            .contains("expected an existing date and time written YYYY-MM-DDTHH:MM"));
        assert!(!e.message.en.contains("25:00") && !e.message.zh.contains("25:00"));
        assert!(json::from_str::<DateTime>("1714555800").is_err());
    }

    #[test]
    fn dates_from_json() {
        assert_eq!(
            json::from_str::<Date>("\" 2024-9-7 \"").unwrap(),
            d("2024-09-07")
        );
        for bad in [
            "\"2024-02-30\"",
            "\"２０２４-01-01\"",
            "20240101",
            "null",
            "[\"2024-01-01\"]",
        ] {
            let e = json::from_str::<Date>(bad).unwrap_err();
            assert_eq!(e.code, ErrorCode::InvalidOptions, "{bad}");
        }
        let e = json::from_str::<Date>("\"2024-02-30\"").unwrap_err();
        assert_eq!(
            e.message.zh,
            "选项无效：应为存在的日期，格式为 YYYY-MM-DD（例如 2024-09-27）。"
        );
    }
}
