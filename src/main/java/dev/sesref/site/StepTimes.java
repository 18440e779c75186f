package dev.sesref.site;

import dev.sesref.diag.BuildFailedException;
import java.util.ArrayList;
import java.util.List;

/** Wall time of each named build step, in the order the steps ran ({@code build --timings}). */
public final class StepTimes {
    private final List<Step> steps = new ArrayList<>();

    /**
     * Off unless asked for: the first reading loads the JDK's management classes, ~20 ms of a fresh
     * JVM.
     */
    private volatile boolean cpu;

    /**
     * One step's name, wall time and CPU time of the whole process (all threads), in milliseconds;
     * the CPU time is 0 unless {@link #measureCpu} was called before the step.
     */
    public record Step(String name, double millis, double cpuMillis) {}

    /** A step that may fail with diagnostics. */
    @FunctionalInterface
    public interface Work<T> {
        T get() throws BuildFailedException;
    }

    /** A step that returns nothing. */
    @FunctionalInterface
    public interface VoidWork {
        void run() throws BuildFailedException;
    }

    /** Records the process's CPU time per step from now on ({@code build --timings}). */
    public void measureCpu() {
        cpu = true;
    }

    /** Runs a step and records how long it took. */
    public <T> T time(String name, Work<T> step) throws BuildFailedException {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        try {
            return step.get();
        } finally {
            synchronized (steps) {
                steps.add(
                        new Step(
                                name,
                                (System.nanoTime() - start) / 1e6,
                                (processCpuNanos() - cpu) / 1e6));
            }
        }
    }

    /** Runs a step that returns nothing and records how long it took. */
    public void run(String name, VoidWork step) throws BuildFailedException {
        time(
                name,
                () -> {
                    step.run();
                    return null;
                });
    }

    private long processCpuNanos() {
        if (!cpu) {
            return 0;
        }
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    public List<Step> steps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }
}
