package dev.sesref.cite;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** URL validation shared by the link providers (package-private). */
final class Urls {

    private Urls() {}

    /**
     * Returns {@code url} if {@code new URI(url)} accepts it as an absolute https URL with a host;
     * else throws.
     */
    static Optional<String> checked(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalStateException("not an absolute https URL: " + url);
            }
            return Optional.of(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("provider produced an invalid URL: " + url, e);
        }
    }
}
