//! What a reviewer writes: runtime presets, `--bind` values, and configuration files (JSON or
//! TOML) that say the same as the command line. Both become a [`Config`], and a config becomes a
//! [`Target`].

use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::de::{self, Deserializer};
use serde::Deserialize;

use super::{default_addresses, Account, ServerSocket, Start, Target, DEFAULT_ACCOUNT};
use crate::endpoint::{Endpoint, Family, Proto};
use crate::era::{Behaviour, Era};
use crate::error::InputError;
use crate::options::ReuseMode;
use crate::os::Os;
use crate::ports::{Exclusion, PortRange};
use crate::program::{Bind, Preset};
use crate::scenario::Format;

impl Preset {
    /// The whole target: this runtime serving `port` on a machine of `era`, with the audit's
    /// defaults for everything else (as `winsock-bind audit --era ERA --preset NAME --bind PORT`).
    pub fn target(self, era: Era, port: u16) -> Target {
        Target {
            sockets: self.sockets(Bind { addr: None, port }),
            preset: Some(self),
            ..Target::new(era, Endpoint::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), port))
        }
    }
}

/// Everything `winsock-bind audit` accepts, from its flags or from a configuration file (the
/// same names: `era`, `preset`, `bind`, `proto`, `reuseaddr`, `exclusive`, `v6only`, `start`,
/// `account`, `admin`, `addresses`, `documented`). Absent means "not said": [`Config::merge`]
/// lays the command line over a file, and [`Config::target`] fills in the defaults.
///
/// ```
/// use winsock_bind::audit::Config;
/// use winsock_bind::scenario::Format;
/// let c = Config::from_str("era = 'win11'\npreset = 'node'\nbind = 3000\n", Format::Toml).unwrap();
/// let t = c.target().unwrap();
/// assert_eq!(t.sockets[0].endpoint.to_string(), "[::]:3000");
/// assert!(t.sockets[0].dual_stack());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The operating system: `linux`, or a Windows era (the same as `era`). With `linux`,
    /// `era` names the Windows era of the contrast.
    #[serde(default, deserialize_with = "word")]
    pub os: Option<Os>,
    /// The Windows era.
    #[serde(default, deserialize_with = "word")]
    pub era: Option<Era>,
    /// A runtime preset.
    #[serde(default, deserialize_with = "word")]
    pub preset: Option<Preset>,
    /// The server's sockets: ports, or addresses and ports.
    #[serde(default, deserialize_with = "binds")]
    pub bind: Vec<Bind>,
    /// `tcp` (default) or `udp`.
    #[serde(default, deserialize_with = "word")]
    pub proto: Option<Proto>,
    /// Set SO_REUSEADDR (or, `false`, not even where the preset does).
    #[serde(default)]
    pub reuseaddr: Option<bool>,
    /// Set SO_EXCLUSIVEADDRUSE (or, `false`, not even where the preset does).
    #[serde(default)]
    pub exclusive: Option<bool>,
    /// Set SO_REUSEPORT (Linux only).
    #[serde(default)]
    pub reuseport: Option<bool>,
    /// IPV6_V6ONLY for IPv6 wildcard sockets; `false` makes them dual-stack.
    #[serde(default)]
    pub v6only: Option<bool>,
    /// `first` (default), `restarts` or `late`.
    #[serde(default, deserialize_with = "word")]
    pub start: Option<Start>,
    /// The account the server runs as (default `service`).
    #[serde(default)]
    pub account: Option<String>,
    /// Whether that account is an administrator.
    #[serde(default)]
    pub admin: Option<bool>,
    /// The host's addresses besides loopback (default 10.0.0.1 and 2001:db8::1).
    #[serde(default, deserialize_with = "ips")]
    pub addresses: Option<Vec<IpAddr>>,
    /// Answer as documented where current Windows differs.
    #[serde(default)]
    pub documented: Option<bool>,
    /// Files with the output of `netsh int ipv4|ipv6 show excludedportrange protocol=tcp|udp`.
    #[serde(default)]
    pub excluded: Vec<PathBuf>,
    /// Files with the output of `netsh int ipv4|ipv6 show dynamicport tcp|udp`.
    #[serde(default)]
    pub dynamic: Vec<PathBuf>,
}

/// A configuration file that cannot be used: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}{}", file.as_ref().map(|f| format!("{}: ", crate::Escaped(f))).unwrap_or_default(),
        field.as_ref().map(|f| format!("field `{}`: ", crate::text::Quoted(f))).unwrap_or_default(), crate::Escaped(message))]
pub struct ConfigError {
    /// The file, when loaded from one.
    pub file: Option<String>,
    /// The field (`bind[1]`), or the flag it corresponds to.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl ConfigError {
    pub(super) fn field(field: &str, message: impl Into<String>) -> Self {
        Self { file: None, field: Some(field.to_owned()), message: message.into() }
    }
}

