//! Working days (工作日) and deadline counting.
//!
//! A day is a working day unless it is a Saturday or Sunday or inside a 放假 period, and a
//! weekend day declared 上班 in a 调休 arrangement is a working day. The schedules come from
//! the official notices in [`super::holidays`]; callers can add years or days with
//! [`ExtraHolidays`]. For a year no schedule covers, the answer is an estimate from weekends
//! alone and is marked uncertain rather than guessed.
//!
//! Counting follows 民事诉讼法第八十五条: the day the period starts is not counted, and a
//! period whose last day is a 法定休假日 ends on the next working day — which counting only
//! working days satisfies by construction.

use std::sync::OnceLock;

use serde::Serialize;

use super::civil::{Date, Weekday};
use super::holidays::{YearSchedule, SCHEDULES};
use crate::error::{Error, ErrorCode};
use crate::finding::Text;
use crate::json::{self, At, FromJson, Problem, Value};

/// The first year with an official schedule embedded.
pub const FIRST_COVERED_YEAR: i32 = 2020;

/// The largest number of working days [`add_working_days`] counts (about 38 years).
pub const MAX_WORKING_DAYS: u32 = 10_000;

/// The basis of the counting rule.
pub const COUNTING_BASIS: &str = "民事诉讼法第八十五条";

/// The last year with an official schedule embedded (data "through" this year).
pub fn last_covered_year() -> i32 {
    SCHEDULES
        .iter()
        .map(|s| s.year)
        .max()
        .unwrap_or(FIRST_COVERED_YEAR)
}

/// Holiday data a caller adds, per year: `{ "2027": { "holidays": ["2027-01-01"],
/// "workdays": [], "source": "国办发明电〔2026〕…号" } }`.
///
/// A year listed here counts as covered (its deadlines are certain). Its dates are added to
/// the embedded schedule and win over it where they disagree; weekends not listed as
/// `workdays` stay days off.
///
/// Keys are four-digit years (surrounding spaces are ignored); the same year twice is an error.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExtraHolidays {
    /// Sorted by year, one entry per year (a handful: a list, not a tree map).
    years: Vec<(i32, ExtraYear)>,
}

/// The extra data of one year. Absent keys are empty; unknown keys are errors.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExtraYear {
    /// Days off (放假), `YYYY-MM-DD`.
    pub holidays: Vec<Date>,
    /// Weekend days that are working days (调休上班), `YYYY-MM-DD`.
    pub workdays: Vec<Date>,
    /// Where the data comes from (e.g. the notice and its 文号), quoted in explanations.
    pub source: Option<String>,
}

json::json_struct!(ExtraYear {
    "holidays" => holidays,
    "workdays" => workdays,
    "source" => source,
});

/// A four-digit year written as a key (`"2027"`, spaces around it ignored).
fn year_key(k: &str) -> Option<i32> {
    let k = k.trim();
    let y: i32 = k.parse().ok()?;
    ((1..=9999).contains(&y) && k.len() == 4).then_some(y)
}

impl FromJson for ExtraHolidays {
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
        let mut extra = ExtraHolidays::default();
        for (k, x) in json::members(v, at)? {
            let Some(y) = year_key(k) else {
                return Err(json::fail(
                    at,
                    "键应为四位数年份（例如 \"2027\"）".into(),
                    "keys must be four-digit years (e.g. \"2027\")".into(),
                ));
            };
            if extra.get(y).is_some() {
                return Err(json::fail(
                    at,
                    format!("{y} 年出现了两次"),
                    format!("the year {y} is given twice"),
                ));
            }
            extra.insert(y, ExtraYear::from_json(x, &at.key(k))?);
        }
        Ok(extra)
    }
}

