//! A snapshot as a [`Host`]: every listener a socket of its process, with the options and the
//! account the caller assumes for it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{ListenState, Listener, Origin, Snapshot};
use crate::endpoint::Family;
use crate::era::Era;
use crate::host::Host;
use crate::id::{SocketId, UserId};
use crate::options::{ReuseMode, SocketOption};
use crate::rules::options::Privilege;
use crate::rules::Decision;

/// The kernel's process id: HTTP.sys and SMB listen as PID 4 ("System").
pub const KERNEL_PID: u32 = 4;

/// The account of the kernel's sockets.
pub const KERNEL_ACCOUNT: &str = "SYSTEM";

/// What a snapshot cannot show about one socket, as assumed: its option and account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Assume {
    /// The option set before bind.
    pub mode: ReuseMode,
    /// IPV6_V6ONLY, for an IPv6 socket (netstat shows a dual-stack `[::]` socket as one line).
    pub v6only: bool,
    /// The account name; sockets of one account are the same user to the rules.
    pub account: String,
}

impl Assume {
    /// What is known of a socket of `pid`: the kernel's sockets (PID 4) set no option and
    /// belong to SYSTEM; any other is assumed to set no option, keep IPV6_V6ONLY on (Windows'
    /// default) and run as an account of its own, `pid N`.
    pub fn default_for(pid: u32) -> Self {
        let account = if pid == KERNEL_PID { KERNEL_ACCOUNT.to_owned() } else { format!("pid {pid}") };
        Self { mode: ReuseMode::Default, v6only: true, account }
    }
}

/// A snapshot loaded into a [`Host`]: which socket is which listener.
#[derive(Debug, Clone)]
pub struct SnapshotHost {
    /// The host, with every listener bound (and TCP listeners listening), then the excluded and
    /// dynamic port ranges applied.
    pub host: Host,
    /// Each socket with the index of its listener in [`Snapshot::listeners`].
    pub sockets: Vec<(SocketId, usize)>,
    /// The user of each account name.
    pub users: BTreeMap<String, UserId>,
}

impl SnapshotHost {
    /// The listener index of a socket of the host.
    pub fn listener_of(&self, id: SocketId) -> Option<usize> {
        self.sockets.iter().find(|(s, _)| *s == id).map(|&(_, i)| i)
    }

    /// The user of `account`, created if new.
    pub fn user(&mut self, account: &str) -> UserId {
        if let Some(&id) = self.users.get(account) {
            return id;
        }
        let id = self.host.add_user(account, Privilege::User);
        self.users.insert(account.to_owned(), id);
        id
    }
}

/// Why a snapshot does not load under some assumption: a socket's bind (or option) was refused,
/// so the assumption cannot be what the machine does.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{origin}: {what}: {decision}")]
pub struct Inconsistent {
    /// The listener's row.
    pub origin: Origin,
    /// The socket, e.g. `TCP 0.0.0.0:80 (pid 4)`.
    pub what: String,
    /// The refusal.
    pub decision: Decision,
}

impl Snapshot {
    /// The snapshot as a host of `era`: each listener, in reading order, becomes a socket
    /// created by its account, with its option set, bound, and listening where it listens; then
    /// the excluded and dynamic ranges of the snapshot apply (a listener may sit in a range
    /// reserved after it bound). `assume` gives each listener's unknowns
    /// ([`Assume::default_for`] says what is known).
    ///
    /// # Errors
    /// [`Inconsistent`] when a listener cannot be created or bound under the assumptions: the
    /// machine cannot be in that state, so those assumptions are wrong (two processes on one
    /// address need SO_REUSEADDR on both, for example).
    ///
    /// ```
    /// use winsock_bind::snapshot::{Assume, Snapshot};
    /// use winsock_bind::{Era, ReuseMode};
    ///
    /// let mut snap = Snapshot::default();
    /// snap.add_text("netstat.txt", "  TCP    0.0.0.0:80   0.0.0.0:0   LISTENING   4\n  TCP    0.0.0.0:80   0.0.0.0:0   LISTENING   900\n")?;
    /// // Two processes on one address: impossible unless both set SO_REUSEADDR.
    /// assert!(snap.host(Era::Win11, |l| Assume::default_for(l.pid)).is_err());
    /// let shared = snap.host(Era::Win11, |l| Assume { mode: ReuseMode::ReuseAddr, ..Assume::default_for(l.pid) });
    /// assert_eq!(shared.map(|h| h.sockets.len()).ok(), Some(2));
    /// # Ok::<(), winsock_bind::snapshot::SnapshotError>(())
    /// ```
    pub fn host(&self, era: Era, assume: impl Fn(&Listener) -> Assume) -> Result<SnapshotHost, Box<Inconsistent>> {
        let mut sh = SnapshotHost { host: Host::new(era), sockets: Vec::new(), users: BTreeMap::new() };
        for l in &self.listeners {
            if let (_, Some(ip)) = l.endpoint.addr.stack() {
                sh.host.add_address(ip);
            }
        }
        for (i, l) in self.listeners.iter().enumerate() {
            let a = assume(l);
            let what = format!("{} {} (pid {})", l.proto, l.endpoint, l.pid);
            let fail =
                |d: Decision| Box::new(Inconsistent { origin: l.origin.clone(), what: what.clone(), decision: d });
            let owner = sh.user(&a.account);
            let family = l.endpoint.addr.family();
            let id = sh.host.socket(family, l.proto, owner).map_err(|r| fail(*r.decision()))?;
            if let Some(option) = a.mode.option() {
                sh.host.set_option(id, option, 1).map_err(|r| fail(*r.decision()))?;
            }
            if family == Family::V6 && !a.v6only {
                sh.host.set_option(id, SocketOption::V6Only, 0).map_err(|r| fail(*r.decision()))?;
            }
            sh.host.bind(id, l.endpoint).map_err(|r| fail(*r.decision()))?;
            match l.state {
                ListenState::Listen => sh.host.listen(id).map_err(|r| fail(*r.decision()))?,
                ListenState::Bound | ListenState::Udp => {}
            }
            sh.sockets.push((id, i));
        }
        for section in &self.excluded {
            sh.host.apply_excluded(section);
        }
        for section in &self.dynamic {
            sh.host.apply_dynamic(section);
        }
        Ok(sh)
    }
}
