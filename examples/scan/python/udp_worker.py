"""A UDP worker pool: each worker shares the port through a helper."""
import socket
from socket import AF_INET6, SOCK_DGRAM, IPPROTO_IPV6, IPV6_V6ONLY, SOL_SOCKET, SO_REUSEADDR


def share(sock):
    sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)


def open_worker():
    sock = socket.socket(AF_INET6, SOCK_DGRAM)
    share(sock)
    sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
    sock.bind(("", 6000))
    return sock


class Collector:
    def __init__(self, port):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.port = port

    def start(self):
        self.sock.bind(("", self.port))


def send_stats(host, payload):
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.connect((host, 6000))
    c.send(payload)


def attach(existing):
    existing.bind(("0.0.0.0", 6001))
