package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Steps are recorded in order; their CPU time is read only once asked for ({@code --timings}). */
class StepTimesTest {
    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Keeps a core busy until the process has used {@code millis} more CPU time. */
    private static void burn(long millis) {
        long until = cpuNanos() + millis * 1_000_000;
        long x = 0;
        while (cpuNanos() < until) {
            for (int i = 0; i < 100_000; i++) {
                x += i ^ x;
            }
        }
        assertTrue(x != 1); // keeps the loop from being optimised away
    }

    @Test
    void noCpuTimeUnlessAsked() throws Exception {
        StepTimes times = new StepTimes();
        times.run("first", () -> burn(20));
        times.run("second", () -> {});
        assertEquals(
                List.of("first", "second"),
                times.steps().stream().map(StepTimes.Step::name).toList());
        assertEquals(
                List.of(0.0, 0.0), times.steps().stream().map(StepTimes.Step::cpuMillis).toList());
    }

    @Test
    void cpuTimeOnceAsked() throws Exception {
        StepTimes times = new StepTimes();
        times.measureCpu();
        times.run("busy", () -> burn(30));
        assertTrue(
                times.steps().get(0).cpuMillis() >= 30,
                "recorded " + times.steps().get(0).cpuMillis() + " ms");
    }
}
