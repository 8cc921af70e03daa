package peer

import (
	"fmt"
	"net"
)

// Node is a peer in a gossip cluster.
type Node struct {
	port int
	conn *net.UDPConn
}

// Start listens for gossip on every address.
func (n *Node) Start() error {
	conn, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4zero, Port: 7946})
	if err != nil {
		return err
	}
	n.conn = conn
	return nil
}

// StartTCP listens for state sync on the configured port.
func (n *Node) StartTCP() (net.Listener, error) {
	return net.Listen("tcp", fmt.Sprintf(":%d", n.port))
}

// Join dials another peer: a client.
func (n *Node) Join(addr string) error {
	c, err := net.DialUDP("udp", nil, &net.UDPAddr{IP: net.ParseIP(addr), Port: 7946})
	if err != nil {
		return err
	}
	/* net.ListenUDP("udp", &net.UDPAddr{Port: 7947}) */
	return c.Close()
}

// Local listens on loopback for the CLI.
func Local() (*net.TCPListener, error) {
	return net.ListenTCP("tcp4", &net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 7948})
}

// ephemeral listens on a port the system picks, as tests and clients do: not a server's port.
func ephemeral() (net.Listener, error) {
	return net.Listen("tcp", "127.0.0.1:0")
}
