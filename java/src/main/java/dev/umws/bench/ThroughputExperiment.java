package dev.umws.bench;

import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.GpuConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Submissions per second: C producers against Java producers with the same ring protocol
 * (batches of WRITE_FENCE packets, one ring per batch, each producer its own queue and doorbell),
 * for each detection mode with one producer and for 1..N producers with the spinning firmware.
 * C and Java alternate per repetition. A Java repetition below half the C median of its cell is
 * counted as the slow lock-step mode (the producer and the firmware trading one cache line).
 */
final class ThroughputExperiment implements Experiment {
    static final String ID = "throughput";
    private static final double LOCK_STEP = 0.5;

    @Override
    public String id() {
        return ID;
    }

    private record Cell(GpuConfig.DetectMode mode, RingVia via, int producers, int batch, double[] c, double[] java) {
    }

    @Override
    public Section run(Settings s, Progress progress) {
        long durationNs = s.quick() ? 100_000_000L : 300_000_000L;
        int maxProducers = s.quick() ? 2 : 4;
        List<Cell> cells = new ArrayList<>();
        for (GpuConfig.DetectMode mode : GpuConfig.DetectMode.values()) {
            for (int batch : new int[] {1, 32}) {
                cells.add(new Cell(mode, RingVia.SEGMENT, 1, batch, new double[s.rounds()], new double[s.rounds()]));
            }
        }
        for (int producers = 2; producers <= maxProducers; producers *= 2) {
            for (int batch : new int[] {1, 32}) {
                cells.add(new Cell(GpuConfig.DetectMode.SPIN, RingVia.SEGMENT, producers, batch, new double[s.rounds()],
                        new double[s.rounds()]));
            }
        }
        for (RingVia via : List.of(RingVia.DOWNCALL, RingVia.DOWNCALL_CRITICAL, RingVia.JNI)) {
            if (via.unavailable() != null) {
                continue;
            }
            for (int batch : new int[] {1, 32}) {
                cells.add(new Cell(GpuConfig.DetectMode.SPIN, via, 1, batch, new double[s.rounds()],
                        new double[s.rounds()]));
            }
        }
        for (int round = 0; round < s.rounds(); round++) {
            for (Cell cell : cells) {
                progress.step("throughput, round " + (round + 1) + "/" + s.rounds() + ", " + cell.mode + ", "
                        + cell.via.label + ", " + cell.producers + " producer(s), batch " + cell.batch);
                cell.c[round] = BenchNative.cThroughput(cell.mode.code, durationNs, cell.batch, cell.producers);
                cell.java[round] = JavaRing.throughput(cell.mode, cell.via, durationNs, cell.batch, cell.producers);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        int javaReps = 0;
        int lockStep = 0;
        int cLockStep = 0;
        int callReps = 0;
        int callLockStep = 0;
        for (Cell cell : cells) {
            double cm = Summary.median(cell.c);
            double jm = Summary.median(cell.java);
            int slow = (int) Arrays.stream(cell.java).filter(v -> v < LOCK_STEP * cm).count();
            cLockStep += (int) Arrays.stream(cell.c).filter(v -> v < LOCK_STEP * cm).count();
            if (cell.via == RingVia.SEGMENT) {
                javaReps += cell.java.length;
                lockStep += slow;
            } else {
                callReps += cell.java.length;
                callLockStep += slow;
            }
            rows.add(List.of(cell.mode.name(), cell.via.label, (long) cell.producers, (long) cell.batch, Math.round(cm),
                    Math.round(Arrays.stream(cell.c).min().orElse(0)), Math.round(jm),
                    Math.round(Arrays.stream(cell.java).min().orElse(0)), jm / cm,
                    slow + "/" + cell.java.length));
        }
        Table table = new Table("packets", "Packets per second (median of " + s.rounds() + " repetitions of "
                + durationNs / 1_000_000 + " ms; min shown for the spread)",
                List.of("mode", "Java rings by", "producers", "batch", "C pkts/s", "C min", "Java pkts/s", "Java min",
                        "Java / C",
                        "Java lock-step reps"),
                rows);

        List<Chart.Series> series = new ArrayList<>();
        for (int batch : new int[] {1, 32}) {
            List<Cell> spin = cells.stream().filter(c -> c.mode == GpuConfig.DetectMode.SPIN && c.batch == batch
                    && c.via == RingVia.SEGMENT).toList();
            double[] x = spin.stream().mapToDouble(c -> c.producers).toArray();
            series.add(new Chart.Series("C, batch " + batch, x,
                    spin.stream().mapToDouble(c -> Summary.median(c.c)).toArray()));
            series.add(new Chart.Series("Java, batch " + batch, x,
                    spin.stream().mapToDouble(c -> Summary.median(c.java)).toArray()));
        }
        Chart chart = new Chart("producers", "Packets per second vs producer threads (SPIN)", Chart.Kind.LINE,
                "producer threads", "packets/s", false, true, List.of(), series);

        Cell one = find(cells, 1, 1);
        Cell batched = find(cells, 1, 32);
        List<Target> targets = List.of(
                Target.point("throughput-batch1", "Java / C packets per second, 1 producer, a ring per packet (SPIN)",
                        Summary.median(one.java) / Summary.median(one.c), Target.Bound.AT_LEAST, 0.9, "x", ""),
                Target.point("throughput-batch32", "Java / C packets per second, 1 producer, a ring per 32 (SPIN)",
                        Summary.median(batched.java) / Summary.median(batched.c), Target.Bound.AT_LEAST, 0.9, "x",
                        ""),
                Target.point("lock-step", "Java repetitions in the slow lock-step mode (< " + LOCK_STEP
                        + "x the C median of the cell), the Java UMD ringing by segment store",
                        (double) lockStep / javaReps, Target.Bound.AT_MOST, 0.10, "fraction",
                        "C repetitions below the same line: " + cLockStep + ". Ringing through a call of the C ring "
                                + "function instead: " + callLockStep + " of " + callReps + " repetitions; a producer "
                                + "a few ns per packet slower than the firmware is caught up with at every packet, "
                                + "and each packet's lines then bounce between the cores (batching rings avoids it)."));
        String text = "Each producer writes batches of 24-byte WRITE_FENCE packets into its own 4 KiB ring, "
                + "publishes WritePointer and rings once per batch, waiting only for ring space (ReadPointer); the "
                + "count stops when the last fence of every queue is visible. The C producers "
                + "(umws_bench_c_throughput) and the Java producers run the same protocol on a fresh GPU each "
                + "repetition, alternating. The Java producers ring by segment store; with one producer also "
                + "by the C ring function through a Panama downcall (default and critical) and through JNI. With more producers than free cores (2 vCPUs, one taken by the "
                + "spinning firmware) the producers time-share a core.";
        return new Section(id(), "Throughput: submissions per second, C vs Java producers", text, List.of(table),
                List.of(chart), targets);
    }

    private static Cell find(List<Cell> cells, int producers, int batch) {
        return cells.stream().filter(c -> c.mode == GpuConfig.DetectMode.SPIN && c.via == RingVia.SEGMENT
                && c.producers == producers && c.batch == batch).findFirst().orElseThrow();
    }
}