impl Config {
    /// Parses a configuration in JSON or TOML; unknown keys are errors.
    ///
    /// # Errors
    /// [`ConfigError`] naming the field (with line and column for syntax errors).
    #[allow(clippy::should_implement_trait)] // two arguments: the format is not in the text
    pub fn from_str(text: &str, format: Format) -> Result<Self, ConfigError> {
        let fail = |message: String| ConfigError { file: None, field: None, message };
        let value: serde_json::Value = match format {
            Format::Json => match crate::text::strict_json(text.strip_prefix('\u{feff}').unwrap_or(text)) {
                Ok(value) => value,
                Err(crate::text::JsonError::Duplicate { mut path, key, .. }) => {
                    let message = format!("duplicate key `{}`: give each key once", crate::Escaped(&key));
                    path.push(crate::text::Segment::Key(key));
                    let field = Some(crate::text::render_path(&path));
                    return Err(ConfigError { file: None, field, message });
                }
                Err(crate::text::JsonError::Syntax(e)) => return Err(fail(format!("not valid JSON: {e}"))),
            },
            Format::Toml => {
                let t: toml::Value = toml::from_str(text).map_err(|e| fail(format!("not valid TOML: {e}")))?;
                serde_json::to_value(t).map_err(|e| fail(e.to_string()))?
            }
        };
        if !value.is_object() {
            return Err(fail("an audit configuration is an object (era, bind, preset ...)".to_owned()));
        }
        serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            ConfigError { file: None, field: (path != ".").then_some(path), message: e.into_inner().to_string() }
        })
    }

    /// Loads a configuration file; the format comes from the extension (`.json`, `.toml`).
    ///
    /// # Errors
    /// [`ConfigError`] naming the file and the field.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, ConfigError> {
        let path = path.as_ref();
        let file = Some(path.display().to_string());
        let Some(format) = Format::from_extension(path) else {
            let message = "unknown configuration format (expected .json or .toml)".to_owned();
            return Err(ConfigError { file, field: None, message });
        };
        let text = crate::text::read_text(path, crate::text::Utf8::Strict).map_err(|e| ConfigError {
            file: file.clone(),
            field: None,
            message: e.to_string(),
        })?;
        Self::from_str(&text, format).map_err(|e| ConfigError { file, ..e })
    }

    /// `over` laid on `self`: what `over` says wins (the command line over a file). Setting
    /// one of SO_REUSEADDR and SO_EXCLUSIVEADDRUSE in `over` also unsets the other from `self`,
    /// since a socket cannot have both: `--reuseaddr` overrides a file's `exclusive = true`.
    #[must_use]
    pub fn merge(mut self, over: Self) -> Self {
        if over.reuseaddr == Some(true) && over.exclusive.is_none() {
            self.exclusive = None;
        }
        if over.exclusive == Some(true) && over.reuseaddr.is_none() {
            self.reuseaddr = None;
        }
        Self {
            os: over.os.or(self.os),
            era: over.era.or(self.era),
            preset: over.preset.or(self.preset),
            bind: if over.bind.is_empty() { self.bind } else { over.bind },
            proto: over.proto.or(self.proto),
            reuseaddr: over.reuseaddr.or(self.reuseaddr),
            exclusive: over.exclusive.or(self.exclusive),
            reuseport: over.reuseport.or(self.reuseport),
            v6only: over.v6only.or(self.v6only),
            start: over.start.or(self.start),
            account: over.account.or(self.account),
            admin: over.admin.or(self.admin),
            addresses: over.addresses.or(self.addresses),
            documented: over.documented.or(self.documented),
            excluded: if over.excluded.is_empty() { self.excluded } else { over.excluded },
            dynamic: if over.dynamic.is_empty() { self.dynamic } else { over.dynamic },
        }
    }

    /// The target this configuration describes, with the defaults filled in.
    ///
    /// # Errors
    /// [`ConfigError`] naming the field (`era`, `bind`, `reuseaddr` ...) when something is
    /// missing or contradictory.
    pub fn target(&self) -> Result<Target, ConfigError> {
        let era = match (self.os, self.era) {
            (Some(Os::Linux(_)), _) => {
                return Err(ConfigError::field("os", "linux: audit it with Config::linux_target (audit --os linux)"))
            }
            (Some(Os::Windows(os)), Some(era)) if os != era => {
                return Err(ConfigError::field("os", format!("{os} and era {era} disagree; give one of them")))
            }
            (Some(Os::Windows(era)), _) | (None, Some(era)) => era,
            (None, None) => return Err(ConfigError::field("era", "missing (give --era, e.g. --era win11)")),
        };
        if self.reuseport == Some(true) {
            return Err(ConfigError::field(
                "reuseport",
                "Windows has no SO_REUSEPORT (it is a Linux option: --os linux)",
            ));
        }
        if self.bind.is_empty() {
            return Err(ConfigError::field("bind", "missing (give --bind PORT or --bind ADDR:PORT)"));
        }
        let mut mode = self.preset.map_or(ReuseMode::Default, Preset::mode);
        match (self.reuseaddr, self.exclusive) {
            (Some(true), Some(true)) => {
                return Err(ConfigError::field(
                    "exclusive",
                    "reuseaddr and exclusive cannot both be set: Windows refuses the second option (WSAEINVAL)",
                ))
            }
            (Some(true), _) => mode = ReuseMode::ReuseAddr,
            (_, Some(true)) => mode = ReuseMode::Exclusive,
            (reuse, exclusive) => {
                if reuse == Some(false) && mode == ReuseMode::ReuseAddr
                    || exclusive == Some(false) && mode == ReuseMode::Exclusive
                {
                    mode = ReuseMode::Default;
                }
            }
        }
        let preset = self.preset.unwrap_or(Preset::RustStd);
        let mut sockets = Vec::new();
        for bind in &self.bind {
            for s in preset.sockets(*bind) {
                let v6only = self.v6only.unwrap_or(s.v6only);
                sockets.push(ServerSocket { mode, v6only, ..s });
            }
        }
        if self.v6only.is_some() && !sockets.iter().any(|s| s.endpoint.addr.family() == Family::V6) {
            return Err(ConfigError::field(
                "v6only",
                "applies to IPv6 sockets, and no bind is IPv6 (e.g. --bind [::]:PORT)",
            ));
        }
        let behaviour = if self.documented == Some(true) { Behaviour::Documented } else { era.profile().behaviour };
        let proto = self.proto.unwrap_or(Proto::Tcp);
        let (dynamic, excluded) = self.port_files(era, proto)?;
        Ok(Target {
            era,
            behaviour,
            proto,
            sockets,
            account: Account {
                name: self.account.clone().unwrap_or_else(|| DEFAULT_ACCOUNT.to_owned()),
                admin: self.admin.unwrap_or(false),
            },
            start: self.start.unwrap_or(Start::First),
            addresses: self.addresses.clone().unwrap_or_else(|| default_addresses(era)),
            preset: self.preset,
            dynamic,
            excluded,
        })
    }

    /// The dynamic range and excluded ranges of `proto` from the `dynamic` and `excluded` files.
    /// A file that has no section for `proto` is an error, not a silent "no range".
    fn port_files(&self, era: Era, proto: Proto) -> Result<(Option<PortRange>, Vec<Exclusion>), ConfigError> {
        let located =
            |e: crate::ports::netsh::NetshError| ConfigError { file: None, field: None, message: e.to_string() };
        let wrong_proto = |path: &Path, what: &str| {
            ConfigError {
            file: Some(path.display().to_string()),
            field: None,
            message: format!("no `{what}` section for {proto} (the audit is of a {proto} server; give --proto or the {proto} listing)"),
        }
        };
        if !(self.excluded.is_empty() && self.dynamic.is_empty()) && era < Era::Vista {
            return Err(ConfigError::field(
                "excluded",
                format!("{era} has no netsh int ipv4 port ranges: they exist from vista on"),
            ));
        }
        let mut excluded = Vec::new();
        for path in &self.excluded {
            let sections = crate::ports::netsh::read_excluded(path).map_err(located)?;
            let mine: Vec<_> = sections.iter().filter(|s| s.proto == proto).collect();
            if mine.is_empty() {
                return Err(wrong_proto(path, "excludedportrange"));
            }
            excluded.extend(mine.iter().flat_map(|s| s.ranges.iter().copied()));
        }
        let mut dynamic = None;
        for path in &self.dynamic {
            let sections = crate::ports::netsh::read_dynamic(path).map_err(located)?;
            let Some(s) = sections.iter().find(|s| s.proto == proto) else {
                return Err(wrong_proto(path, "dynamicport"));
            };
            dynamic = Some(s.range);
        }
        Ok((dynamic, excluded))
    }
}

