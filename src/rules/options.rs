//! Option rules: who may turn SO_REUSEADDR and SO_EXCLUSIVEADDRUSE on, and when; what
//! IPV6_V6ONLY does in each era and on each family.
//!
//! Sources (docs/sources.md): Microsoft Learn, "Using SO_REUSEADDR and SO_EXCLUSIVEADDRUSE"
//! (`ms-reuseaddr`, Table 1); "IPPROTO_IPV6 socket options" (`ms-ipv6-options`); Wine's
//! conformance tests `test_reuseaddr` and `test_ipv6only` (`wine-sock`), which pass on Windows.

use super::{Reason, Refusal};
use crate::endpoint::Family;
use crate::era::{Era, Exclusive, Ipv6};
use crate::error::WsaError;
use crate::options::ReuseMode;

/// Which of the two reuse options a `setsockopt` call sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReuseOption {
    /// `SO_REUSEADDR`.
    ReuseAddr,
    /// `SO_EXCLUSIVEADDRUSE`.
    ExclusiveAddressUse,
}

impl ReuseOption {
    /// The old spelling of [`ExclusiveAddressUse`](Self::ExclusiveAddressUse).
    #[deprecated(note = "use ReuseOption::ExclusiveAddressUse: one spelling with the builder and files")]
    #[allow(non_upper_case_globals)]
    pub const ExclusiveAddrUse: Self = Self::ExclusiveAddressUse;
}

/// The value a boolean option is set to (any non-zero value is on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Switch {
    /// 0.
    Off,
    /// Non-zero.
    On,
}

impl From<bool> for Switch {
    fn from(on: bool) -> Self {
        if on {
            Self::On
        } else {
            Self::Off
        }
    }
}

/// Whether the caller's account is an administrator (SO_EXCLUSIVEADDRUSE needs one before XP
/// SP2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Privilege {
    /// An ordinary account.
    User,
    /// An administrator.
    Admin,
}

impl From<bool> for Privilege {
    fn from(admin: bool) -> Self {
        if admin {
            Self::Admin
        } else {
            Self::User
        }
    }
}

/// The reuse mode after `setsockopt(option, value)` on a socket whose mode is `current`, or the
/// refusal.
///
/// - O1: SO_EXCLUSIVEADDRUSE does not exist on 9x nor on NT 4.0 before SP4: WSAENOPROTOOPT
///   (Table 1), whether turning it on or off.
/// - O2: before XP SP2 only an administrator may turn it on; others get WSAEACCES ("in the past
///   only applications running with Administrator privileges").
/// - O3: turning one option on while the other is on fails with WSAEINVAL; turning either off
///   always succeeds (observed: Wine's `test_reuseaddr`).
///
/// ```
/// use winsock_bind::rules::options::{set_reuse, Privilege, ReuseOption, Switch};
/// use winsock_bind::{Era, ReuseMode, WsaError};
/// let on = set_reuse(Era::Win10, ReuseMode::Default, ReuseOption::ExclusiveAddressUse, Switch::On, Privilege::User);
/// assert_eq!(on, Ok(ReuseMode::Exclusive));
/// let xp = set_reuse(Era::Xp, ReuseMode::Default, ReuseOption::ExclusiveAddressUse, Switch::On, Privilege::User);
/// assert_eq!(xp.unwrap_err().error(), WsaError::Access);
/// ```
pub fn set_reuse(
    era: Era,
    current: ReuseMode,
    option: ReuseOption,
    value: Switch,
    who: Privilege,
) -> Result<ReuseMode, Refusal> {
    use ReuseOption::{ExclusiveAddressUse, ReuseAddr};
    let refuse = |e, r| Err(Refusal::new(e, r));
    let exclusive = era.profile().exclusive;
    match (option, value) {
        (ExclusiveAddressUse, Switch::On | Switch::Off) if exclusive == Exclusive::Unavailable => {
            refuse(WsaError::NoProtoOpt, Reason::ExclusiveUnavailable)
        }
        (ExclusiveAddressUse, Switch::On) if exclusive == Exclusive::AdminOnly && who == Privilege::User => {
            refuse(WsaError::Access, Reason::ExclusiveNeedsAdmin)
        }
        (ExclusiveAddressUse, Switch::On) => match current {
            ReuseMode::ReuseAddr => refuse(WsaError::Inval, Reason::ReuseOptionsConflict),
            ReuseMode::Default | ReuseMode::Exclusive => Ok(ReuseMode::Exclusive),
        },
        (ReuseAddr, Switch::On) => match current {
            ReuseMode::Exclusive => refuse(WsaError::Inval, Reason::ReuseOptionsConflict),
            ReuseMode::Default | ReuseMode::ReuseAddr => Ok(ReuseMode::ReuseAddr),
        },
        (ExclusiveAddressUse, Switch::Off) => {
            Ok(if current == ReuseMode::Exclusive { ReuseMode::Default } else { current })
        }
        (ReuseAddr, Switch::Off) => Ok(if current == ReuseMode::ReuseAddr { ReuseMode::Default } else { current }),
    }
}

/// The mode a fresh socket ends up with after setting the option that `wanted` names.
///
/// # Errors
///
/// The refusal of [`set_reuse`].
pub fn apply(era: Era, wanted: ReuseMode, who: Privilege) -> Result<ReuseMode, Refusal> {
    match wanted {
        ReuseMode::Default => Ok(ReuseMode::Default),
        ReuseMode::ReuseAddr => set_reuse(era, ReuseMode::Default, ReuseOption::ReuseAddr, Switch::On, who),
        ReuseMode::Exclusive => set_reuse(era, ReuseMode::Default, ReuseOption::ExclusiveAddressUse, Switch::On, who),
    }
}

