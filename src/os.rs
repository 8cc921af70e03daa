//! The operating system a question is asked about: a Windows era, or Linux with its port policy.
//!
//! One value selects the rule set everywhere (Host, scenarios, `explain`, `table`, `audit`):
//! the Windows rules of [`rules`](crate::rules) for an [`Era`], or the Linux profile of
//! [`rules::linux`](crate::rules::linux). Windows stays the default wherever an OS can be
//! chosen, because Windows is what this crate is about; Linux is there for contrast, and is
//! checked against the running kernel.
//!
//! ```
//! use winsock_bind::{Era, Os};
//! let linux: Os = "linux".parse()?;
//! assert!(linux.is_linux());
//! assert_eq!(linux.to_string(), "linux");
//! let win: Os = "win10".parse()?;
//! assert_eq!(win, Os::Windows(Era::Win10));
//! assert_eq!(win.to_string(), "win10");
//! assert!("beos".parse::<Os>().is_err());
//! # Ok::<(), winsock_bind::InputError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::era::Era;
use crate::error::InputError;
use crate::rules::linux::PortPolicy;

/// A Windows era, or Linux under a privileged-port policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    /// Windows, in one of its eras.
    Windows(Era),
    /// Linux: who may bind ports below `ip_unprivileged_port_start`.
    Linux(PortPolicy),
}

impl Os {
    /// Linux as an ordinary, unprivileged process sees it (the sysctl's default 1024, no
    /// CAP_NET_BIND_SERVICE).
    pub const LINUX: Self = Self::Linux(PortPolicy::unprivileged());

    /// Whether this is Linux.
    pub const fn is_linux(self) -> bool {
        match self {
            Self::Windows(_) => false,
            Self::Linux(_) => true,
        }
    }

    /// The Windows era, if this is Windows.
    pub const fn era(self) -> Option<Era> {
        match self {
            Self::Windows(era) => Some(era),
            Self::Linux(_) => None,
        }
    }

    /// The name used on the command line and in scenario files: an era id, or `linux`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Windows(era) => era.id(),
            Self::Linux(_) => "linux",
        }
    }
}

impl From<Era> for Os {
    fn from(era: Era) -> Self {
        Self::Windows(era)
    }
}

impl fmt::Display for Os {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Os {
    type Err = InputError;

    /// `linux`, or any era name or alias (`win10`, `server2003`, `xp`...).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("linux") {
            return Ok(Self::LINUX);
        }
        s.parse::<Era>().map(Self::Windows).map_err(|_| {
            let ids: Vec<&str> = std::iter::once("linux").chain(Era::ALL.iter().map(|e| e.id())).collect();
            InputError::unknown("os", s, ids.join(", "))
        })
    }
}

impl Serialize for Os {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Os {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
