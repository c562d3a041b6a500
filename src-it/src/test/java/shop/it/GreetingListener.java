package shop.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for a node on a host: listens on the host's address and greets every connection with its name. Run
 * inside a host's namespace ({@code ip netns exec}) by {@link HostFaultsIT}.
 */
public final class GreetingListener {

    public static void main(String[] args) throws IOException {
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[1]), 50, InetAddress.getByName(args[0]))) {
            while (true) {
                try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
                    out.write((args[2] + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }

    private GreetingListener() {
    }
}
