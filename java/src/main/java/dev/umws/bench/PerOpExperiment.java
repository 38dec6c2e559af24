package dev.umws.bench;

import dev.umws.bench.jmh.UpcallBenchmark;
import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Per-operation costs through JMH ({@code dev.umws.bench.jmh}): a 64-bit store into native memory
 * in each access mode, Panama downcalls (default and critical), the steady Panama upcall against a
 * C function-pointer call, the JNI call and upcall on the same C functions, and the ISR's
 * {@code Gpu.popIrq} by the scope of its record. Each benchmark runs through the JMH Runner API and
 * is compared with its baseline (plain access, a Java call, the C call loop, a global-scope record).
 *
 * <p>Figures: each fork (a fresh JVM) gives the median of its measurement iterations, which one
 * preempted iteration on a shared machine does not move; a benchmark's figure is the median of its
 * forks' medians, with the forks' range as an order-statistics interval for it ({@link
 * RatioInterval}: [min, max] of 3 forks covers the median with 75 %). Ratios divide those medians
 * across forks. JMH's own mean and 99.9 % error (over every fork's iterations) stay beside them.
 *
 * <p>Full settings: {@value #FULL_FORKS} forks per benchmark, 3 x 100 ms warm-up, 5 x 150 ms
 * measurement (the class annotations say the same, for running a class through JMH's own main).
 * Quick: no fork (in this JVM, whose JIT profile the runner has already shaped), 1 x 100 ms warm-up,
 * 2 x 100 ms measurement; it checks that everything runs, and its figures are only indicative.
 * JNI cells are "not measured" when the JNI library is unavailable.
 */
final class PerOpExperiment implements Experiment {
    static final String ID = "per-op";
    static final String UPCALL_TARGET = "upcall-steady";
    static final double UPCALL_LIMIT_NS = 25.0;
    static final String TABLE_COSTS = "per-op-costs";
    static final String TABLE_JNI = "per-op-jni-vs-panama";

    static final int FULL_FORKS = 3;
    private static final String PACKAGE = "dev.umws.bench.jmh.";

    /** One benchmark: its JMH name (class.method), what it measures, and its baseline's name (null: it is one). */
    record Cell(String benchmark, String what, String baseline) {
        boolean jni() {
            return benchmark.startsWith("JniBenchmark.");
        }
    }

    static final List<Cell> CELLS = List.of(
            new Cell("MemoryAccessBenchmark.storePlain", "store, plain (VarHandle.set)", null),
            new Cell("MemoryAccessBenchmark.storeOpaque", "store, setOpaque", "MemoryAccessBenchmark.storePlain"),
            new Cell("MemoryAccessBenchmark.storeRelease", "store, setRelease", "MemoryAccessBenchmark.storePlain"),
            new Cell("MemoryAccessBenchmark.storeVolatile", "store, setVolatile", "MemoryAccessBenchmark.storePlain"),
            new Cell("MemoryAccessBenchmark.loadPlain", "load, plain (VarHandle.get)", null),
            new Cell("MemoryAccessBenchmark.loadAcquire", "load, getAcquire", "MemoryAccessBenchmark.loadPlain"),
            new Cell("DowncallBenchmark.javaCall", "Java static call, not inlined", null),
            new Cell("DowncallBenchmark.downcall", "Panama downcall umws_bench_noop", "DowncallBenchmark.javaCall"),
            new Cell("DowncallBenchmark.downcallCritical", "Panama downcall, critical(false)",
                    "DowncallBenchmark.javaCall"),
            new Cell("JniBenchmark.jniCall", "JNI call umws_bench_noop", "DowncallBenchmark.javaCall"),
            new Cell("UpcallBenchmark.cCall", "C function-pointer call, per call", null),
            new Cell("UpcallBenchmark.panamaUpcall", "Panama upcall from C, per call", "UpcallBenchmark.cCall"),
            new Cell("JniBenchmark.jniUpcall", "JNI upcall (CallStaticLongMethod), per call", "UpcallBenchmark.cCall"),
            new Cell("IrqPopBenchmark.popGlobalRecord", "Gpu.popIrq on an empty ring, global-scope record", null),
            new Cell("IrqPopBenchmark.popSharedRecord", "Gpu.popIrq on an empty ring, shared-arena record",
                    "IrqPopBenchmark.popGlobalRecord"));

    /**
     * JMH's score (the mean over every fork's iterations), its 99.9 % error half-width (NaN when
     * there were too few iterations), and per fork the median of its measurement iterations, ns/op.
     */
    record Score(double mean, double error, double[] forkMedians) {
        /** The median across forks of the forks' medians, with its order-statistics interval. */
        RatioInterval acrossForks() {
            return RatioInterval.of(forkMedians);
        }

        double median() {
            return acrossForks().median();
        }
    }

    /** How JMH runs each benchmark. */
    record JmhSettings(int forks, int warmupIterations, int warmupMs, int measurementIterations, int measurementMs) {
        static JmhSettings of(boolean quick) {
            return quick ? new JmhSettings(0, 1, 100, 2, 100) : new JmhSettings(FULL_FORKS, 3, 100, 5, 150);
        }

        String describe() {
            return (forks == 0 ? "no fork (in this JVM)" : forks + " fork" + (forks == 1 ? "" : "s")) + ", warm-up "
                    + warmupIterations + " x " + warmupMs + " ms, measurement " + measurementIterations + " x "
                    + measurementMs + " ms";
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Section run(Settings settings, Progress progress) {
        JmhSettings jmh = JmhSettings.of(settings.quick());
        boolean jni = Jni.available();
        Map<String, Score> scores = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Cell c : CELLS) {
            if (c.jni() && !jni) {
                continue;
            }
            progress.step("per-op: " + c.benchmark() + " (" + jmh.describe() + ")");
            try {
                Score s = measure(c.benchmark(), jmh);
                if (s == null) {
                    notes.add(c.benchmark() + " produced no result");
                } else {
                    scores.put(c.benchmark(), s);
                }
            } catch (RunnerException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                notes.add(c.benchmark() + " failed: " + cause);
            }
        }
        return section(jmh, jni, scores, notes);
    }

    /**
     * The forks' JVM options: native access, and from JDK 23 on allowing JMH 1.37's use of
     * sun.misc.Unsafe, which would otherwise print four warning lines per fork into the report
     * (a JDK 22 JVM refuses that option, so it is added by version).
     */
    private static final String[] FORK_ARGS = Runtime.version().feature() >= 23
            ? new String[] {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"}
            : new String[] {"--enable-native-access=ALL-UNNAMED"};

    /** One benchmark through the JMH Runner; null when JMH returned no result for it. */
    static Score measure(String benchmark, JmhSettings jmh) throws RunnerException {
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(PACKAGE + benchmark) + "$")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(jmh.forks())
                .warmupIterations(jmh.warmupIterations())
                .warmupTime(TimeValue.milliseconds(jmh.warmupMs()))
                .measurementIterations(jmh.measurementIterations())
                .measurementTime(TimeValue.milliseconds(jmh.measurementMs()))
                .threads(1)
                .jvmArgsAppend(FORK_ARGS)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult r : results) {
            Result<?> primary = r.getPrimaryResult();
            List<Double> forkMedians = new ArrayList<>();
            for (BenchmarkResult b : r.getBenchmarkResults()) { // one per fork (one in all without a fork)
                List<Double> iterations = new ArrayList<>();
                for (IterationResult i : b.getIterationResults()) {
                    iterations.add(i.getPrimaryResult().getScore());
                }
                forkMedians.add(median(iterations));
            }
            return new Score(primary.getScore(), primary.getScoreError(),
                    forkMedians.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return null;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** The report section: the costs table, JNI against Panama, a chart, and the upcall target. */
    static Section section(JmhSettings jmh, boolean jni, Map<String, Score> scores, List<String> notes) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Cell c : CELLS) {
            Score s = scores.get(c.benchmark());
            Score base = c.baseline() == null ? null : scores.get(c.baseline());
            List<Object> row = new ArrayList<>();
            row.add(c.benchmark());
            row.add(c.what());
            RatioInterval forks = s == null ? null : s.acrossForks();
            row.add(s == null ? null : forks.median());
            row.add(s == null ? null : forks.low());
            row.add(s == null ? null : forks.high());
            row.add(s == null ? null : (long) s.forkMedians().length);
            row.add(s == null ? null : s.mean());
            row.add(s == null || Double.isNaN(s.error()) ? null : s.error());
            row.add(c.baseline() == null ? "(baseline)" : c.baseline());
            row.add(c.baseline() == null ? (s == null ? null : 1.0) : ratio(s, base));
            rows.add(row);
            if (s != null) {
                categories.add(c.benchmark());
                values.add(s.median());
            }
        }
        Table costs = new Table(TABLE_COSTS, "Per-operation cost (ns/op: median across forks of each fork's "
                + "median iteration, with the forks' range) and ratio to its baseline",
                List.of("benchmark", "what", "ns/op (median)", "fork low", "fork high", "forks", "ns/op (JMH mean)",
                        "error (99.9 %, ns)", "baseline", "ratio to baseline (medians)"), rows);

        Score panamaCall = scores.get("DowncallBenchmark.downcall");
        Score panamaUpcall = scores.get("UpcallBenchmark.panamaUpcall");
        Score jniCall = scores.get("JniBenchmark.jniCall");
        Score jniUpcall = scores.get("JniBenchmark.jniUpcall");
        Table versus = new Table(TABLE_JNI, "JNI against Panama on the same C functions",
                List.of("crossing", "JNI ns/op (median)", "Panama ns/op (median)", "JNI / Panama"),
                List.of(versusRow("call Java -> C (umws_bench_noop)", jniCall, panamaCall),
                        versusRow("upcall C -> Java, per call", jniUpcall, panamaUpcall)));

        Chart chart = new Chart("per-op-chart", "Per-operation cost (median)", Chart.Kind.BAR, "benchmark", "ns/op",
                false, true, categories, List.of(new Chart.Series("ns/op", new double[0],
                        values.stream().mapToDouble(Double::doubleValue).toArray())));

        Score cCall = scores.get("UpcallBenchmark.cCall");
        Target target;
        if (panamaUpcall == null) {
            target = Target.over(UPCALL_TARGET, "Steady Panama upcall, ns per call", Target.Bound.AT_MOST,
                    UPCALL_LIMIT_NS, "ns", "", List.of(Target.Cell.notJudged("Panama upcall from C, per call",
                            Double.NaN, Double.NaN, Double.NaN, Double.NaN, "not measured")), List.of());
        } else {
            RatioInterval f = panamaUpcall.acrossForks();
            String note = String.format(java.util.Locale.ROOT, "median across %d fork(s) of each fork's median "
                    + "iteration, interval the forks' range (coverage %.0f %%); JMH mean %.1f ns; per call of a C "
                    + "loop of %d on an attached Java thread%s", panamaUpcall.forkMedians().length,
                    100 * f.coverage(), panamaUpcall.mean(), UpcallBenchmark.CALLS, cCall == null ? ""
                            : String.format(java.util.Locale.ROOT, "; the same loop calling a C function: %.1f ns",
                                    cCall.median()));
            target = Target.over(UPCALL_TARGET, "Steady Panama upcall, ns per call", Target.Bound.AT_MOST,
                    UPCALL_LIMIT_NS, "ns", note, List.of(Target.Cell.judged("Panama upcall from C, per call",
                            f.median(), f.low(), f.high(), f.coverage(), Target.Bound.AT_MOST, UPCALL_LIMIT_NS)),
                    List.of());
        }

        StringBuilder text = new StringBuilder()
                .append("JMH 1.37, average time, ").append(jmh.describe()).append(" per benchmark. ")
                .append("Stores and loads: one 64-bit access into native memory (a shared arena) through a ")
                .append("MemorySegment VarHandle, one thread, one cache line. Call loops (upcalls and their C ")
                .append("baseline) are scored per call (").append(UpcallBenchmark.CALLS)
                .append(" calls per downcall). Gpu.popIrq: the ISR's pop on an empty interrupt ring, into a record ")
                .append("of global scope and into one from a shared arena (the downcall acquires and releases a ")
                .append("shared session with a compare-and-set each way). Per fork the median of its measurement ")
                .append("iterations (one preempted iteration does not move it); a benchmark's figure is the median ")
                .append("across forks, and ratios divide those. JNI: ")
                .append(jni ? "available (umws_jni next to the shim)." : "unavailable, " + Jni.unavailableReason()
                        + "; its cells are not measured.");
        if (jmh.forks() == 0) {
            text.append(" Quick run: measured in this JVM without a fork (one \"fork\"), so the figures are "
                    + "indicative only.");
        }
        for (String n : notes) {
            text.append(" ").append(n).append(".");
        }
        return new Section(ID, "Per-operation costs: memory access, downcalls, upcalls, JNI", text.toString(),
                List.of(costs, versus), List.of(chart), List.of(target));
    }

    private static List<Object> versusRow(String crossing, Score jni, Score panama) {
        List<Object> row = new ArrayList<>();
        row.add(crossing);
        row.add(jni == null ? null : jni.median());
        row.add(panama == null ? null : panama.median());
        row.add(ratio(jni, panama));
        return row;
    }

    private static Double ratio(Score s, Score base) {
        if (s == null || base == null || !(base.median() > 0)) {
            return null;
        }
        return s.median() / base.median();
    }
}
