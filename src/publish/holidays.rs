//! The official holiday and 调休 schedules (国务院办公厅关于XXXX年部分节假日安排的通知), as data.
//!
//! One entry per year, transcribed from the State Council notice named in it. `breaks` are the
//! 放假 periods exactly as the notice states them (first and last day, both included; a
//! notice that says "与周末连休" names only the weekday, since the weekend is off anyway);
//! `workdays` are the weekend days the notice declares 上班 (调休). Everything else follows
//! the ordinary rule: Monday–Friday work, Saturday–Sunday rest.
//!
//! Verified date by date for 2020–2026 against the npm package `chinese-days` 1.5.7 and the
//! PyPI package `chinese-calendar` 1.11.0 (every day's working / non-working status agrees).
//! When the next notice appears (normally in November), add its year here, with its source.

/// The notice a schedule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notice {
    /// Full title of the notice.
    pub title: &'static str,
    /// Its document number (文号).
    pub number: &'static str,
    /// Date of issue, `YYYY-MM-DD`.
    pub issued: &'static str,
}

/// One 放假 period: the holiday name and its first and last day (`YYYY-MM-DD`, inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Break {
    /// Holiday name as in the notice (元旦, 春节, …).
    pub name: &'static str,
    /// First day off.
    pub from: &'static str,
    /// Last day off.
    pub to: &'static str,
}

/// A weekend day declared a working day (调休上班), with the holiday it makes up for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Workday {
    /// The date, `YYYY-MM-DD`.
    pub date: &'static str,
    /// The holiday it belongs to.
    pub name: &'static str,
}

/// The schedule of one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearSchedule {
    /// The calendar year the notice covers.
    pub year: i32,
    /// The notice, then any later notice that amended it.
    pub notices: &'static [Notice],
    /// The 放假 periods.
    pub breaks: &'static [Break],
    /// The 调休 working days.
    pub workdays: &'static [Workday],
}

const fn b(name: &'static str, from: &'static str, to: &'static str) -> Break {
    Break { name, from, to }
}

const fn w(date: &'static str, name: &'static str) -> Workday {
    Workday { date, name }
}

