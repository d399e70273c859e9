//! Prints the embedded working-day calendar, so it can be compared with other calendars.
//!
//! ```text
//! cargo run --example calendar -- days 2020-01-01 2026-12-31   # date<TAB>kind per day
//! cargo run --example calendar -- add 7 2020-01-01 2026-11-30  # start<TAB>deadline<TAB>certain
//! ```
//!
//! How the embedded schedules were verified (outside the project, nothing added to it):
//! `npm i chinese-days` (1.5.7) in a scratch directory and compare every date's working /
//! non-working status of `days` with its `dist/chinese-days.json` (a date is off when listed
//! in `holidays` and not in `workdays`, else by weekday), and every `add N` deadline for
//! N = 1, 3, 7, 20 with its `findWorkday(N, start)`; likewise every date with
//! `chinese_calendar.is_workday` from the PyPI package `chinese-calendar` (1.11.0). For
//! 2020–2026 all 2,557 dates and all 10,104 deadlines agree.

use gongshi::publish::{add_working_days, Calendar, Date};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: calendar days FROM TO | calendar add N FROM TO";
    let (mode, rest) = args.split_first().ok_or(usage)?;
    let (n, rest) = match mode.as_str() {
        "days" => (None, rest),
        "add" => {
            let (n, rest) = rest.split_first().ok_or(usage)?;
            (Some(n.parse::<u32>()?), rest)
        }
        _ => return Err(usage.into()),
    };
    let from = Date::parse(rest.first().ok_or(usage)?)?;
    let to = Date::parse(rest.get(1).ok_or(usage)?)?;
    let cal = Calendar::default();
    let mut d = from;
    while d <= to {
        match n {
            None => {
                let kind = serde_json::to_value(cal.day(d).kind)?;
                println!("{}\t{}", d, kind.as_str().unwrap_or(""));
            }
            Some(n) => {
                let dl = add_working_days(d, n, None)?;
                println!("{}\t{}\t{}", d, dl.date, dl.certain);
            }
        }
        match d.succ() {
            Some(next) => d = next,
            None => break,
        }
    }
    Ok(())
}
