package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry of legal changes joined with each page's citations and its 'reviewed' date (issue
 * 22): a page checked before a change to a provision it cites gets a warning at its 'reviewed' date
 * and a notice; one checked after gets neither; a change naming an uncatalogued provision is an
 * error.
 */
class CurrencyTest {
    /**
     * The basic fixture's guide/first-steps.md cites 5 CFR part 430, subpart C and was reviewed
     * 2026-01-21.
     */
    private static final String CHANGES =
            """
            changes:
              - id: ratings-rule
                date: 2026-02-15
                title: New rating rules
                summary: |
                  The rules in 5 CFR part 430, subpart C now limit top ratings (91 FR 1234, Executive Order 14999).
                  Read [the page](/guide/first-steps/).
                sources: [handbook]
                affects: [cfr/5/430/C]
                pages: [/guide/first-steps/]
              - id: older-rule
                date: 2025-06-01
                title: An older change
                summary: Changed 5 U.S.C. 3131 before the page was checked.
                sources: [handbook]
                affects: [usc/5/3131]
                pages: [/guide/first-steps/]
            """;

    private static final String CHANGES_PAGE =
            """
            ---
            title: What changed
            description: Every registered change to the law.
            updated: 2026-03-01
            reviewed: 2026-03-01
            layout: changes
            ---
            Newest first.
            """;

    @TempDir Path tmp;
    Path content;

    @BeforeEach
    void fixture() throws Exception {
        Trees.copyFixture("basic", tmp);
        content = tmp.resolve("content");
        // The repository's theme, which shows notices, point-in-time links and the changes layout.
        Trees.copy(Trees.repo().resolve("themes"), tmp.resolve("site-themes"));
        Files.writeString(
                content.resolve("site.yml"),
                Files.readString(content.resolve("site.yml"))
                        .replace("theme: mini", "theme: default"));
        Files.writeString(content.resolve("data/changes.yml"), CHANGES);
        Files.writeString(content.resolve("what-changed.md"), CHANGES_PAGE);
        Files.writeString(
                content.resolve("index.md"),
                Files.readString(content.resolve("index.md"))
                        + "\nWhat [changed](/what-changed/).\n");
    }

    private Cli.Result run(String command, String... extra) {
        String[] base = {
            command,
            "--content",
            content.toString(),
            "--themes",
            tmp.resolve("site-themes").toString()
        };
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Cli.Result r = Cli.run(args);
        return new Cli.Result(r.exit(), r.out(), r.err().replace(tmp + "/", ""));
    }

    @Test
    void aPageReviewedBeforeAChangeIsWarnedAndShowsANotice() throws Exception {
        Cli.Result check = run("check", "--today", "2026-03-01");
        assertTrue(
                check.err()
                        .contains(
                                "content/guide/first-steps.md:7:11: warning: 'New rating rules' (ratings-rule, "
                                        + "2026-02-15) changed 5 CFR part 430, subpart C, cited here, after this page was reviewed (2026-01-21)"),
                check.err());
        assertFalse(
                check.err().contains("older-rule"),
                "a change before the review is not reported: " + check.err());
        Path out = tmp.resolve("out");
        Cli.Result build = run("build", "--out", out.toString());
        assertEquals(0, build.exit(), build.err());
        String page = Files.readString(out.resolve("guide/first-steps/index.html"));
        assertTrue(
                page.contains(
                        "A rule cited here changed on <time datetime=\"2026-02-15\">February 15, 2026</time>"),
                page);
        assertTrue(
                page.contains(
                        "this page was checked on <time datetime=\"2026-01-21\">January 21, 2026</time>"),
                page);
        assertTrue(
                page.contains("href=\"../../what-changed/#ratings-rule\">New rating rules</a>"),
                page);
        assertTrue(
                page.contains("https://www.ecfr.gov/on/2026-01-21/title-5/part-430/subpart-C"),
                "the cited rule as it stood on the review date: " + page);
    }

    @Test
    void aPageReviewedAfterTheChangeHasNeitherWarningNorNotice() throws Exception {
        Path page = content.resolve("guide/first-steps.md");
        Files.writeString(
                page,
                Files.readString(page).replace("reviewed: 2026-01-21", "reviewed: 2026-02-20"));
        Cli.Result check = run("check", "--today", "2026-03-01");
        assertFalse(check.err().contains("ratings-rule"), check.err());
        Path out = tmp.resolve("out");
        assertEquals(0, run("build", "--out", out.toString()).exit());
        assertFalse(
                Files.readString(out.resolve("guide/first-steps/index.html"))
                        .contains("currency-notice"));
    }

    @Test
    void theRegistryRendersItsPageAndFeedsTheAtomFeed() throws Exception {
        Path out = tmp.resolve("out");
        Cli.Result build = run("build", "--out", out.toString());
        assertEquals(0, build.exit(), build.err());
        String page = Files.readString(out.resolve("what-changed/index.html"));
        assertTrue(
                page.indexOf("id=\"ratings-rule\"") < page.indexOf("id=\"older-rule\""),
                "newest first: " + page);
        assertTrue(
                page.contains("https://www.govinfo.gov/link/fr/91/1234"),
                "Federal Register cite linked: " + page);
        assertTrue(
                page.contains(
                        "Executive Order 14999<span class=\"visually-hidden\"> (official text, another site)</span></a>"),
                "executive order linked: " + page);
        assertTrue(page.contains("<a href=\"../guide/first-steps/\">First steps</a>"), page);
        String feed = Files.readString(out.resolve("feed.xml"));
        assertTrue(feed.contains("what-changed/#ratings-rule</id>"), feed);
        String index = Files.readString(out.resolve("citations/index.html"));
        assertTrue(index.contains("Federal Register") && index.contains("Executive orders"), index);
    }

    @Test
    void aChangeNamingAnUncataloguedProvisionIsAnError() throws Exception {
        Files.writeString(
                content.resolve("data/changes.yml"),
                CHANGES.replace("affects: [usc/5/3131]", "affects: [usc/5/9999]"));
        Cli.Result r = run("build", "--out", tmp.resolve("out").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(
                r.err()
                        .contains(
                                "content/data/changes.yml:16:15: error: change 'older-rule' affects 'usc/5/9999', "
                                        + "which data/authorities.yml does not list"),
                r.err());
    }

    @Test
    void aPageThatCitesTheLawMustSayWhenItWasReviewed() throws Exception {
        Path page = content.resolve("guide/first-steps.md");
        Files.writeString(page, Files.readString(page).replace("reviewed: 2026-01-21\n", ""));
        Cli.Result r = run("build", "--out", tmp.resolve("out").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(
                r.err()
                        .contains(
                                "content/guide/first-steps.md:1:1: error: this page cites the law"),
                r.err());
    }
}
