// mDNS-style discovery with dgram: a shared IPv4 receiver, an IPv6 one, and a sender.
import dgram from 'node:dgram';

const MDNS_PORT = 5353;

export function listenV4() {
  const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  socket.bind(MDNS_PORT, () => socket.addMembership('224.0.0.251'));
  return socket;
}

export function listenV6() {
  const socket6 = dgram.createSocket({ type: 'udp6', ipv6Only: true });
  socket6.bind({ port: 5354, address: '::' });
  return socket6;
}

export function announce(message) {
  const sender = dgram.createSocket('udp4');
  sender.send(message, MDNS_PORT, '224.0.0.251', () => sender.close());
  const text = `socket.bind(${MDNS_PORT})`;
  return text;
}

export function ephemeral() {
  const s = dgram.createSocket('udp6');
  s.bind();
  return s;
}
