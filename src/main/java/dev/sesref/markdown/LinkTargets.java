package dev.sesref.markdown;

import java.util.Optional;
import java.util.function.Consumer;

/** Decides what an author's link becomes in the output, and reports links that lead nowhere. */
public interface LinkTargets {
    /**
     * @param fromUrl site path of the page being rendered
     * @param fromFile content-relative path of the file holding the link (for {@code other.md}
     *     links)
     * @param href the link as written
     * @param problem receives a message when the link is broken
     * @return the href to write, or empty when broken
     */
    Optional<String> resolve(
            String fromUrl, String fromFile, String href, Consumer<String> problem);
}
