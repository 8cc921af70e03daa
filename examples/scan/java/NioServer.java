package nio;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A selector-based server and an asynchronous one. */
public class NioServer {
    public void run() throws IOException {
        Selector selector = Selector.open();
        ServerSocketChannel channel = ServerSocketChannel.open();
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.bind(new InetSocketAddress("0.0.0.0", 9000));
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_ACCEPT);
    }

    public AsynchronousServerSocketChannel runAsync() throws IOException {
        AsynchronousServerSocketChannel async = AsynchronousServerSocketChannel.open();
        async.bind(new InetSocketAddress("::1", 9001));
        return async;
    }

    public SocketChannel client() throws IOException {
        SocketChannel c = SocketChannel.open();
        c.connect(new InetSocketAddress("example.com", 80));
        return c;
    }

    public void later(ServerSocketChannel given) throws IOException {
        /* given.bind(new InetSocketAddress(9002)); */
        given.socket().bind(new InetSocketAddress(9003));
    }
}
