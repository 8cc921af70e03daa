//! How a socket is followed: options set after bind, options that exclude each other, helpers,
//! clients, comments and strings.

use super::{scan_source, Language};

fn sites(language: Language, code: &str) -> Vec<String> {
    scan_source("t", language, code).sites.iter().map(|s| format!("{} {}", s.line, s.describe())).collect()
}

#[test]
fn an_option_set_after_bind_does_not_change_that_bind() {
    let code = "import socket\ns = socket.socket()\ns.bind(('', 80))\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ns.listen()\n";
    assert_eq!(sites(Language::Python, code), ["3 tcp 0.0.0.0 80"]);
}

#[test]
fn exclusive_after_reuseaddr_fails_and_reuseaddr_stays() {
    // Winsock refuses SO_EXCLUSIVEADDRUSE on a socket with SO_REUSEADDR (WSAEINVAL).
    let code = "void f(void) {\n  int on = 1;\n  SOCKET s = socket(AF_INET, SOCK_STREAM, 0);\n  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, (char *)&on, sizeof on);\n  setsockopt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, (char *)&on, sizeof on);\n  struct sockaddr_in a = {0};\n  a.sin_port = htons(80);\n  bind(s, (SOCKADDR *)&a, sizeof a);\n  listen(s, 5);\n}\n";
    assert_eq!(sites(Language::C, code), ["8 tcp 0.0.0.0 80 SO_REUSEADDR"]);
}

#[test]
fn an_option_value_the_scan_cannot_read_is_unknown() {
    let code = "import socket\ndef f(flag):\n    s = socket.socket()\n    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, flag)\n    s.bind(('127.0.0.1', 80))\n    s.listen()\n";
    assert_eq!(sites(Language::Python, code), ["5 tcp 127.0.0.1 80 unknown:SO_REUSEADDR"]);
}

#[test]
fn comments_strings_and_clients_give_no_site() {
    let code = "package main\nimport \"net\"\n// net.Listen(\"tcp\", \":1\")\nvar doc = `net.Listen(\"tcp\", \":2\")`\nfunc main() { net.Dial(\"tcp\", \"example.com:80\") }\n";
    assert!(sites(Language::Go, code).is_empty());
    let js = "const net = require('net');\nconst c = net.connect({ port: 80 });\n/* net.createServer().listen(3) */\n";
    assert!(sites(Language::JavaScript, js).is_empty());
}

#[test]
fn a_bind_on_a_socket_from_elsewhere_is_unrecognised_not_guessed() {
    let found =
        scan_source("t", Language::Rust, "fn f(socket: &socket2::Socket) { socket.bind(&ADDR.into()).unwrap(); }\n");
    assert!(found.sites.is_empty());
    assert_eq!(found.unrecognised.len(), 1);
    assert_eq!(found.unrecognised[0].line, 1);
}
