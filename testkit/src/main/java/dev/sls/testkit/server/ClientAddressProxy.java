package dev.sls.testkit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The reverse proxy the test server trusts, so that tests can play clients at many addresses: requests sent through
 * {@link #forClient(String)} reach Keycloak from {@value #PROXY_ADDRESS} (the only address the harness starts Keycloak
 * trusting, {@code --proxy-trusted-addresses}) with {@code X-Forwarded-For} set to the address the test asked for.
 * Whatever forwarding headers the client sent are dropped first, as a correctly set-up proxy overwrites them; a request
 * sent straight to Keycloak comes from 127.0.0.1, which is not trusted, so its own {@code X-Forwarded-For} is ignored.
 *
 * <p>A plain HTTP forward proxy ({@code java.net.http.HttpClient.Builder.proxy}), one listening port per client
 * address, for loopback targets only; one request per connection (it answers {@code Connection: close}).
 */
public final class ClientAddressProxy {

    /** The address the proxy connects from; Linux routes all of 127/8 to the loopback interface. */
    public static final String PROXY_ADDRESS = "127.0.0.2";
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Set<String> DROPPED = Set.of("connection", "proxy-connection", "keep-alive", "upgrade",
            "http2-settings", "te", "proxy-authorization", "forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-real-ip");
    private static final int MAX_HEAD = 64 * 1024;
    private static final Map<String, ClientAddressProxy> BY_ADDRESS = new ConcurrentHashMap<>();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "client-address-proxy");
        thread.setDaemon(true);
        return thread;
    });

    private final String clientAddress;
    private final ServerSocket listener;

    private ClientAddressProxy(String clientAddress) {
        this.clientAddress = clientAddress;
        try {
            this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the client address proxy for " + clientAddress, e);
        }
        WORKERS.execute(this::accept);
    }

    /**
     * The proxy that makes requests look as if they came from {@code address} (an IPv4 literal), for
     * {@code HttpClient.Builder.proxy}.
     */
    public static ProxySelector forClient(String address) {
        if (address == null || !IPV4.matcher(address).matches()) {
            throw new IllegalArgumentException("a client address is an IPv4 literal, was " + address);
        }
        ClientAddressProxy proxy = BY_ADDRESS.computeIfAbsent(address, ClientAddressProxy::new);
        return ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxy.listener.getLocalPort()));
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                WORKERS.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket upstream = new Socket()) {
            InputStream fromClient = client.getInputStream();
            Head request = Head.read(fromClient);
            if (request == null) {
                return;
            }
            String[] line = request.firstLine().split(" ", 3);
            URI target = line.length == 3 ? URI.create(line[1]) : null;
            if (target == null || !"http".equals(target.getScheme()) || !isLoopback(target.getHost())) {
                refuse(client.getOutputStream());
                return;
            }
            upstream.bind(new InetSocketAddress(PROXY_ADDRESS, 0));
            upstream.connect(new InetSocketAddress(target.getHost(), target.getPort() < 0 ? 80 : target.getPort()),
                    5000);
            String path = target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            String origin = line[0] + " " + path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + " " + line[2];
            OutputStream toUpstream = upstream.getOutputStream();
            toUpstream.write(request.rewritten(origin, List.of("X-Forwarded-For: " + clientAddress,
                    "Connection: close")));
            toUpstream.write(request.rest());
            toUpstream.flush();
            // The rest of the body, whatever its framing; ends when either side closes.
            WORKERS.execute(() -> pipe(fromClient, toUpstream));
            InputStream fromUpstream = upstream.getInputStream();
            Head response = Head.read(fromUpstream);
            if (response == null) {
                return;
            }
            OutputStream toClient = client.getOutputStream();
            toClient.write(response.rewritten(response.firstLine(), List.of("Connection: close")));
            toClient.write(response.rest());
            fromUpstream.transferTo(toClient);
            toClient.flush();
        } catch (IOException e) {
            // the client or Keycloak went away: nothing to answer
        }
    }

    private static void pipe(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // closed when the response is done
        }
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.startsWith("127."));
    }

    private static void refuse(OutputStream out) throws IOException {
        out.write(("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** A request or response head (first line and headers) and the bytes read past it. */
    private record Head(String firstLine, List<String> headers, byte[] rest) {

        static Head read(InputStream in) throws IOException {
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (seen.size() < MAX_HEAD) {
                int n = in.read(buffer);
                if (n < 0) {
                    return null;
                }
                seen.write(buffer, 0, n);
                byte[] all = seen.toByteArray();
                int end = endOfHead(all);
                if (end >= 0) {
                    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
                    byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
                    return new Head(lines[0], List.of(lines).subList(1, lines.length), rest);
                }
            }
            throw new IOException("head longer than " + MAX_HEAD + " bytes");
        }

        private static int endOfHead(byte[] bytes) {
            for (int i = 0; i + 3 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** {@code first} and the headers without hop-by-hop and forwarding ones, then {@code added}. */
        byte[] rewritten(String first, List<String> added) {
            StringBuilder head = new StringBuilder(first).append("\r\n");
            for (String header : headers) {
                int colon = header.indexOf(':');
                String name = colon < 0 ? header : header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                if (!DROPPED.contains(name)) {
                    head.append(header).append("\r\n");
                }
            }
            added.forEach(header -> head.append(header).append("\r\n"));
            return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
