package dev.paperdex.parser.fetch;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The network guard of the fetch tests: the JDK client asks its proxy selector about every request
 * before connecting, so this one refuses every host that is not written as a loopback address
 * (127.0.0.0/8, {@code localhost}, {@code ::1}) and records what it was asked. No name is resolved.
 */
final class LoopbackOnly extends ProxySelector {
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private final List<URI> asked = new CopyOnWriteArrayList<>();

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return LOOPBACK_V4.matcher(h).matches() || h.equals("localhost") || h.equals("::1");
    }

    @Override
    public List<Proxy> select(URI uri) {
        asked.add(uri);
        if (!isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("a test tried to reach " + uri + ", outside 127.0.0.0/8");
        }
        return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}

    /** Every URI a request was about to go to. */
    List<URI> asked() {
        return List.copyOf(asked);
    }
}
