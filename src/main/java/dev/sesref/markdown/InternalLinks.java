package dev.sesref.markdown;

import dev.sesref.content.LinkStyle;
import dev.sesref.content.SitePaths;
import dev.sesref.diag.Suggest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Resolves links against the pages, anchors and files the site will have: root-relative site paths,
 * {@code .md} file paths, and {@code #anchors}, all rewritten relative to the linking page.
 */
public final class InternalLinks implements LinkTargets {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^//.*");

    private final Map<String, Set<String>> anchorsByUrl;
    private final Set<String> files;
    private final LinkStyle style;

    /**
     * @param anchorsByUrl every page's site path and the ids on it
     * @param files site paths of other published files (e.g. {@code /images/chart.png})
     */
    public InternalLinks(
            Map<String, Set<String>> anchorsByUrl, Set<String> files, LinkStyle style) {
        this.anchorsByUrl = Map.copyOf(anchorsByUrl);
        this.files = Set.copyOf(files);
        this.style = style;
    }

    @Override
    public Optional<String> resolve(
            String fromUrl, String fromFile, String href, Consumer<String> problem) {
        if (href.isBlank()) {
            problem.accept("empty link target; write the page path, e.g. [History](/history/)");
            return Optional.empty();
        }
        if (SCHEME.matcher(href).matches()) {
            return Optional.of(href);
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash + 1);
        String target = path.isEmpty() ? fromUrl : sitePath(fromUrl, fromFile, path);
        if (target == null) {
            problem.accept(
                    "cannot resolve link '"
                            + href
                            + "'; write a site path such as /history/ or a file such as history.md");
            return Optional.empty();
        }
        if (files.contains(target)) {
            return Optional.of(SitePaths.relative(fromUrl, target, style));
        }
        String page = target.endsWith("/") ? target : target + "/";
        Set<String> anchors = anchorsByUrl.get(page);
        if (anchors == null) {
            problem.accept(
                    "link to '"
                            + href
                            + "' matches no page"
                            + Suggest.didYouMean(page, anchorsByUrl.keySet())
                            + "; internal links use the page's path, e.g. /history/");
            return Optional.empty();
        }
        if (!fragment.isEmpty() && !anchors.contains(fragment)) {
            problem.accept(
                    "link to '"
                            + href
                            + "': page "
                            + page
                            + " has no anchor '#"
                            + fragment
                            + "'"
                            + Suggest.didYouMean(fragment, anchors));
            return Optional.empty();
        }
        String out =
                page.equals(fromUrl) && !path.isEmpty() && fragment.isEmpty()
                        ? SitePaths.relative(fromUrl, page, style)
                        : page.equals(fromUrl) ? "" : SitePaths.relative(fromUrl, page, style);
        return Optional.of(fragment.isEmpty() ? out : out + "#" + fragment);
    }

    /** The site path a link points at, or null when it cannot be made one. */
    private static String sitePath(String fromUrl, String fromFile, String path) {
        if (path.endsWith(".md")) {
            String dir =
                    fromFile.contains("/")
                            ? fromFile.substring(0, fromFile.lastIndexOf('/') + 1)
                            : "";
            String resolved = path.startsWith("/") ? path.substring(1) : normalize(dir + path);
            return resolved == null ? null : SitePaths.urlOf(resolved);
        }
        try {
            URI uri = new URI("http", "h", fromUrl, null).resolve(new URI(null, null, path, null));
            String p = uri.getPath();
            return p == null || p.contains("/../") || p.startsWith("/..") ? null : p;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String normalize(String relPath) {
        try {
            String p = new URI(null, null, "/" + relPath, null).normalize().getPath();
            return p.startsWith("/..") ? null : p.substring(1);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
