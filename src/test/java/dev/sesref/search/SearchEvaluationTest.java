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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public evaluation set (src/test/resources/search/questions.yml): reader questions as typed,
 * each with the sections that answer it. Reports top-3 and MRR (first answer's reciprocal rank in
 * the top 10) overall and per kind, and writes the misses to target/search-evaluation.txt.
 *
 * <p>The target is 95% top-3 (issue 24); the engine reaches {@value #FLOOR_PERCENT}% today, so the
 * test fails below that floor: raise it as the ranking and the lexicon improve, up to 95.
 */
class SearchEvaluationTest {
    /** The least share of questions, in percent, that must have an answer in the top 3. */
    static final int FLOOR_PERCENT = 91;

    /** The least top-3 share, in percent, on the held-out set. */
    static final int HELD_OUT_FLOOR = 83;

    /** One question of the set. */
    record Question(String text, List<String> answers, String kind) {}

    static List<Question> questions(String file) throws Exception {
        JsonNode root =
                new ObjectMapper(new YAMLFactory())
                        .readTree(Trees.testResources().resolve("search/" + file).toFile());
        List<Question> out = new ArrayList<>();
        for (JsonNode q : root.get("questions")) {
            List<String> answers = new ArrayList<>();
            q.get("answers").forEach(a -> answers.add(a.asText()));
            out.add(new Question(q.get("q").asText(), answers, q.get("kind").asText()));
        }
        return out;
    }

    /** 1-based rank of the first answer in the top 10, or 0. */
    static int rank(QueryEngine engine, Question q) {
        List<QueryEngine.Hit> hits = engine.search(q.text(), 10);
        for (int i = 0; i < hits.size(); i++) {
            if (q.answers().contains(hits.get(i).url())) {
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
        java.util.Map<String, double[]> byKind = new java.util.TreeMap<>();
        StringBuilder misses = new StringBuilder();
        int top3 = 0;
        double mrr = 0;
        for (Question q : questions) {
            int r = rank(engine, q);
            double[] k = byKind.computeIfAbsent(q.kind(), x -> new double[3]);
            k[0]++;
            if (r >= 1 && r <= 3) {
                top3++;
                k[1]++;
            } else {
                misses.append(q.text())
                        .append(" (")
                        .append(q.kind())
                        .append("): rank ")
                        .append(r == 0 ? "over 10" : r)
                        .append("; got ")
                        .append(
                                engine.search(q.text(), 3).stream()
                                        .map(QueryEngine.Hit::url)
                                        .toList())
                        .append('\n');
            }
            double rr = r == 0 ? 0 : 1.0 / r;
            mrr += rr;
            k[2] += rr;
        }
        StringBuilder report = new StringBuilder();
        report.append(
                String.format(
                        Locale.ROOT,
                        "search evaluation (%s): %d questions, top-3 %.1f%%, MRR %.3f%n",
                        file,
                        questions.size(),
                        100.0 * top3 / questions.size(),
                        mrr / questions.size()));
        byKind.forEach(
                (kind, k) ->
                        report.append(
                                String.format(
                                        Locale.ROOT,
                                        "  %-15s %3d  top-3 %5.1f%%  MRR %.3f%n",
                                        kind,
                                        (int) k[0],
                                        100 * k[1] / k[0],
                                        k[2] / k[0])));
        report.append("misses:\n").append(misses);
        System.out.print(report);
        Path out = Path.of("target", "search-evaluation-" + file.replace(".yml", ".txt"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertTrue(
                top3 * 100 >= floor * questions.size(), "top-3 below " + floor + "%:\n" + report);
    }
}
