package dev.sesref.serve;

import java.util.Locale;

/**
 * Which {@code Host} headers the preview answers: the name or address it was started on,
 * "localhost", or an IP address, each with its port. A DNS name that merely resolves to the machine
 * (a rebinding attack from a page in the editor's browser) is refused.
 */
final class HostCheck {
    private HostCheck() {}

    static boolean allowed(String header, String boundHost, int port) {
        if (header == null) {
            return false;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        String suffix = ":" + port;
        if (!h.endsWith(suffix)) {
            return false;
        }
        String name = h.substring(0, h.length() - suffix.length());
        return name.equals(boundHost.toLowerCase(Locale.ROOT))
                || name.equals("localhost")
                || isIpLiteral(name);
    }

    /** A dotted IPv4 address or a bracketed IPv6 one, as a browser writes them in Host. */
    private static boolean isIpLiteral(String name) {
        if (name.startsWith("[") && name.endsWith("]")) {
            return name.length() > 2
                    && name.substring(1, name.length() - 1)
                            .chars()
                            .allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
        }
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty()
                    || p.length() > 3
                    || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
