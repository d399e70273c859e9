//! Text layer: the canonical view and the shared parsers every analysis reads from.

pub mod citation;
pub mod normalise;
pub mod numerals;

pub use normalise::Normalized;
