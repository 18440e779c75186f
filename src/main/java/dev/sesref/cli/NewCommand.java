package dev.sesref.cli;

import dev.sesref.content.SitePaths;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sesref new page PATH} and {@code sesref new faq}: a new page or FAQ entry whose front
 * matter documents every field, so no editor starts from nothing.
 */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Create a new content file from a documented template.",
        subcommands = {NewCommand.PageCommand.class, NewCommand.FaqCommand.class})
final class NewCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "say what to create, e.g. 'sesref new page compare/new-topic'");
    }

    private static final String FAQS = "data/faqs.yml";

    /** {@code sesref new page PATH}. */
    @Command(
            name = "page",
            mixinStandardHelpOptions = true,
            description = "Create content/PATH.md with every front-matter field documented.")
    static final class PageCommand implements Callable<Integer> {
        @Option(
                names = "--content",
                paramLabel = "DIR",
                defaultValue = "content",
                description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        @Option(
                names = "--title",
                description = "the page title (default: made from the file name)")
        String title;

        @Option(
                names = "--date",
                paramLabel = "YYYY-MM-DD",
                description = "the 'updated' date (default: today)")
        LocalDate date;

        @Parameters(
                paramLabel = "PATH",
                description = "the page's path below the content folder, e.g. compare/ses-vs-fs")
        String path;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String rel = path.replace('\\', '/').replaceAll("^/+", "");
            rel = rel.endsWith(".md") ? rel : rel + ".md";
            String url = SitePaths.urlOf(rel);
            if (url == null) {
                spec.commandLine()
                        .getErr()
                        .println(
                                rel
                                        + ": error: a page file name becomes its URL; use lower-case "
                                        + "letters, digits and hyphens, e.g. compare/ses-vs-fs");
                return ExitCodes.USAGE;
            }
            Path file = content.resolve(rel);
            Path target;
            try {
                target =
                        SourceTree.open(
                                        content,
                                        content,
                                        "content folder not found; pass --content DIR")
                                .writable(rel);
            } catch (BuildFailedException e) {
                Reporter.report(e.diagnostics(), spec.commandLine().getErr());
                return ExitCodes.ERRORS;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(
                        target,
                        template(
                                title == null ? titleOf(rel) : title,
                                date == null ? LocalDate.now() : date),
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                spec.commandLine()
                        .getErr()
                        .println(file + ": error: the file exists already; choose another path");
                return ExitCodes.ERRORS;
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            "created %s (published at %s); fill in the TODOs, then run ./sesref check%n",
                            file, url);
            return ExitCodes.OK;
        }

        private static String titleOf(String rel) {
            String name =
                    rel.substring(rel.lastIndexOf('/') + 1, rel.length() - 3).replace('-', ' ');
            return name.isEmpty()
                    ? "New page"
                    : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        static String template(String title, LocalDate date) {
            return """
                    ---
                    # Required. The page's only <h1>; keep it short.
                    title: "%s"
                    # Required. One sentence of 50-160 characters for search results and link previews.
                    description: "TODO: say in one sentence what this page answers."
                    # Required. The date you last revised the page (YYYY-MM-DD).
                    updated: %s
                    # Required when the page cites the law: the day you last checked its facts against the law
                    # and official guidance. `check` warns when a change in data/changes.yml is newer.
                    reviewed: %s
                    # Required for the SES content: ids from content/data/sources.yml that the page rests on.
                    sources: []
                    # Optional. Other pages to suggest, by site path.
                    related: []
                    # Optional. article (default), home, comparison, faq, glossary, sources, changes.
                    layout: article
                    # Optional. Position in its section's list; pages without one follow, by title.
                    # order: 1
                    # Optional, comparison layout only: table ids from content/data/comparisons.yml.
                    # tables: []
                    # Optional. The update log shown on /whats-new/ and in the feed.
                    changes:
                      - {date: %s, note: First published.}
                    ---
                    TODO: a short lead paragraph. Sections start at '##'; link other pages by their path,
                    e.g. [the home page](/), and write citations plainly, e.g. 5 U.S.C. 3132.

                    ## TODO: first section
                    """
                    .formatted(title.replace("\"", "'"), date, date, date);
        }
    }

    /**
     * {@code sesref new faq --category ID}: a documented entry at the end of a category of
     * data/faqs.yml.
     */
    @Command(
            name = "faq",
            mixinStandardHelpOptions = true,
            description =
                    "Add a documented FAQ entry to a category of content/data/faqs.yml (the file is created if missing).")
    static final class FaqCommand implements Callable<Integer> {
        @Option(
                names = "--content",
                paramLabel = "DIR",
                defaultValue = "content",
                description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        @Option(
                names = "--category",
                required = true,
                paramLabel = "ID",
                description = "the category id to add to")
        String category;

        @Option(names = "--question", description = "the question (default: a TODO to replace)")
        String question;

        @Option(
                names = "--id",
                description = "the entry's id, its link anchor (default: made from the question)")
        String id;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String q =
                    question == null
                            ? "TODO: the question, as a reader would ask it?"
                            : question.strip();
            String entryId =
                    id != null ? id : question == null ? "new-question" : FaqScaffold.slug(q);
            Path file = content.resolve(FAQS);
            var err = spec.commandLine().getErr();
            if (!entryId.matches("[a-z0-9]+(?:-[a-z0-9]+)*")
                    || !category.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
                err.println(
                        "error: ids are lower-case letters, digits and single hyphens, e.g. --id pay-cap");
                return ExitCodes.USAGE;
            }
            Path target;
            String yaml;
            try {
                SourceTree tree =
                        SourceTree.open(
                                content, content, "content folder not found; pass --content DIR");
                target = tree.writable(FAQS);
                yaml = tree.exists(FAQS) ? tree.readText(FAQS).text() : null;
            } catch (BuildFailedException e) {
                Reporter.report(e.diagnostics(), err);
                return ExitCodes.ERRORS;
            }
            if (yaml == null) {
                Files.createDirectories(target.getParent());
                Files.writeString(
                        target,
                        FaqScaffold.newFile(category, entryId, q),
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW);
            } else {
                FaqScaffold.Ids ids = FaqScaffold.ids(yaml);
                if (!ids.categories().contains(category)) {
                    err.println(
                            file
                                    + ": error: no FAQ category '"
                                    + category
                                    + "'"
                                    + dev.sesref.diag.Suggest.didYouMean(category, ids.categories())
                                    + "; categories: "
                                    + String.join(", ", ids.categories()));
                    return ExitCodes.ERRORS;
                }
                if (ids.questions().contains(entryId)) {
                    err.println(
                            file
                                    + ": error: a FAQ with id '"
                                    + entryId
                                    + "' exists already; pass another --id");
                    return ExitCodes.ERRORS;
                }
                Files.writeString(
                        target,
                        FaqScaffold.insert(yaml, category, entryId, q),
                        StandardCharsets.UTF_8);
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            "added FAQ '%s' to category '%s' in %s (published at #%s on the FAQ"
                                    + " page of that category, or the FAQ page); "
                                    + "write the answer and sources, then run ./sesref check%n",
                            entryId, category, file, entryId);
            return ExitCodes.OK;
        }
    }
}
