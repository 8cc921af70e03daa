//! Ports a scenario names: an address whose port an earlier step saved (`save_port`, then
//! `127.0.0.1:$p`), and the port a step expects (a number, a range, or a saved name).

use std::fmt;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

use super::text::Escaped;
use crate::endpoint::Endpoint;
use crate::error::InputError;
use crate::ports::PortRange;

/// An address as a step writes it: `ip:port` and `[v6]:port` as an [`Endpoint`], or with a port
/// an earlier step saved (`save_port`): `127.0.0.1:$p`, `[::1]:$p`.
///
/// ```
/// use winsock_bind::scenario::Address;
/// let a: Address = "[::1]:$srv".parse().unwrap();
/// assert_eq!(a.saved(), Some("srv"));
/// assert_eq!(a.to_string(), "[::1]:$srv");
/// let b: Address = "127.0.0.1:80".parse().unwrap();
/// assert_eq!((b.saved(), b.endpoint().port), (None, 80));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Address {
    /// The address; its port is 0 when `saved` names the port.
    endpoint: Endpoint,
    saved: Option<String>,
}

impl Address {
    /// The address as written; for a saved port, with port 0 (see [`resolve`](Self::resolve)).
    pub fn endpoint(&self) -> Endpoint {
        self.endpoint
    }

    /// The name of the saved port it uses (`p` for `127.0.0.1:$p`), if it uses one.
    pub fn saved(&self) -> Option<&str> {
        self.saved.as_deref()
    }

    /// The address moved onto `endpoint` (its IP address, zone and port); a saved port stays
    /// the saved one.
    ///
    /// ```
    /// use winsock_bind::scenario::Address;
    /// let a: Address = "10.0.0.1:$p".parse().unwrap();
    /// let moved = a.with_endpoint("127.0.0.2:0".parse().unwrap());
    /// assert_eq!(moved.to_string(), "127.0.0.2:$p");
    /// ```
    #[must_use]
    pub fn with_endpoint(&self, endpoint: Endpoint) -> Self {
        let port = if self.saved.is_some() { 0 } else { endpoint.port };
        Self { endpoint: Endpoint { port, ..endpoint }, saved: self.saved.clone() }
    }

    /// The address to call: the saved port looked up by `saved` (a port never saved is 0, as
    /// `getsockname` reads an unbound socket's; a checked scenario saves every name it uses).
    pub fn resolve(&self, saved: impl Fn(&str) -> Option<u16>) -> Endpoint {
        match &self.saved {
            Some(name) => Endpoint { port: saved(name).unwrap_or(0), ..self.endpoint },
            None => self.endpoint,
        }
    }
}

impl From<Endpoint> for Address {
    fn from(endpoint: Endpoint) -> Self {
        Self { endpoint, saved: None }
    }
}

impl std::str::FromStr for Address {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.rsplit_once(':') {
            Some((ip, name)) if name.starts_with('$') => {
                let name = port_name(&name[1..]).map_err(|m| format!("bad address `{}`: {m}", Escaped(s)))?;
                let endpoint: Endpoint = format!("{ip}:0").parse().map_err(|e: InputError| e.to_string())?;
                Ok(Self { endpoint, saved: Some(name) })
            }
            Some(_) | None => s.parse::<Endpoint>().map(Self::from).map_err(|e| e.to_string()),
        }
    }
}

impl TryFrom<String> for Address {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        s.parse()
    }
}

impl From<Address> for String {
    fn from(a: Address) -> Self {
        a.to_string()
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.saved {
            Some(name) => {
                let text = self.endpoint.to_string();
                write!(f, "{}:${name}", text.strip_suffix(":0").unwrap_or(&text))
            }
            None => self.endpoint.fmt(f),
        }
    }
}

/// A name for a saved port: letters, digits, `_` and `-`, starting with a letter or `_`.
fn port_name(name: &str) -> Result<String, String> {
    let mut chars = name.chars();
    let good_start = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if good_start && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        Ok(name.to_owned())
    } else {
        Err(format!(
            "`{}` is not a port name (letters, digits, `_` and `-`, starting with a letter or `_`)",
            Escaped(name)
        ))
    }
}

/// `save_port`: a port name, written without the `$` that uses it.
pub(super) fn save_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let name = String::deserialize(d)?;
    if let Some(bare) = name.strip_prefix('$') {
        return Err(de::Error::custom(format!(
            "write the name without `$` (`\"save_port\": \"{}\"`); later steps use it as `${}`",
            Escaped(bare),
            Escaped(bare)
        )));
    }
    port_name(&name).map(Some).map_err(de::Error::custom)
}

/// `expect_port`: the port a bind gave, a range it lies in, or a saved port.
///
/// ```
/// use winsock_bind::scenario::ExpectPort;
/// let range: ExpectPort = serde_json::from_str(r#""32768-60999""#).unwrap();
/// assert_eq!(range.to_string(), "32768-60999");
/// let saved: ExpectPort = serde_json::from_str(r#""$srv""#).unwrap();
/// assert_eq!(saved.saved(), Some("srv"));
/// assert!(serde_json::from_str::<ExpectPort>("70000").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "serde_json::Value", into = "serde_json::Value")]
pub enum ExpectPort {
    /// Exactly this port (`49152`, or `"49152"`).
    Port(u16),
    /// A port of this range (`"32768-60999"`).
    Range(PortRange),
    /// The port saved under this name (`"$p"`).
    Saved(String),
}

impl ExpectPort {
    /// The saved port it names, if it names one.
    pub fn saved(&self) -> Option<&str> {
        match self {
            Self::Saved(name) => Some(name),
            Self::Port(_) | Self::Range(_) => None,
        }
    }
}

impl TryFrom<serde_json::Value> for ExpectPort {
    type Error = String;
    fn try_from(v: serde_json::Value) -> Result<Self, String> {
        let expected = "expected a port (49152), a range (\"32768-60999\") or a saved port (\"$p\")";
        match v {
            serde_json::Value::Number(n) => match n.as_u64().map(u16::try_from) {
                Some(Ok(p)) => Ok(Self::Port(p)),
                Some(Err(_)) | None => Err(format!("{n} is not a port (0 to 65535); {expected}")),
            },
            serde_json::Value::String(s) => match s.strip_prefix('$') {
                Some(name) => port_name(name).map(Self::Saved),
                None if s.contains('-') => s.parse().map(Self::Range).map_err(|e: InputError| e.to_string()),
                None => s
                    .trim()
                    .parse()
                    .map(Self::Port)
                    .map_err(|_| format!("`{}` is not a port (0 to 65535); {expected}", Escaped(&s))),
            },
            other => Err(format!("{other} is not a port; {expected}")),
        }
    }
}

impl From<ExpectPort> for serde_json::Value {
    fn from(e: ExpectPort) -> Self {
        match e {
            ExpectPort::Port(p) => p.into(),
            ExpectPort::Range(r) => r.to_string().into(),
            ExpectPort::Saved(name) => format!("${name}").into(),
        }
    }
}

impl fmt::Display for ExpectPort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Port(p) => write!(f, "{p}"),
            Self::Range(r) => write!(f, "{r}"),
            Self::Saved(name) => write!(f, "${name}"),
        }
    }
}
