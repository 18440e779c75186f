package dev.sesref.check;

import dev.sesref.content.Content;
import dev.sesref.diag.Diagnostic;
import dev.sesref.site.SiteOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks {@code sesref check} adds to a build: heading levels, images without alt text, page
 * dates against a review interval, and pages nothing links to (a build itself refuses duplicate
 * ids).
 */
public final class SiteChecker {
    /**
     * Months after which a page's {@code updated} date asks for a review, unless site.yml says
     * otherwise.
     */
    public static final int DEFAULT_REVIEW_MONTHS = 24;

    private SiteChecker() {}

    public static List<Diagnostic> check(
            Content content, SiteOutput output, LocalDate today, int reviewMonths) {
        List<Diagnostic> out = new ArrayList<>();
        new ContentChecks().check(content, today, reviewMonths, out::add);
        new OutputChecks().check(content, output, out::add);
        return out;
    }
}
