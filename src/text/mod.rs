//! Text layer: the canonical view and the shared parsers every analysis reads from.

pub mod normalise;

pub use normalise::Normalized;
