"""Serve a directory over HTTP, and a raw TCP control port."""
import http.server
import socket
import socketserver

PORT = 8000
CONTROL_PORT = 8001


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass


class ControlServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = False
    daemon_threads = True


def serve_files():
    # http.server's HTTPServer sets allow_reuse_address = 1 (SO_REUSEADDR).
    with http.server.ThreadingHTTPServer(("", PORT), QuietHandler) as httpd:
        httpd.serve_forever()


def serve_control(handler):
    server = ControlServer(("127.0.0.1", CONTROL_PORT), handler)
    server.serve_forever()


def open_raw():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
    s.bind(("0.0.0.0", 8002))
    s.listen(5)
    return s


HELP = """
Example:
    s.bind(("", 9000))
    s.listen()
"""
