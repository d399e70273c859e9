//! Publication checks (公示制度). Not built yet: [`run`] reports that honestly.

pub mod calendar;
pub mod civil;
pub mod holidays;

pub use calendar::{
    add_working_days, add_working_days_str, last_covered_year, Calendar, Deadline, ExtraHolidays,
};
pub use civil::{Date, DateTime, Weekday};

use serde::Serialize;

use crate::doc::Doc;
use crate::finding::{Finding, Severity, Text};
use crate::options::Options;
use crate::render::MapSpans;

/// Result of the publication checks.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Publication {
    /// False while publication checks are not available in this version.
    pub supported: bool,
    /// Findings of the publication checks.
    pub findings: Vec<Finding>,
}

impl MapSpans for Publication {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.findings.map_spans(f);
    }
}

/// Runs the publication checks.
pub fn run(_doc: &Doc<'_>, _opts: &Options) -> Publication {
    Publication {
        supported: false,
        findings: vec![Finding::new(
            "publication.unsupported",
            Severity::Info,
            Text::new(
                "本版本尚未提供公示检查。",
                "Publication checks are not available in this version.",
            ),
        )],
    }
}
