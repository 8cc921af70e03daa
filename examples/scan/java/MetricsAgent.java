package metrics;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.nio.channels.DatagramChannel;

/** A StatsD-style agent: UDP receivers, a multicast listener and a sender. */
public class MetricsAgent {
    public DatagramSocket receiver() throws IOException {
        return new DatagramSocket(8125);
    }

    public DatagramSocket shared() throws IOException {
        DatagramSocket ds = new DatagramSocket(null);
        ds.setReuseAddress(true);
        ds.bind(new InetSocketAddress(8126));
        return ds;
    }

    public MulticastSocket group() throws IOException {
        MulticastSocket ms = new MulticastSocket(8127);
        ms.joinGroup(InetAddress.getByName("239.1.2.3"));
        return ms;
    }

    public DatagramChannel channel() throws IOException {
        DatagramChannel ch = DatagramChannel.open();
        ch.bind(new InetSocketAddress(InetAddress.getByName("10.0.0.5"), 8128));
        return ch;
    }

    public void send(byte[] data) throws IOException {
        try (DatagramSocket out = new DatagramSocket()) {
            out.connect(InetAddress.getByName("collector"), 8125);
        }
    }
}
