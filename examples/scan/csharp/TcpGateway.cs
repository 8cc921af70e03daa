using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace Gateway
{
    // A TCP gateway: one exclusive IPv4 listener, one dual-mode socket for the admin API.
    public sealed class TcpGateway
    {
        private const int GatewayPort = 5000;

        public async Task RunAsync()
        {
            var listener = new TcpListener(IPAddress.Any, GatewayPort);
            listener.ExclusiveAddressUse = true;
            listener.Start();
            while (true)
            {
                TcpClient client = await listener.AcceptTcpClientAsync();
                _ = Task.Run(() => Serve(client));
            }
        }

        public Socket OpenAdmin()
        {
            var admin = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
            admin.DualMode = true;
            admin.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            admin.Bind(new IPEndPoint(IPAddress.IPv6Any, 5001));
            admin.Listen(100);
            return admin;
        }

        private static void Serve(TcpClient client)
        {
            // var old = new TcpListener(IPAddress.Any, 6000); old.Start();
            using var upstream = new TcpClient("backend.internal", 6000);
            Console.WriteLine("listener.Start() on new TcpListener(IPAddress.Any, 80)");
            client.Dispose();
        }
    }
}
