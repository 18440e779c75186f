package dev.sesref.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sesref.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public evaluation sets (src/test/resources/search/questions.yml and heldout.yml): reader
 * questions as typed, each with the sections that answer it, plus the sections a blind pooled
 * judgment found to answer it too (judgments.tsv). Reports top-3 and MRR (first answer's reciprocal
 * rank in the top 10) overall and per kind, both with the answers as written and with the
 * judgments, and writes the misses to target/search-evaluation-*.txt.
 *
 * <p>The target is 95% top-3 (issue 24), counted with the judgments; it holds on questions.yml.
 */
class SearchEvaluationTest {
    /** The least share of questions, in percent, that must have an answer in the top 3. */
    static final int FLOOR_PERCENT = 95;

    /** The least top-3 share, in percent, on the held-out set. */
    static final int HELD_OUT_FLOOR = 85;

    /**
     * One question of the set.
     *
     * @param answers the sections listed with the question
     * @param judged the sections judged to answer it (yes) or not (no), from judgments.tsv
     */
    record Question(String text, List<String> answers, Map<String, Boolean> judged, String kind) {
        boolean answeredBy(String url, boolean withJudgments) {
            return answers.contains(url) || withJudgments && judged.getOrDefault(url, false);
        }
    }

    static List<Question> questions(String file) throws Exception {
        JsonNode root =
                new ObjectMapper(new YAMLFactory())
                        .readTree(Trees.testResources().resolve("search/" + file).toFile());
        Map<String, Map<String, Boolean>> judged = judgments(file);
        List<Question> out = new ArrayList<>();
        for (JsonNode q : root.get("questions")) {
            List<String> answers = new ArrayList<>();
            q.get("answers").forEach(a -> answers.add(a.asText()));
            String text = q.get("q").asText();
            out.add(
                    new Question(
                            text,
                            answers,
                            judged.getOrDefault(text, Map.of()),
                            q.get("kind").asText()));
        }
        return out;
    }

    /** judgments.tsv's rows for one set: question → section → answers it. */
    private static Map<String, Map<String, Boolean>> judgments(String file) throws Exception {
        Map<String, Map<String, Boolean>> out = new HashMap<>();
        for (String line :
                Files.readAllLines(
                        Trees.testResources().resolve("search/judgments.tsv"),
                        StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || !f[0].equals(file)) {
                continue;
            }
            if (f.length < 4 || !f[3].matches("yes|no")) {
                throw new IllegalStateException("judgments.tsv: bad row: " + line);
            }
            out.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[2], f[3].equals("yes"));
        }
        return out;
    }

    /** 1-based rank of the first answer in the top 10, or 0. */
    static int rank(List<QueryEngine.Hit> hits, Question q, boolean withJudgments) {
        for (int i = 0; i < hits.size(); i++) {
            if (q.answeredBy(hits.get(i).url(), withJudgments)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * questions.yml is the set the lexicon and ranking were tuned on; heldout.yml was written blind
     * afterwards and is only measured against, never tuned on (its floor is what it scored when the
     * tuning was done, so that a later change that loses ground on it fails).
     */
    @ParameterizedTest
    @CsvSource({"questions.yml, 80, " + FLOOR_PERCENT, "heldout.yml, 60, " + HELD_OUT_FLOOR})
    void enoughQuestionsFindTheirAnswerInTheTopThree(String file, int size, int floor)
            throws Exception {
        QueryEngine engine = SearchTestSite.engine();
        List<Question> questions = questions(file);
        assertTrue(questions.size() >= size, "the set has " + questions.size() + " questions");
        Map<String, double[]> byKind = new TreeMap<>();
        StringBuilder misses = new StringBuilder();
        double[] all = new double[5]; // questions, top-3, reciprocal ranks; then as written
        for (Question q : questions) {
            List<QueryEngine.Hit> hits = engine.search(q.text(), 10);
            int r = rank(hits, q, true);
            int written = rank(hits, q, false);
            double[] k = byKind.computeIfAbsent(q.kind(), x -> new double[5]);
            for (double[] t : List.of(k, all)) {
                t[0]++;
                t[1] += r >= 1 && r <= 3 ? 1 : 0;
                t[2] += r == 0 ? 0 : 1.0 / r;
                t[3] += written >= 1 && written <= 3 ? 1 : 0;
                t[4] += written == 0 ? 0 : 1.0 / written;
            }
            if (r < 1 || r > 3) {
                misses.append(
                        String.format(
                                Locale.ROOT,
                                "%s (%s): rank %s; got %s%n",
                                q.text(),
                                q.kind(),
                                r == 0 ? "over 10" : r,
                                hits.stream().limit(3).map(h -> judged(q, h.url())).toList()));
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "search evaluation (%s): %s%n", file, line(all)));
        report.append("  answers as written: ")
                .append(
                        String.format(
                                Locale.ROOT,
                                "top-3 %.1f%%, MRR %.3f%n",
                                100 * all[3] / all[0],
                                all[4] / all[0]));
        byKind.forEach(
                (kind, k) ->
                        report.append(String.format(Locale.ROOT, "  %-15s %s%n", kind, line(k))));
        report.append(
                        "misses (a section judged not to answer is marked \"no\", one never judged \"?\"):\n")
                .append(misses);
        System.out.print(report);
        Path out = Path.of("target", "search-evaluation-" + file.replace(".yml", ".txt"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertTrue(all[1] * 100 >= floor * all[0], "top-3 below " + floor + "%:\n" + report);
    }

    private static String line(double[] t) {
        return String.format(
                Locale.ROOT,
                "%3d questions, top-3 %5.1f%%, MRR %.3f",
                (int) t[0],
                100 * t[1] / t[0],
                t[2] / t[0]);
    }

    private static String judged(Question q, String url) {
        Boolean yes = q.judged().get(url);
        return url + (yes == null ? " ?" : yes ? "" : " no");
    }
}