impl ExtraHolidays {
    /// Adds (or replaces) the data of one year.
    pub fn insert(&mut self, year: i32, data: ExtraYear) {
        let i = self.years.partition_point(|(y, _)| *y < year);
        match self.years.get_mut(i) {
            Some((y, d)) if *y == year => *d = data,
            _ => self.years.insert(i, (year, data)),
        }
    }

    /// The data of `year`, if given.
    fn get(&self, year: i32) -> Option<&ExtraYear> {
        let i = self.years.partition_point(|(y, _)| *y < year);
        self.years
            .get(i)
            .filter(|(y, _)| *y == year)
            .map(|(_, d)| d)
    }

    /// True when no year is given.
    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
    }
}

/// What kind of day a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DayKind {
    /// An ordinary Monday–Friday working day.
    Workday,
    /// Saturday or Sunday.
    Weekend,
    /// A day off in a 放假 period.
    Holiday,
    /// A weekend day declared a working day (调休上班).
    MakeupWorkday,
}

impl DayKind {
    /// True for the two working kinds.
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::MakeupWorkday)
    }
}

/// One date and what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDay {
    /// The date.
    pub date: Date,
    /// Day of the week.
    pub weekday: Weekday,
    /// Working day, weekend, holiday or 调休 working day.
    pub kind: DayKind,
    /// The holiday a holiday or 调休 day belongs to (元旦, 春节, …).
    pub name: Option<String>,
    /// True when no schedule covers the year, so only weekends were considered.
    pub estimated: bool,
}

#[derive(Debug)]
struct Builtin {
    /// Sorted by date (a search, not a hash map: one map type less in the `.wasm`).
    days: Vec<(Date, (DayKind, &'static str))>,
    years: Vec<i32>,
}

fn builtin() -> &'static Builtin {
    static B: OnceLock<Builtin> = OnceLock::new();
    B.get_or_init(|| {
        let mut days: Vec<(Date, (DayKind, &'static str))> = Vec::new();
        let mut years = Vec::new();
        for s in SCHEDULES {
            years.push(s.year);
            for br in s.breaks {
                let (Ok(from), Ok(to)) = (Date::parse(br.from), Date::parse(br.to)) else {
                    continue;
                };
                let mut d = from;
                while d <= to {
                    days.push((d, (DayKind::Holiday, br.name)));
                    match d.succ() {
                        Some(n) => d = n,
                        None => break,
                    }
                }
            }
            for wd in s.workdays {
                if let Ok(d) = Date::parse(wd.date) {
                    days.push((d, (DayKind::MakeupWorkday, wd.name)));
                }
            }
        }
        // A day listed twice keeps its last entry, as in a map where a later insert replaces
        // an earlier one: reversed before a stable sort, the last listed comes first.
        days.reverse();
        crate::sort::by_key(&mut days, |(d, _)| d.key());
        days.dedup_by(|b, a| a.0 == b.0);
        Builtin { days, years }
    })
}

/// The embedded schedule of `year`, if any.
pub fn schedule(year: i32) -> Option<&'static YearSchedule> {
    SCHEDULES.iter().find(|s| s.year == year)
}

/// The working-day calendar: the embedded schedules plus the caller's extra data.
#[derive(Debug, Clone, Copy, Default)]
pub struct Calendar<'a> {
    extra: Option<&'a ExtraHolidays>,
}

impl<'a> Calendar<'a> {
    /// A calendar with the embedded schedules and, optionally, extra data.
    pub fn new(extra: Option<&'a ExtraHolidays>) -> Self {
        Calendar { extra }
    }

    /// True when an official (or caller-supplied) schedule covers `year`.
    pub fn covers(&self, year: i32) -> bool {
        builtin().years.contains(&year) || self.extra.is_some_and(|e| e.get(year).is_some())
    }

