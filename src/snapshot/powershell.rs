//! PowerShell's `Get-NetTCPConnection` and `Get-NetUDPEndpoint`, piped to `ConvertTo-Json` or
//! `Export-Csv`.
//!
//! JSON: an array of objects, or one object when there is one result. `State` is a number
//! (2 Listen, 100 Bound, 5 Established ...) or, with `-EnumsAsStrings`, a name; every CIM
//! property comes too without `Select-Object`, and those this reader does not need are skipped
//! (they are the command's output, not settings). CSV: an optional `#TYPE` line, a header, and
//! quoted fields; `State` by name.

use serde::Deserialize;

use super::{parse_ip, parse_local, Kind, LineError, ListenState, Listener, Origin, TcpConnection};
use crate::endpoint::{Endpoint, Proto};
use crate::text::{decimal, strict_json, JsonError, Quoted};

pub(super) struct Read {
    pub(super) listeners: Vec<Listener>,
    pub(super) connections: Vec<TcpConnection>,
}

/// `State` as a number or a name.
#[derive(Deserialize)]
#[serde(untagged)]
enum State {
    Number(u32),
    Name(String),
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Row {
    local_address: String,
    local_port: u16,
    #[serde(default)]
    remote_address: Option<String>,
    #[serde(default)]
    remote_port: Option<u16>,
    #[serde(default)]
    state: Option<State>,
    owning_process: u32,
    #[serde(default)]
    creation_time: Option<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    Many(Vec<serde_json::Map<String, serde_json::Value>>),
    One(serde_json::Map<String, serde_json::Value>),
}

fn kind_of_keys<'a>(keys: impl Iterator<Item = &'a str> + Clone) -> Option<Kind> {
    let has = |k: &str| keys.clone().any(|x| x.eq_ignore_ascii_case(k));
    if !(has("LocalAddress") && has("LocalPort") && has("OwningProcess")) {
        return None;
    }
    if has("State") || has("RemoteAddress") {
        Some(Kind::PsTcp)
    } else {
        Some(Kind::PsUdp)
    }
}

pub(super) fn detect_json(text: &str) -> Option<Kind> {
    let rows = match serde_json::from_str::<OneOrMany>(text.trim_start_matches('\u{feff}')).ok()? {
        OneOrMany::Many(rows) => rows,
        OneOrMany::One(row) => vec![row],
    };
    // An empty array is a valid, empty result; it cannot say which cmdlet, and holds nothing.
    let first = rows.first()?;
    kind_of_keys(first.keys().map(String::as_str))
}

pub(super) fn detect_csv(text: &str) -> Option<Kind> {
    let (_, header) = super::lines(text).find(|(_, l)| !l.trim().is_empty() && !l.starts_with("#TYPE"))?;
    let fields = split_csv(header).ok()?;
    kind_of_keys(fields.iter().map(String::as_str))
}

/// One CSV line: fields separated by commas, each optionally in double quotes with `""` for a
/// quote (Export-Csv quotes every field in 5.1; PowerShell 7 can leave them bare).
fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                    None => return Err("a quoted field is not closed".to_owned()),
                }
            }
            match chars.next() {
                Some(',') => fields.push(field),
                None => {
                    fields.push(field);
                    return Ok(fields);
                }
                Some(c) => return Err(format!("`{c}` after a closing quote (expected a comma)")),
            }
        } else {
            for c in chars.by_ref() {
                if c == ',' {
                    break;
                }
                field.push(c);
            }
            let ended = chars.peek().is_none() && !line.ends_with(',');
            fields.push(field);
            if ended {
                return Ok(fields);
            }
            if chars.peek().is_none() {
                fields.push(String::new());
                return Ok(fields);
            }
        }
    }
}

