//! Text layer: the canonical view and the shared parsers every analysis reads from.
//!
//! Every parser here reads the **canonical view** (`doc.norm.as_str()`, see [`normalise`]) and
//! returns byte spans of that view (except [`citation`], which maps its spans to the
//! original text itself). Map a span to the original text with
//! [`crate::Doc::to_original`] before reporting it. [`crate::Doc`] caches each parser's result,
//! so a parser runs at most once per document however many checks read it.

pub mod amount;
pub mod citation;
pub mod date;
pub mod docnum;
pub mod normalise;
pub mod numerals;
pub mod scan;
pub mod sections;
pub mod words;

pub use normalise::Normalized;
