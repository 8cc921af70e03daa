//! Option rules: who may turn SO_REUSEADDR and SO_EXCLUSIVEADDRUSE on, and when.

use super::{Reason, Refusal};
use crate::era::{Era, Exclusive};
use crate::error::WsaError;
use crate::options::ReuseMode;

/// The reuse mode after `setsockopt(option, on)` on a socket whose mode is `current`, or the
/// refusal.
///
/// - O1: SO_EXCLUSIVEADDRUSE does not exist on 9x nor on NT 4.0 before SP4: WSAENOPROTOOPT
///   (seed 002, Table 1; `domain.md`, Eras), whether turning it on or off.
/// - O2: before XP SP2 only an administrator may turn it on; others get WSAEACCES (seed 002,
///   "One final note"; `domain.md`, Eras).
/// - O3: turning one option on while the other is on fails with WSAEINVAL; turning either off
///   always succeeds (`domain.md`, Options).
///
/// `exclusive` says which option: `true` for SO_EXCLUSIVEADDRUSE, `false` for SO_REUSEADDR.
pub fn set_reuse(era: Era, current: ReuseMode, exclusive: bool, on: bool, admin: bool) -> Result<ReuseMode, Refusal> {
    let refuse = |e, r| Err(Refusal::new(e, r));
    match (exclusive, on) {
        (true, _) if era.profile().exclusive == Exclusive::Unavailable => {
            refuse(WsaError::NoProtoOpt, Reason::ExclusiveUnavailable)
        }
        (true, true) if era.profile().exclusive == Exclusive::AdminOnly && !admin => {
            refuse(WsaError::Access, Reason::ExclusiveNeedsAdmin)
        }
        (true, true) => match current {
            ReuseMode::ReuseAddr => refuse(WsaError::Inval, Reason::ReuseOptionsConflict),
            ReuseMode::Default | ReuseMode::Exclusive => Ok(ReuseMode::Exclusive),
        },
        (false, true) => match current {
            ReuseMode::Exclusive => refuse(WsaError::Inval, Reason::ReuseOptionsConflict),
            ReuseMode::Default | ReuseMode::ReuseAddr => Ok(ReuseMode::ReuseAddr),
        },
        (true, false) => Ok(if current == ReuseMode::Exclusive { ReuseMode::Default } else { current }),
        (false, false) => Ok(if current == ReuseMode::ReuseAddr { ReuseMode::Default } else { current }),
    }
}

/// The mode a fresh socket ends up with after setting the option that `wanted` names.
pub fn apply(era: Era, wanted: ReuseMode, admin: bool) -> Result<ReuseMode, Refusal> {
    match wanted {
        ReuseMode::Default => Ok(ReuseMode::Default),
        ReuseMode::ReuseAddr => set_reuse(era, ReuseMode::Default, false, true, admin),
        ReuseMode::Exclusive => set_reuse(era, ReuseMode::Default, true, true, admin),
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
            let got = apply(era, ReuseMode::Exclusive, admin).map_err(|r| r.error());
            assert_eq!(got, expected, "{era} admin={admin}");
        }
    }

    #[test]
    fn enabling_one_reuse_option_while_the_other_is_on_is_invalid_but_disabling_is_not() {
        let era = Era::Win10;
        assert_eq!(set_reuse(era, ReuseMode::ReuseAddr, true, true, false).unwrap_err().error(), WsaError::Inval);
        assert_eq!(set_reuse(era, ReuseMode::Exclusive, false, true, false).unwrap_err().error(), WsaError::Inval);
        assert_eq!(set_reuse(era, ReuseMode::ReuseAddr, true, false, false), Ok(ReuseMode::ReuseAddr));
        assert_eq!(set_reuse(era, ReuseMode::Exclusive, false, false, false), Ok(ReuseMode::Exclusive));
        assert_eq!(set_reuse(era, ReuseMode::Exclusive, true, false, false), Ok(ReuseMode::Default));
        assert_eq!(set_reuse(era, ReuseMode::Exclusive, true, true, false), Ok(ReuseMode::Exclusive));
    }
}
