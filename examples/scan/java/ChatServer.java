package chat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A chat server: a public listener, an admin listener on loopback, a restartable one. */
public final class ChatServer {
    private static final int PORT = 4000;

    public ServerSocket openPublic() throws IOException {
        return new ServerSocket(PORT);
    }

    public ServerSocket openAdmin() throws IOException {
        return new ServerSocket(4001, 50, InetAddress.getLoopbackAddress());
    }

    public ServerSocket openRestartable(int port) throws IOException {
        ServerSocket ss = new ServerSocket();
        ss.setReuseAddress(true);
        ss.bind(new InetSocketAddress(port));
        return ss;
    }

    public Socket connectToPeer(String host) throws IOException {
        // new ServerSocket(4002) would clash with the peer's own listener.
        Socket s = new Socket(host, PORT);
        s.setReuseAddress(true);
        return s;
    }

    public String usage() {
        return "new ServerSocket(port).accept()";
    }
}

/** Netty: the bootstrap binds, configured elsewhere; the scan reports it, not guessing its options. */
final class NettyChat {
    io.netty.channel.ChannelFuture start(io.netty.bootstrap.ServerBootstrap bootstrap) {
        return bootstrap.bind(4010);
    }
}