/// The state names of `Get-NetTCPConnection` (MSFT_NetTCPConnection's `State`).
fn listen_state(state: &State) -> Result<Option<ListenState>, String> {
    match state {
        State::Number(2) => Ok(Some(ListenState::Listen)),
        State::Number(100) => Ok(Some(ListenState::Bound)),
        State::Number(1 | 3..=12) => Ok(None),
        State::Number(n) => Err(format!("`State` {n} is not a TCP state of Get-NetTCPConnection")),
        State::Name(name) => match name.to_ascii_lowercase().as_str() {
            "listen" => Ok(Some(ListenState::Listen)),
            "bound" => Ok(Some(ListenState::Bound)),
            "closed" | "synsent" | "synreceived" | "established" | "finwait1" | "finwait2" | "closewait"
            | "closing" | "lastack" | "timewait" | "deletetcb" => Ok(None),
            _ => Err(format!("`State` `{}` is not a TCP state of Get-NetTCPConnection", Quoted(name))),
        },
    }
}

fn state_name(state: &State) -> String {
    match state {
        State::Number(n) => match n {
            1 => "Closed",
            3 => "SynSent",
            4 => "SynReceived",
            5 => "Established",
            6 => "FinWait1",
            7 => "FinWait2",
            8 => "CloseWait",
            9 => "Closing",
            10 => "LastAck",
            11 => "TimeWait",
            12 => "DeleteTCB",
            _ => "Unknown",
        }
        .to_owned(),
        State::Name(s) => s.clone(),
    }
}

fn add(read: &mut Read, kind: Kind, row: Row, origin: Origin) -> Result<(), String> {
    let addr = parse_local(&row.local_address)
        .ok_or_else(|| format!("`LocalAddress` `{}` is not an IP address", Quoted(&row.local_address)))?;
    let local = Endpoint { addr, port: row.local_port };
    let created = row.creation_time.map(|v| match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    });
    let pid = row.owning_process;
    match kind {
        Kind::PsUdp => {
            read.listeners.push(Listener {
                proto: Proto::Udp,
                endpoint: local,
                pid,
                state: ListenState::Udp,
                created,
                origin,
            });
        }
        Kind::PsTcp
        | Kind::Netstat
        | Kind::ExcludedPorts
        | Kind::DynamicPorts
        | Kind::HttpIplisten
        | Kind::HttpServiceState
        | Kind::HttpSslcert
        | Kind::Tasklist => {
            let state = row.state.ok_or_else(|| "a TCP row has no `State`".to_owned())?;
            match listen_state(&state)? {
                Some(state) => {
                    read.listeners.push(Listener { proto: Proto::Tcp, endpoint: local, pid, state, created, origin })
                }
                None => {
                    let remote_ip = row.remote_address.as_deref().and_then(parse_ip).ok_or_else(|| {
                        format!(
                            "`RemoteAddress` `{}` is not an IP address",
                            Quoted(&row.remote_address.unwrap_or_default())
                        )
                    })?;
                    let remote = Endpoint::new(remote_ip, row.remote_port.unwrap_or(0));
                    read.connections.push(TcpConnection { local, remote, state: state_name(&state), pid, origin });
                }
            }
        }
    }
    Ok(())
}

pub(super) fn parse(file: &str, text: &str, kind: Kind) -> Result<Read, LineError> {
    let mut read = Read { listeners: Vec::new(), connections: Vec::new() };
    let body = text.trim_start_matches('\u{feff}');
    let first = body.trim_start().chars().next();
    if matches!(first, Some('[' | '{')) {
        parse_json(file, body, kind, &mut read)?;
    } else {
        parse_csv(file, text, kind, &mut read)?;
    }
    Ok(read)
}