    /// What `date` is.
    pub fn day(&self, date: Date) -> CalendarDay {
        let weekday = date.weekday();
        let mut kind = if weekday.is_weekend() {
            DayKind::Weekend
        } else {
            DayKind::Workday
        };
        let mut name: Option<String> = None;
        let days = &builtin().days;
        if let Some((_, (k, n))) = days
            .binary_search_by(|(d, _)| d.cmp(&date))
            .ok()
            .map(|i| &days[i])
        {
            kind = *k;
            name = Some((*n).to_string());
        }
        if let Some(extra) = self.extra {
            // Extra data for a year is keyed by that year, but a break may start late in the
            // previous year (2023's 元旦 began on 2022-12-31): look in both.
            for y in [date.year(), date.year() + 1] {
                let Some(e) = extra.get(y) else {
                    continue;
                };
                if e.holidays.contains(&date) {
                    kind = DayKind::Holiday;
                    name = Some(e.source.clone().unwrap_or_else(|| "放假".to_string()));
                } else if e.workdays.contains(&date) {
                    kind = if weekday.is_weekend() {
                        DayKind::MakeupWorkday
                    } else {
                        DayKind::Workday
                    };
                    name = e.source.clone().or(name);
                }
            }
        }
        CalendarDay {
            date,
            weekday,
            kind,
            name,
            estimated: !self.covers(date.year()),
        }
    }

    /// True when `date` is a working day (an estimate outside the covered years).
    pub fn is_working_day(&self, date: Date) -> bool {
        self.day(date).kind.is_working()
    }

    /// The sources relied on for `year`: notice titles with their 文号, or the caller's source.
    pub fn sources(&self, year: i32) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(s) = schedule(year) {
            for n in s.notices {
                out.push(format!("{}（{}，{}）", n.title, n.number, n.issued));
            }
        }
        if let Some(e) = self.extra.and_then(|e| e.get(year)) {
            out.push(
                e.source
                    .clone()
                    .unwrap_or_else(|| format!("调用方提供的{year}年放假安排")),
            );
        }
        out
    }
}

/// A deadline counted in working days, with the calendar reasoning behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    /// The day the period starts from (not counted).
    pub start: Date,
    /// Number of working days counted.
    pub days: u32,
    /// The last day of the period: the deadline.
    pub date: Date,
    /// Weekday of the deadline.
    pub weekday: Weekday,
    /// False when a counted day lies in a year no schedule covers: the date is then an
    /// estimate from weekends only and may move once the official schedule is published.
    pub certain: bool,
    /// The last year with an embedded official schedule.
    pub data_through: i32,
    /// The days that were not ordinary weekdays: weekends and holidays passed over, 调休
    /// working days counted.
    pub special_days: Vec<CalendarDay>,
    /// The schedules relied on (notice title, 文号, date).
    pub sources: Vec<String>,
    /// How the date was reached, for the officer.
    pub explanation: Text,
}

fn too_far() -> Error {
    Error::new(
        ErrorCode::InvalidArgument,
        Text::new(
            format!("工作日数过大：最多可计算 {MAX_WORKING_DAYS} 个工作日，且结果须在 9999 年以内。"),
            format!(
                "Too many working days: at most {MAX_WORKING_DAYS}, and the result must fall before the year 10000."
            ),
        ),
    )
}

