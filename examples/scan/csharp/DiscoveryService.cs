using System.Net;
using System.Net.Sockets;

namespace Discovery
{
    // SSDP-style discovery: a shared multicast receiver, a plain UDP responder, and a sender.
    public class DiscoveryService
    {
        public UdpClient OpenReceiver()
        {
            var udp = new UdpClient();
            udp.ExclusiveAddressUse = false;
            udp.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            udp.Client.Bind(new IPEndPoint(IPAddress.Any, 1900));
            udp.JoinMulticastGroup(IPAddress.Parse("239.255.255.250"));
            return udp;
        }

        public UdpClient OpenResponder() => new UdpClient(5353, AddressFamily.InterNetworkV6);

        public void Announce(byte[] payload)
        {
            using var sender = new UdpClient();
            sender.Connect("239.255.255.250", 1900);
            sender.Send(payload, payload.Length);
        }

        public UdpClient OpenStatus()
        {
            return new UdpClient(new IPEndPoint(IPAddress.Loopback, 7070));
        }
    }
}