/// The schedules, oldest first.
pub const SCHEDULES: &[YearSchedule] = &[
    YearSchedule {
        year: 2020,
        notices: &[
            Notice {
                title: "国务院办公厅关于2020年部分节假日安排的通知",
                number: "国办发明电〔2019〕16号",
                issued: "2019-11-21",
            },
            // COVID-19: the Spring Festival break was extended to 2 February; 1 February
            // (Saturday), first announced as a 调休 working day, became a day off.
            Notice {
                title: "国务院办公厅关于延长2020年春节假期的通知",
                number: "国办发明电〔2020〕1号",
                issued: "2020-01-26",
            },
        ],
        breaks: &[
            b("元旦", "2020-01-01", "2020-01-01"),
            b("春节", "2020-01-24", "2020-02-02"),
            b("清明节", "2020-04-04", "2020-04-06"),
            b("劳动节", "2020-05-01", "2020-05-05"),
            b("端午节", "2020-06-25", "2020-06-27"),
            b("国庆节、中秋节", "2020-10-01", "2020-10-08"),
        ],
        workdays: &[
            w("2020-01-19", "春节"),
            w("2020-04-26", "劳动节"),
            w("2020-05-09", "劳动节"),
            w("2020-06-28", "端午节"),
            w("2020-09-27", "国庆节、中秋节"),
            w("2020-10-10", "国庆节、中秋节"),
        ],
    },
    YearSchedule {
        year: 2021,
        notices: &[Notice {
            title: "国务院办公厅关于2021年部分节假日安排的通知",
            number: "国办发明电〔2020〕27号",
            issued: "2020-11-25",
        }],
        breaks: &[
            b("元旦", "2021-01-01", "2021-01-03"),
            b("春节", "2021-02-11", "2021-02-17"),
            b("清明节", "2021-04-03", "2021-04-05"),
            b("劳动节", "2021-05-01", "2021-05-05"),
            b("端午节", "2021-06-12", "2021-06-14"),
            b("中秋节", "2021-09-19", "2021-09-21"),
            b("国庆节", "2021-10-01", "2021-10-07"),
        ],
        workdays: &[
            w("2021-02-07", "春节"),
            w("2021-02-20", "春节"),
            w("2021-04-25", "劳动节"),
            w("2021-05-08", "劳动节"),
            w("2021-09-18", "中秋节"),
            w("2021-09-26", "国庆节"),
            w("2021-10-09", "国庆节"),
        ],
    },
    YearSchedule {
        year: 2022,
        notices: &[Notice {
            title: "国务院办公厅关于2022年部分节假日安排的通知",
            number: "国办发明电〔2021〕11号",
            issued: "2021-10-25",
        }],
        breaks: &[
            b("元旦", "2022-01-01", "2022-01-03"),
            b("春节", "2022-01-31", "2022-02-06"),
            b("清明节", "2022-04-03", "2022-04-05"),
            b("劳动节", "2022-04-30", "2022-05-04"),
            b("端午节", "2022-06-03", "2022-06-05"),
            b("中秋节", "2022-09-10", "2022-09-12"),
            b("国庆节", "2022-10-01", "2022-10-07"),
        ],
        workdays: &[
            w("2022-01-29", "春节"),
            w("2022-01-30", "春节"),
            w("2022-04-02", "清明节"),
            w("2022-04-24", "劳动节"),
            w("2022-05-07", "劳动节"),
            w("2022-10-08", "国庆节"),
            w("2022-10-09", "国庆节"),
        ],
    },
    YearSchedule {
        year: 2023,
        notices: &[Notice {
            title: "国务院办公厅关于2023年部分节假日安排的通知",
            number: "国办发明电〔2022〕16号",
            issued: "2022-12-08",
        }],
        breaks: &[
            // The 2023 元旦 break starts on the last day of 2022.
            b("元旦", "2022-12-31", "2023-01-02"),
            b("春节", "2023-01-21", "2023-01-27"),
            b("清明节", "2023-04-05", "2023-04-05"),
            b("劳动节", "2023-04-29", "2023-05-03"),
            b("端午节", "2023-06-22", "2023-06-24"),
            b("中秋节、国庆节", "2023-09-29", "2023-10-06"),
        ],
        workdays: &[
            w("2023-01-28", "春节"),
            w("2023-01-29", "春节"),
            w("2023-04-23", "劳动节"),
            w("2023-05-06", "劳动节"),
            w("2023-06-25", "端午节"),
            w("2023-10-07", "中秋节、国庆节"),
            w("2023-10-08", "中秋节、国庆节"),
        ],
    },
    YearSchedule {
        year: 2024,
        notices: &[Notice {
            title: "国务院办公厅关于2024年部分节假日安排的通知",
            number: "国办发明电〔2023〕7号",
            issued: "2023-10-25",
        }],
        breaks: &[
            b("元旦", "2024-01-01", "2024-01-01"),
            b("春节", "2024-02-10", "2024-02-17"),
            b("清明节", "2024-04-04", "2024-04-06"),
            b("劳动节", "2024-05-01", "2024-05-05"),
            b("端午节", "2024-06-10", "2024-06-10"),
            b("中秋节", "2024-09-15", "2024-09-17"),
            b("国庆节", "2024-10-01", "2024-10-07"),
        ],
        workdays: &[
            w("2024-02-04", "春节"),
            w("2024-02-18", "春节"),
            w("2024-04-07", "清明节"),
            w("2024-04-28", "劳动节"),
            w("2024-05-11", "劳动节"),
            w("2024-09-14", "中秋节"),
            w("2024-09-29", "国庆节"),
            w("2024-10-12", "国庆节"),
        ],
    },
    YearSchedule {
        year: 2025,
        notices: &[Notice {
            title: "国务院办公厅关于2025年部分节假日安排的通知",
            number: "国办发明电〔2024〕12号",
            issued: "2024-11-12",
        }],
        breaks: &[
            b("元旦", "2025-01-01", "2025-01-01"),
            b("春节", "2025-01-28", "2025-02-04"),
            b("清明节", "2025-04-04", "2025-04-06"),
            b("劳动节", "2025-05-01", "2025-05-05"),
            b("端午节", "2025-05-31", "2025-06-02"),
            b("国庆节、中秋节", "2025-10-01", "2025-10-08"),
        ],
        workdays: &[
            w("2025-01-26", "春节"),
            w("2025-02-08", "春节"),
            w("2025-04-27", "劳动节"),
            w("2025-09-28", "国庆节、中秋节"),
            w("2025-10-11", "国庆节、中秋节"),
        ],
    },
    YearSchedule {
        year: 2026,
        notices: &[Notice {
            title: "国务院办公厅关于2026年部分节假日安排的通知",
            number: "国办发明电〔2025〕7号",
            issued: "2025-11-04",
        }],
        breaks: &[
            b("元旦", "2026-01-01", "2026-01-03"),
            b("春节", "2026-02-15", "2026-02-23"),
            b("清明节", "2026-04-04", "2026-04-06"),
            b("劳动节", "2026-05-01", "2026-05-05"),
            b("端午节", "2026-06-19", "2026-06-21"),
            b("中秋节", "2026-09-25", "2026-09-27"),
            b("国庆节", "2026-10-01", "2026-10-07"),
        ],
        workdays: &[
            w("2026-01-04", "元旦"),
            w("2026-02-14", "春节"),
            w("2026-02-28", "春节"),
            w("2026-05-09", "劳动节"),
            w("2026-09-20", "国庆节"),
            w("2026-10-10", "国庆节"),
        ],
    },
];