/// Counts `days` working days after `start` (民事诉讼法第八十五条: the start day is not
/// counted) and returns the last day of the period.
///
/// ```
/// use gongshi::publish::{add_working_days, Date};
/// // Decided on Friday 27 September 2024: the 国庆 break and two 调休 Sundays/Saturdays.
/// let d = add_working_days(Date::parse("2024-09-27").unwrap(), 7, None).unwrap();
/// assert_eq!(d.date.to_string(), "2024-10-12"); // a 调休 Saturday
/// assert!(d.certain);
/// ```
pub fn add_working_days(
    start: Date,
    days: u32,
    extra: Option<&ExtraHolidays>,
) -> Result<Deadline, Error> {
    if days > MAX_WORKING_DAYS {
        return Err(too_far());
    }
    let cal = Calendar::new(extra);
    let mut special = Vec::new();
    let mut certain = true;
    let mut years: Vec<i32> = Vec::new();
    let mut d = start;
    let mut left = days;
    while left > 0 {
        d = d.succ().ok_or_else(too_far)?;
        let info = cal.day(d);
        if info.estimated {
            certain = false;
        }
        if years.last() != Some(&d.year()) {
            years.push(d.year());
        }
        if info.kind.is_working() {
            left -= 1;
        }
        if info.kind != DayKind::Workday {
            special.push(info);
        }
    }
    let mut sources = Vec::new();
    for y in years {
        for s in cal.sources(y) {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
    }
    let explanation = explain(start, days, d, certain, &special);
    Ok(Deadline {
        start,
        days,
        date: d,
        weekday: d.weekday(),
        certain,
        data_through: last_covered_year(),
        special_days: special,
        sources,
        explanation,
    })
}

/// [`add_working_days`] for a `YYYY-MM-DD` string: what the JavaScript `addWorkingDays`
/// calls. A malformed date is an `invalid_argument` error.
pub fn add_working_days_str(
    start: &str,
    days: u32,
    extra: Option<&ExtraHolidays>,
) -> Result<Deadline, Error> {
    add_working_days(Date::parse(start)?, days, extra)
}

/// Converts a JavaScript number of days to a count, refusing negatives, fractions, NaN and
/// values above [`MAX_WORKING_DAYS`].
pub fn working_days_arg(days: f64) -> Result<u32, Error> {
    if days.is_finite() && days >= 0.0 && days.fract() == 0.0 && days <= MAX_WORKING_DAYS as f64 {
        Ok(days as u32)
    } else {
        Err(Error::new(
            ErrorCode::InvalidArgument,
            Text::new(
                format!("工作日数应为 0 至 {MAX_WORKING_DAYS} 之间的整数。"),
                format!(
                    "The number of working days must be an integer from 0 to {MAX_WORKING_DAYS}."
                ),
            ),
        ))
    }
}

fn md_zh(d: Date) -> String {
    format!("{}月{}日", d.month(), d.day())
}

/// Groups consecutive special days of one kind and name into ranges for the explanation.
fn runs(special: &[CalendarDay], kind: DayKind) -> Vec<(Date, Date, Option<String>)> {
    let mut out: Vec<(Date, Date, Option<String>)> = Vec::new();
    for s in special.iter().filter(|s| s.kind == kind) {
        if let Some(last) = out.last_mut() {
            if last.1.succ() == Some(s.date) && last.2 == s.name {
                last.1 = s.date;
                continue;
            }
        }
        out.push((s.date, s.date, s.name.clone()));
    }
    out
}

fn explain(start: Date, days: u32, end: Date, certain: bool, special: &[CalendarDay]) -> Text {
    let mut zh = format!(
        "自{}（{}）的次日起计算{}个工作日（开始之日不计入，{}），",
        start.zh(),
        start.weekday().zh(),
        days,
        COUNTING_BASIS
    );
    let mut en = format!(
        "{} working days counted from the day after {} ({}; the start day is not counted, {}), ",
        days,
        start,
        start.weekday().en(),
        COUNTING_BASIS
    );
    let holidays = runs(special, DayKind::Holiday);
    if !holidays.is_empty() {
        let zh_parts: Vec<String> = holidays
            .iter()
            .map(|(a, b, n)| {
                let name = n.as_deref().unwrap_or("放假");
                if a == b {
                    format!("{}假期{}", name, a.zh())
                } else {
                    format!("{}假期{}至{}", name, a.zh(), md_zh(*b))
                }
            })
            .collect();
        let en_parts: Vec<String> = holidays
            .iter()
            .map(|(a, b, _)| {
                if a == b {
                    format!("{a}")
                } else {
                    format!("{a} to {b}")
                }
            })
            .collect();
        zh.push_str(&format!("跳过{}", zh_parts.join("、")));
        en.push_str(&format!("skipping the holidays {}", en_parts.join(", ")));
    } else {
        zh.push_str("跳过");
        en.push_str("skipping");
    }
    let weekends = special
        .iter()
        .filter(|s| s.kind == DayKind::Weekend)
        .count();
    if weekends > 0 {
        if !holidays.is_empty() {
            zh.push('及');
            en.push_str(" and");
        }
        zh.push_str(&format!("{weekends}个周末日"));
        en.push_str(&format!(" {weekends} weekend days"));
    } else if holidays.is_empty() {
        zh.push_str("无休息日");
        en.push_str(" no days off");
    }
    let makeup: Vec<&CalendarDay> = special
        .iter()
        .filter(|s| s.kind == DayKind::MakeupWorkday)
        .collect();
    if !makeup.is_empty() {
        let zh_parts: Vec<String> = makeup
            .iter()
            .map(|s| format!("{}（{}）", s.date.zh(), s.weekday.zh()))
            .collect();
        let en_parts: Vec<String> = makeup
            .iter()
            .map(|s| format!("{} ({})", s.date, s.weekday.en()))
            .collect();
        zh.push_str(&format!("，计入调休上班日{}", zh_parts.join("、")));
        en.push_str(&format!(
            ", counting the make-up working days {}",
            en_parts.join(", ")
        ));
    }
    zh.push_str(&format!(
        "；期限届满日为{}（{}）。",
        end.zh(),
        end.weekday().zh()
    ));
    en.push_str(&format!(
        "; the period ends on {} ({}).",
        end,
        end.weekday().en()
    ));
    if !certain {
        let last = last_covered_year();
        zh.push_str(&format!(
            "注意：期间涉及尚未收录官方放假安排的年份（已收录至{last}年），上述日期仅扣除周末估算，不确定；请在国务院办公厅公布该年放假安排后复核，或通过 extraHolidays 选项提供该年安排。"
        ));
        en.push_str(&format!(
            " Note: the period reaches a year without an official holiday schedule (data through {last}); the date is an estimate from weekends only and is uncertain. Check it once the State Council publishes that year's schedule, or pass it in the extraHolidays option."
        ));
    }
    Text::new(zh, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn add(s: &str, n: u32) -> Deadline {
        add_working_days(d(s), n, None).unwrap()
    }

    #[test]
    fn data_is_well_formed() {
        for s in SCHEDULES {
            assert!(!s.notices.is_empty(), "{}", s.year);
            for n in s.notices {
                assert!(Date::parse(n.issued).is_ok(), "{}", n.issued);
                assert!(n.title.contains(&s.year.to_string()));
                assert!(n.number.starts_with("国办发明电〔") && n.number.ends_with('号'));
            }
            for br in s.breaks {
                let (a, b) = (d(br.from), d(br.to));
                assert!(a <= b && b.to_days() - a.to_days() < 10, "{br:?}");
                assert!(b.year() == s.year, "{br:?}");
            }
            for w in s.workdays {
                // A 调休 working day is always a weekend day.
                assert!(d(w.date).weekday().is_weekend(), "{w:?}");
                assert_eq!(d(w.date).year(), s.year);
            }
        }
        assert_eq!(last_covered_year(), 2026);
        let years: Vec<i32> = SCHEDULES.iter().map(|s| s.year).collect();
        assert_eq!(years, (2020..=2026).collect::<Vec<_>>());
    }

    #[test]
    fn day_counts_per_year() {
        // Working days per year, counted from the official notices:
        // 366/365 days − weekends − holidays on weekdays + 调休 working days.
        let cal = Calendar::default();
        let mut counts = Vec::new();
        for y in 2020..=2026 {
            let mut x = d(&format!("{y}-01-01"));
            let mut n = 0;
            while x.year() == y {
                if cal.is_working_day(x) {
                    n += 1;
                }
                x = x.succ().unwrap();
            }
            counts.push(n);
        }
        assert_eq!(counts, vec![249, 250, 249, 249, 251, 248, 248]);
    }

    #[test]
    fn deadline_2024_09_27_national_day() {
        // Fri 27 Sep; Sun 29 Sep 调休 (1), Mon 30 (2), 1–7 Oct off, 8–11 Oct (3–6),
        // Sat 12 Oct 调休 (7).
        let dl = add("2024-09-27", 7);
        assert_eq!(dl.date, d("2024-10-12"));
        assert_eq!(dl.weekday, Weekday::Saturday);
        assert!(dl.certain);
        assert!(dl
            .explanation
            .zh
            .contains("国庆节假期2024年10月1日至10月7日"));
        assert!(dl.explanation.zh.contains("2024年10月12日（周六）"));
        assert!(dl.sources[0].contains("国办发明电〔2023〕7号"));
        // 20 working days: 13 more from 12 Oct → 14–18 (5), 21–25 (10), 28–30 (13).
        assert_eq!(add("2024-09-27", 20).date, d("2024-10-30"));
        // 3 working days: 29 Sep, 30 Sep, 8 Oct.
        assert_eq!(add("2024-09-27", 3).date, d("2024-10-08"));
    }

    #[test]
    fn deadline_2025_01_24_spring_festival() {
        // Fri 24 Jan; Sun 26 Jan 调休 (1), Mon 27 (2), 28 Jan–4 Feb off, 5–7 Feb (3–5),
        // Sat 8 Feb 调休 (6), Mon 10 Feb (7).
        assert_eq!(add("2025-01-24", 7).date, d("2025-02-10"));
        // 20: 11–14 Feb (8–11), 17–21 (12–16), 24–27 (17–20).
        assert_eq!(add("2025-01-24", 20).date, d("2025-02-27"));
        assert_eq!(add("2025-01-24", 3).date, d("2025-02-05"));
    }

    #[test]
    fn deadline_2026_02_13_spring_festival() {
        // Fri 13 Feb; Sat 14 Feb 调休 (1), 15–23 Feb off, 24–27 Feb (2–5), Sat 28 Feb
        // 调休 (6), Mon 2 Mar (7).
        let dl = add("2026-02-13", 7);
        assert_eq!(dl.date, d("2026-03-02"));
        assert!(dl.certain);
        assert!(dl.sources[0].contains("国办发明电〔2025〕7号"));
        assert_eq!(add("2026-02-13", 3).date, d("2026-02-25"));
        assert_eq!(add("2026-02-13", 1).date, d("2026-02-14"));
    }

    #[test]
    fn start_on_a_saturday_makeup_workday() {
        // Sat 12 Oct 2024 is a 调休 working day; counting starts Sunday 13 (off).
        assert!(Calendar::default().is_working_day(d("2024-10-12")));
        assert_eq!(add("2024-10-12", 7).date, d("2024-10-22"));
        // Sat 8 Feb 2025 (调休): Mon 10 … Fri 14 = 5 days, Mon 17, Tue 18.
        assert_eq!(add("2025-02-08", 7).date, d("2025-02-18"));
    }

    #[test]
    fn covid_extension_2020() {
        // 1 Feb 2020 was announced as a working day, then the break was extended to 2 Feb.
        let cal = Calendar::default();
        assert_eq!(cal.day(d("2020-02-01")).kind, DayKind::Holiday);
        assert_eq!(cal.day(d("2020-01-19")).kind, DayKind::MakeupWorkday);
        assert_eq!(add("2020-01-23", 1).date, d("2020-02-03"));
        assert!(add("2020-01-23", 1).sources[1].contains("国办发明电〔2020〕1号"));
    }

    #[test]
    fn zero_days_and_limits() {
        assert_eq!(add("2024-10-01", 0).date, d("2024-10-01"));
        assert!(add_working_days(d("2024-01-01"), MAX_WORKING_DAYS + 1, None).is_err());
        assert!(add_working_days(d("9999-12-30"), 5, None).is_err());
        assert_eq!(working_days_arg(7.0).unwrap(), 7);
        for bad in [-1.0, 1.5, f64::NAN, f64::INFINITY, 1e9] {
            assert_eq!(
                working_days_arg(bad).unwrap_err().code,
                ErrorCode::InvalidArgument
            );
        }
        let e = add_working_days_str("2024-02-30", 3, None).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidArgument);
        assert!(!e.message.zh.contains("2024-02-30"));
    }

    #[test]
    fn beyond_the_data_is_uncertain() {
        // Mon 28 Dec 2026 + 7: 29, 30, 31 Dec, then 2027 with weekends only:
        // Fri 1 Jan (4), 4, 5, 6 Jan (7).
        let dl = add("2026-12-28", 7);
        assert_eq!(dl.date, d("2027-01-06"));
        assert!(!dl.certain);
        assert!(dl.explanation.zh.contains("不确定"));
        assert!(dl.special_days.iter().any(|s| s.estimated));
        // Before the first covered year too.
        assert!(!add("2019-06-03", 2).certain);
        // Entirely inside 2026: certain.
        assert!(add("2026-12-01", 5).certain);
    }

    #[test]
    fn extra_data_makes_a_year_certain() {
        let extra: ExtraHolidays = json::from_str(
            r#"{"2027": {"holidays": ["2027-01-01"], "source": "2027年放假安排（测试）"}}"#,
        )
        .unwrap();
        let dl = add_working_days(d("2026-12-28"), 7, Some(&extra)).unwrap();
        assert_eq!(dl.date, d("2027-01-07"));
        assert!(dl.certain);
        assert!(dl.sources.iter().any(|s| s.contains("测试")));
        // Extra data can add a 调休 Saturday and override the embedded schedule.
        let extra: ExtraHolidays = json::from_str(
            r#"{"2027": {"workdays": ["2027-01-09"]}, " 2024 ": {"holidays": ["2024-10-08"]}}"#,
        )
        .unwrap();
        let cal = Calendar::new(Some(&extra));
        assert_eq!(cal.day(d("2027-01-09")).kind, DayKind::MakeupWorkday);
        assert_eq!(cal.day(d("2024-10-08")).kind, DayKind::Holiday);
        for (bad, msg) in [
            (
                r#"{"27": {}}"#,
                "Invalid options: keys must be four-digit years",
            ),
            (
                r#"{"２０２７": {}}"#,
                "Invalid options: keys must be four-digit years",
            ),
            (
                r#"{"2027": {"holidays": ["2027-02-30"]}}"#,
                "Invalid option 2027.holidays[0]: expected an existing date",
            ),
            (
                r#"{"2027": {"days": []}}"#,
                r#"Invalid option 2027: unknown key "days" (expected one of: holidays, workdays, source)"#,
            ),
            (
                r#"{"2027": {}, "2027 ": {}}"#,
                "the year 2027 is given twice",
            ),
            (
                r#"{"2027": {"source": 1}}"#,
                "Invalid option 2027.source: expected a string",
            ),
            (r#"["2027"]"#, "Invalid options: expected an object"),
        ] {
            let e = json::from_str::<ExtraHolidays>(bad).unwrap_err();
            assert!(e.message.en.contains(msg), "{bad}: {}", e.message.en);
        }
    }

    #[test]
    fn weekday_only_estimate_matches_plain_weekends() {
        let cal = Calendar::default();
        let mut x = d("2027-01-01");
        for _ in 0..400 {
            let day = cal.day(x);
            assert!(day.estimated);
            assert_eq!(day.kind.is_working(), !x.weekday().is_weekend());
            x = x.succ().unwrap();
        }
    }
}
