//! Printing what a file said: control characters escaped, over-long text shortened (the
//! crate-wide [`crate::text`] functions, used by the scenario readers and renderers).

pub(crate) use crate::text::excerpt;
pub use crate::text::Escaped;