/// A word through its `FromStr`, so files get the same messages as flags.
fn word<'de, D: Deserializer<'de>, T: FromStr<Err = InputError>>(d: D) -> Result<Option<T>, D::Error> {
    let s = String::deserialize(d)?;
    s.parse().map(Some).map_err(de::Error::custom)
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawBind {
    Port(u64),
    Text(String),
}

impl RawBind {
    fn parse(self) -> Result<Bind, InputError> {
        match self {
            Self::Port(p) => p.to_string().parse(),
            Self::Text(t) => t.parse(),
        }
    }
}

/// `bind`: one port or address, or a list of them.
fn binds<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Bind>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(RawBind),
        Many(Vec<RawBind>),
    }
    let raw = OneOrMany::deserialize(d)
        .map_err(|_| de::Error::custom("expected a port, \"ADDR:PORT\", or a list of them"))?;
    let list = match raw {
        OneOrMany::One(b) => vec![b],
        OneOrMany::Many(v) => v,
    };
    list.into_iter().map(|b| b.parse().map_err(de::Error::custom)).collect()
}

/// IP addresses with a message that quotes the bad one.
fn ips<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<IpAddr>>, D::Error> {
    Vec::<String>::deserialize(d)?
        .iter()
        .map(|s| s.parse().map_err(|_| de::Error::custom(format!("`{s}` is not an IP address"))))
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}
