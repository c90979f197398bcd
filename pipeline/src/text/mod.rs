//! Text handling for real scraped postings: cleaning, sections, sentence units, the skill lexicon and
//! lexical ranking. Everything here is deterministic and knows nothing of the layers that use it.

pub mod bm25;
pub mod clean;
pub mod lexicon;
pub mod places;
pub mod roles;
pub mod segment;
pub mod units;
