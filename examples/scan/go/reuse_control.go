// Package relay listens for UDP relay traffic with options set through ListenConfig.Control.
package relay

import (
	"context"
	"net"
	"syscall"

	"golang.org/x/sys/windows"
)

// soExclusiveAddrUse is Winsock's SO_EXCLUSIVEADDRUSE (~SO_REUSEADDR); syscall does not name it.
const soExclusiveAddrUse = ^syscall.SO_REUSEADDR

func reuse(network, address string, c syscall.RawConn) error {
	var serr error
	err := c.Control(func(fd uintptr) {
		serr = windows.SetsockoptInt(windows.Handle(fd), windows.SOL_SOCKET, windows.SO_REUSEADDR, 1)
	})
	if err != nil {
		return err
	}
	return serr
}

// ListenShared lets several relays share the port (SO_REUSEADDR).
func ListenShared(ctx context.Context) (net.PacketConn, error) {
	lc := net.ListenConfig{Control: reuse}
	return lc.ListenPacket(ctx, "udp4", "0.0.0.0:3478")
}

// ListenExclusive defends the port.
func ListenExclusive(ctx context.Context) (net.Listener, error) {
	lc := &net.ListenConfig{Control: func(network, address string, c syscall.RawConn) error {
		var serr error
		if err := c.Control(func(fd uintptr) {
			serr = syscall.SetsockoptInt(syscall.Handle(fd), syscall.SOL_SOCKET, soExclusiveAddrUse, 1)
		}); err != nil {
			return err
		}
		return serr
	}}
	return lc.Listen(ctx, "tcp", "[::]:3479")
}

// ListenV6 is IPv6 only.
func ListenV6() (net.Listener, error) {
	return net.Listen("tcp6", "[::]:3480")
}

// Probe checks a relay from outside; it dials, it does not listen.
// (An earlier version used net.ListenPacket("udp", ":3478") here.)
func Probe(ctx context.Context, addr string) (net.Conn, error) {
	var d net.Dialer
	return d.DialContext(ctx, "udp", addr)
}
