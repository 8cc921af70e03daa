//! [`Evidence`]: what an answer rests on.
//!
//! Every rule carries its evidence as data, and every answer built on a rule carries the rule's.
//! A reviewer can then tell Microsoft's documentation from observation of real Windows and from
//! this project's own reading, without reading the source.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::InputError;

/// What an answer rests on, strongest first.
///
/// The order is the strength of the basis: `Documented < Observed < Extrapolated`, so the
/// evidence of an answer built from several rules is the [`max`](Ord::max) of theirs, its
/// weakest link.
///
/// ```
/// use winsock_bind::Evidence;
/// assert_eq!(Evidence::Documented.max(Evidence::Extrapolated), Evidence::Extrapolated);
/// assert_eq!(Evidence::Observed.to_string(), "observed");
/// assert_eq!("extrapolated".parse::<Evidence>()?, Evidence::Extrapolated);
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Evidence {
    /// Stated in Microsoft's documentation (Microsoft Learn, Knowledge Base articles).
    Documented,
    /// Seen on real Windows by public test suites that pass there (Wine's conformance tests,
    /// runtime test suites), though no Microsoft document states it.
    Observed,
    /// This project's own reading, where no source speaks: an analogy with the documented rules.
    Extrapolated,
}

impl Evidence {
    /// Every kind, strongest first.
    pub const ALL: [Self; 3] = [Self::Documented, Self::Observed, Self::Extrapolated];

    /// The lowercase name, as printed and serialised.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Documented => "documented",
            Self::Observed => "observed",
            Self::Extrapolated => "extrapolated",
        }
    }
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Evidence {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|e| e.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| InputError::unknown("evidence", s, "documented, observed, extrapolated"))
    }
}
