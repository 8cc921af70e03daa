//! `tasklist /svc`: PID to image and services.
//!
//! ```text
//! Image Name                     PID Services
//! ========================= ======== ============================================
//! System                           4 N/A
//! svchost.exe                   1004 RpcEptMapper, RpcSs
//! ```
//!
//! Image names may hold spaces (`System Idle Process`) and the headers are translated, so the
//! columns are cut where the `=` underline puts them. A long service list wraps onto lines whose
//! image and PID columns are blank.

use std::collections::BTreeMap;

use super::{LineError, Process};
use crate::text::{decimal, Quoted};

/// The underline: three groups of `=`.
fn underline(line: &str) -> Option<[usize; 2]> {
    let t = line.trim_end();
    if t.is_empty() || !t.chars().all(|c| c == '=' || c == ' ') {
        return None;
    }
    let groups: Vec<&str> = t.split(' ').filter(|g| !g.is_empty()).collect();
    if groups.len() != 3 {
        return None;
    }
    let second = t.find(" =")? + 1;
    let third = t[second..].find(" =")? + second + 1;
    Some([second, third])
}

pub(super) fn recognise(body: &[&str]) -> bool {
    body.iter().any(|l| underline(l).is_some())
}

pub(super) fn parse(text: &str) -> Result<BTreeMap<u32, Process>, LineError> {
    let mut out: BTreeMap<u32, Process> = BTreeMap::new();
    let mut cols: Option<[usize; 2]> = None;
    let mut last: Option<u32> = None;
    // The line where each PID was listed.
    let mut listed: BTreeMap<u32, usize> = BTreeMap::new();
    for (n, line) in super::lines(text) {
        if line.trim().is_empty() {
            continue;
        }
        let Some([pid_col, svc_col]) = cols else {
            cols = underline(line);
            continue;
        };
        // The underline is ASCII, so its columns are characters: an image name that is not
        // (`Café.exe`, in a UTF-16 file) moves the byte offsets of the columns after it.
        let byte_at = |col: usize| line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
        let cut = |from: usize, to: usize| line[byte_at(from)..byte_at(to).max(byte_at(from))].trim();
        let image = cut(0, pid_col);
        let pid_text = cut(pid_col, svc_col);
        let services = cut(svc_col, line.len());
        let list = |s: &str| -> Vec<String> {
            s.split(',').map(str::trim).filter(|s| !s.is_empty() && *s != "N/A").map(str::to_owned).collect()
        };
        if image.is_empty() && pid_text.is_empty() {
            match last.and_then(|pid| out.get_mut(&pid)) {
                Some(p) => p.services.extend(list(services)),
                None => return Err((n, "a continued service list with no process before it".to_owned())),
            }
            continue;
        }
        let pid: u32 = decimal(pid_text).ok_or_else(|| {
            (n, format!("`{}` is not a process id (the PID column is under the second `=` group)", Quoted(pid_text)))
        })?;
        if let Some(first) = listed.insert(pid, n) {
            return Err((
                n,
                format!("PID {pid} is listed twice (lines {first} and {n}); tasklist prints each process once"),
            ));
        }
        out.insert(pid, Process { image: image.to_owned(), services: list(services) });
        last = Some(pid);
    }
    if cols.is_none() {
        return Err((1, "no `===` underline under the column titles".to_owned()));
    }
    Ok(out)
}
