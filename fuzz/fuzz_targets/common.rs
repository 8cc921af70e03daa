//! What every reader target checks: never a panic, reading is deterministic (twice gives the
//! same snapshot and the same error), and what is read loads into a host or is refused.

use winsock_bind::snapshot::{Assume, Kind, Snapshot};

/// Reads `text` as the output of `kind`, twice.
pub fn read_as(text: &str, kind: Kind) {
    let mut a = Snapshot::default();
    let once = a.add_text_as("fuzz", text, kind).map_err(|e| e.to_string());
    let mut b = Snapshot::default();
    let twice = b.add_text_as("fuzz", text, kind).map_err(|e| e.to_string());
    assert_eq!(once, twice, "deterministic");
    assert_eq!(a, b, "deterministic");
    if once.is_ok() {
        let _ = a.host(winsock_bind::Era::Win11, |l| Assume::default_for(l.pid));
    }
}