/// The IPV6_V6ONLY value after `setsockopt(IPV6_V6ONLY, value)` on a socket (IPv4 or IPv6),
/// bound or not, or the refusal.
///
/// - Before Vista the option does not exist (the IPv6 stack is separate; "IPPROTO_IPV6 socket
///   options": supported on Windows Vista and later): WSAENOPROTOOPT by O5, for either value and
///   either family, as [`v6only`] answers for reading it.
/// - From Vista on it is accepted before bind on IPv6 *and* IPv4 sockets (observed: Wine's
///   `test_ipv6only`); on an IPv4 socket it changes nothing.
/// - After bind every set fails with WSAEINVAL (O4).
///
/// ```
/// use winsock_bind::rules::options::{set_v6only, Switch};
/// use winsock_bind::{Era, WsaError};
/// assert_eq!(set_v6only(Era::Win10, false, Switch::Off), Ok(false));
/// assert_eq!(set_v6only(Era::Win10, true, Switch::Off).unwrap_err().error(), WsaError::Inval);
/// assert_eq!(set_v6only(Era::Xp, false, Switch::On).unwrap_err().error(), WsaError::NoProtoOpt);
/// ```
pub fn set_v6only(era: Era, bound: bool, value: Switch) -> Result<bool, Refusal> {
    match (era.profile().ipv6, bound) {
        (Ipv6::None | Ipv6::SeparateStack, true | false) => {
            Err(Refusal::new(WsaError::NoProtoOpt, Reason::OptionNotApplicable))
        }
        (Ipv6::DualStack, true) => Err(Refusal::new(WsaError::Inval, Reason::V6OnlyFrozen)),
        // Accepted on both families; an IPv4 socket only remembers it.
        (Ipv6::DualStack, false) => Ok(value == Switch::On),
    }
}

/// What `getsockopt(IPV6_V6ONLY)` reads on a socket of `family` whose stored value is `stored`.
///
/// Before Vista: WSAENOPROTOOPT (O5), as [`set_v6only`]. From Vista on: the stored value, except
/// on a bound IPv4 socket, which reads 1 (observed: Wine's `test_ipv6only`).
///
/// # Errors
///
/// WSAENOPROTOOPT before Vista.
pub fn v6only(era: Era, family: Family, bound: bool, stored: bool) -> Result<bool, Refusal> {
    match (era.profile().ipv6, family) {
        (Ipv6::None | Ipv6::SeparateStack, Family::V4 | Family::V6) => {
            Err(Refusal::new(WsaError::NoProtoOpt, Reason::OptionNotApplicable))
        }
        (Ipv6::DualStack, Family::V4) => Ok(bound || stored),
        (Ipv6::DualStack, Family::V6) => Ok(stored),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclusive_availability_follows_table_1() {
        let cases = [
            (Era::Win95, false, Err(WsaError::NoProtoOpt)),
            (Era::Me, true, Err(WsaError::NoProtoOpt)),
            (Era::Nt4, true, Err(WsaError::NoProtoOpt)),
            (Era::Nt4Sp4, false, Err(WsaError::Access)),
            (Era::Nt4Sp4, true, Ok(ReuseMode::Exclusive)),
            (Era::Xp, false, Err(WsaError::Access)),
            (Era::XpSp2, false, Ok(ReuseMode::Exclusive)),
            (Era::Server2003, false, Ok(ReuseMode::Exclusive)),
        ];
        for (era, admin, expected) in cases {
            let got = apply(era, ReuseMode::Exclusive, admin.into()).map_err(|r| r.error());
            assert_eq!(got, expected, "{era} admin={admin}");
        }
    }

    #[test]
    fn enabling_one_reuse_option_while_the_other_is_on_is_invalid_but_disabling_is_not() {
        use ReuseOption::{ExclusiveAddressUse as Excl, ReuseAddr as Reuse};
        use Switch::{Off, On};
        let set = |current, option, value| set_reuse(Era::Win10, current, option, value, Privilege::User);
        assert_eq!(set(ReuseMode::ReuseAddr, Excl, On).unwrap_err().error(), WsaError::Inval);
        assert_eq!(set(ReuseMode::Exclusive, Reuse, On).unwrap_err().error(), WsaError::Inval);
        assert_eq!(set(ReuseMode::ReuseAddr, Excl, Off), Ok(ReuseMode::ReuseAddr));
        assert_eq!(set(ReuseMode::Exclusive, Reuse, Off), Ok(ReuseMode::Exclusive));
        assert_eq!(set(ReuseMode::Exclusive, Excl, Off), Ok(ReuseMode::Default));
        assert_eq!(set(ReuseMode::Exclusive, Excl, On), Ok(ReuseMode::Exclusive));
    }

    #[test]
    fn ipv6_only_reads_as_it_writes_in_every_era() {
        // Wherever a set is refused, the read is refused with the same error, and wherever a set
        // succeeds before bind, the read gives the value back.
        for era in Era::ALL {
            for family in [Family::V4, Family::V6] {
                for value in [Switch::Off, Switch::On] {
                    let set = set_v6only(era, false, value);
                    let read = v6only(era, family, false, set.unwrap_or(true));
                    match set {
                        Ok(stored) => assert_eq!(read, Ok(stored), "{era} {family:?} {value:?}"),
                        Err(r) => assert_eq!(read.unwrap_err().error(), r.error(), "{era} {family:?} {value:?}"),
                    }
                }
            }
        }
    }
}