/// The line of each top-level object's opening brace, to name a row that does not fit.
fn object_lines(text: &str) -> Vec<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut line = 1;
    let mut starts = Vec::new();
    let array = text.trim_start().starts_with('[');
    for c in text.chars() {
        match c {
            '\n' => line += 1,
            _ if in_string => match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                (false, _) => {}
            },
            '"' => in_string = true,
            '{' | '[' => {
                if c == '{' && depth == usize::from(array) {
                    starts.push(line);
                }
                depth += 1;
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    starts
}

fn parse_json(file: &str, text: &str, kind: Kind, read: &mut Read) -> Result<(), LineError> {
    let lines = object_lines(text);
    let rows = match strict_json(text) {
        Ok(serde_json::Value::Array(rows)) => rows,
        Ok(one @ serde_json::Value::Object(_)) => vec![one],
        Ok(_) => return Err((1, "expected a JSON array or object of PowerShell results".to_owned())),
        Err(JsonError::Duplicate { key, line, .. }) => {
            // The result is the last one that starts at or before the line.
            let result = lines.iter().take_while(|&&l| l <= line).count().max(1);
            return Err((line, format!("result {result}: duplicate key `{}`: give each key once", Quoted(&key))));
        }
        Err(JsonError::Syntax(e)) => return Err((e.line(), format!("not valid JSON: {}", Quoted(&e.to_string())))),
    };
    for (i, value) in rows.into_iter().enumerate() {
        let line = lines.get(i).copied().unwrap_or(1);
        let row: Row = serde_path_to_error::deserialize(value)
            .map_err(|e| (line, format!("result {}: field `{}`: {}", i + 1, e.path(), e.inner())))?;
        add(read, kind, row, Origin { file: file.to_owned(), line }).map_err(|m| (line, m))?;
    }
    Ok(())
}

fn parse_csv(file: &str, text: &str, kind: Kind, read: &mut Read) -> Result<(), LineError> {
    let mut header: Option<Vec<String>> = None;
    for (n, line) in super::lines(text) {
        if line.trim().is_empty() || (header.is_none() && line.starts_with("#TYPE")) {
            continue;
        }
        let fields = split_csv(line).map_err(|m| (n, m))?;
        let Some(names) = &header else {
            for (i, name) in fields.iter().enumerate() {
                if let Some(first) = fields[..i].iter().position(|f| f.eq_ignore_ascii_case(name)) {
                    return Err((
                        n,
                        format!(
                            "column `{}` is in the header twice (columns {} and {})",
                            Quoted(name),
                            first + 1,
                            i + 1
                        ),
                    ));
                }
            }
            header = Some(fields);
            continue;
        };
        if fields.len() != names.len() {
            return Err((n, format!("{} fields, the header has {}", fields.len(), names.len())));
        }
        let get = |key: &str| {
            names.iter().position(|h| h.eq_ignore_ascii_case(key)).map(|i| fields[i].as_str()).filter(|v| !v.is_empty())
        };
        let number = |key: &'static str| -> Result<Option<u32>, LineError> {
            get(key)
                .map(|v| decimal::<u32>(v).ok_or_else(|| (n, format!("`{key}` `{}` is not a number", Quoted(v)))))
                .transpose()
        };
        let port = |key: &'static str| -> Result<Option<u16>, LineError> {
            number(key)?.map(|v| u16::try_from(v).map_err(|_| (n, format!("`{key}` {v} is not a port")))).transpose()
        };
        let row = Row {
            local_address: get("LocalAddress").ok_or((n, "no `LocalAddress`".to_owned()))?.to_owned(),
            local_port: port("LocalPort")?.ok_or((n, "no `LocalPort`".to_owned()))?,
            remote_address: get("RemoteAddress").map(str::to_owned),
            remote_port: port("RemotePort")?,
            state: get("State").map(|s| decimal(s).map_or_else(|| State::Name(s.to_owned()), State::Number)),
            owning_process: number("OwningProcess")?.ok_or((n, "no `OwningProcess`".to_owned()))?,
            creation_time: get("CreationTime").map(|s| serde_json::Value::String(s.to_owned())),
        };
        add(read, kind, row, Origin { file: file.to_owned(), line: n }).map_err(|m| (n, m))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::split_csv;

    #[test]
    fn csv_fields_quoted_bare_and_empty() {
        assert_eq!(split_csv(r#""a","b""c",,d"#).unwrap(), ["a", "b\"c", "", "d"]);
        assert_eq!(split_csv("a,").unwrap(), ["a", ""]);
        assert!(split_csv(r#""open"#).is_err());
    }
}
