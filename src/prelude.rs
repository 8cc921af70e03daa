//! The everyday types in one import, for tests: `use winsock_bind::prelude::*;`.
//!
//! ```
//! use winsock_bind::prelude::*;
//!
//! let mut host = Host::new(Era::Win11);
//! let me = host.add_user("me", Privilege::User);
//! let server = host.tcp(me).listen("0.0.0.0:8080")?;
//! assert_eq!(host.connect_from_remote("127.0.0.1:8080")?.delivery.one(), Some(server));
//! # Ok::<(), CallError>(())
//! ```

pub use crate::assert_bind;
pub use crate::config::{Runtime, SocketConfig};
pub use crate::rules::Users;
pub use crate::{
    second_bind, Behaviour, BindOutcome, BindSpec, CallError, Decision, Endpoint, Era, Evidence, Family, Host,
    InputError, Privilege, Proto, Reason, Refusal, ReuseMode, SecondBindError, SocketId, SocketOption, ToEndpoint,
    UserId, WsaError,
};
