//! Which addresses a socket may bind at all, before any other socket is looked at.
//!
//! Pure: the [`Host`](crate::Host) adds what only it knows (whether the address is one of its
//! interfaces).

use std::net::IpAddr;

use super::{Reason, Refusal};
use crate::endpoint::{Endpoint, Family};
use crate::era::{Era, Ipv6};
use crate::error::WsaError;

/// Whether an era can create a socket of `family`: IPv6 needs an IPv6 stack (XP and later in
/// this model).
///
/// # Errors
///
/// WSAEAFNOSUPPORT by rule S5 for IPv6 in an era without IPv6.
#[inline]
pub fn socket(era: Era, family: Family) -> Result<(), Refusal> {
    match (family, era.profile().ipv6) {
        (Family::V6, Ipv6::None) => Err(Refusal::new(WsaError::AfNoSupport, Reason::FamilyMismatch)),
        (Family::V4, Ipv6::None | Ipv6::SeparateStack | Ipv6::DualStack)
        | (Family::V6, Ipv6::SeparateStack | Ipv6::DualStack) => Ok(()),
    }
}

/// Whether a socket of `family` may bind `endpoint` in `era`, whatever is bound already.
///
/// - S5, WSAEAFNOSUPPORT: the address is of the other family, or IPv4-mapped where the IPv6
///   stack is separate from IPv4 (before Vista: no dual-stack sockets).
/// - S4, WSAEADDRNOTAVAIL: a multicast group or the broadcast address is never a local address
///   (Microsoft Learn, "bind function": "not a valid local IP address on this computer").
///
/// ```
/// use winsock_bind::rules::address::bindable;
/// use winsock_bind::{Era, Family, WsaError};
/// let group = "224.0.0.251:5353".parse()?;
/// assert_eq!(bindable(Era::Win11, Family::V4, group).unwrap_err().error(), WsaError::AddrNotAvail);
/// let mapped = "[::ffff:10.0.0.1]:80".parse()?;
/// assert_eq!(bindable(Era::Server2003, Family::V6, mapped).unwrap_err().error(), WsaError::AfNoSupport);
/// assert!(bindable(Era::Vista, Family::V6, mapped).is_ok());
/// # Ok::<(), winsock_bind::InputError>(())
/// ```
#[inline]
pub fn bindable(era: Era, family: Family, endpoint: Endpoint) -> Result<(), Refusal> {
    bindable_at(era, family, endpoint).map(|_| ())
}

/// [`bindable`], and the one address the endpoint names on its stack (as
/// [`LocalAddr::stack`](crate::endpoint::LocalAddr::stack); `None` for a wildcard), which the
/// host then looks for among its own.
#[inline]
pub(crate) fn bindable_at(era: Era, family: Family, endpoint: Endpoint) -> Result<Option<IpAddr>, Refusal> {
    // An address written as IPv4 (the usual bind) is neither mapped nor IPv6, and is its own
    // address on the stack: no look at the IPv6 forms.
    let (mapped, written, ip) = match endpoint.addr.native_v4() {
        Some(v4) => (false, Family::V4, v4.map(IpAddr::V4)),
        None => (endpoint.addr.is_v4_mapped(), endpoint.addr.family(), endpoint.addr.stack().1),
    };
    let mapped_without_dual_stack = mapped && era.profile().ipv6 != Ipv6::DualStack;
    if written != family || mapped_without_dual_stack {
        return Err(Refusal::at(WsaError::AfNoSupport, Reason::FamilyMismatch, endpoint));
    }
    if let Some(ip) = ip {
        let never_local = match ip {
            IpAddr::V4(v4) => v4.is_multicast() || v4.is_broadcast(),
            IpAddr::V6(v6) => v6.is_multicast(),
        };
        if never_local {
            return Err(Refusal::at(WsaError::AddrNotAvail, Reason::AddressNotLocal, endpoint));
        }
    }
    Ok(ip)
}
