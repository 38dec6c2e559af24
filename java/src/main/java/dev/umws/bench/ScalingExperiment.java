package dev.umws.bench;

import dev.umws.abi.Generation;
import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Issue 5's and 13's scaling part, in three measurements:
 * <ol>
 *   <li>the firmware's cost per scan against the number of idle bound queues, per placement, each
 *       mechanism of its scan, and the scan against its floor on this machine ({@link ScanCell}, C
 *       only: no Java on the path);</li>
 *   <li>doorbell victimization churn through the OS, the reference KMD and the Java UMD, against
 *       the floor of a reconnect measured in the same cells and rounds ({@link ChurnCell});</li>
 *   <li>resident memory of 4096 queues with 64 KiB rings, in total, with the growth over a 0-queue
 *       control and the slope per queue beside it ({@link MemoryProbe}).</li>
 * </ol>
 */
final class ScalingExperiment implements Experiment {
    static final String ID = "scaling";
    static final int MEMORY_QUEUES = 4096;
    static final int MEMORY_RING_BYTES = 64 * 1024;
    /**
     * Issue 13: "4096 queues with 64 KiB rings: < 512 MiB resident in total". Strictly less: the
     * resident set is counted in KiB, so the largest figure that meets it is 512 MiB - 1 KiB.
     */
    static final double MEMORY_LIMIT_MIB = 512.0 - 1.0 / 1024;

    /** How much each part measures: the memory probe's queue counts and the churn's cells and lengths. */
    record Sizes(int[] memorySteps, ChurnCell.Sizes churn) {
        static Sizes of(boolean quick) {
            return quick ? new Sizes(new int[] {256, 512}, ChurnCell.quick())
                    : new Sizes(new int[] {1024, 2048, MEMORY_QUEUES}, ChurnCell.full());
        }
    }

    private final Sizes sizes;

    ScalingExperiment() {
        this(null);
    }

    /** With {@code sizes} instead of the run's (tests); null: by the settings' quick flag. */
    ScalingExperiment(Sizes sizes) {
        this.sizes = sizes;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Section run(Settings settings, Progress progress) {
        Sizes z = sizes != null ? sizes : Sizes.of(settings.quick());
        List<Table> tables = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<Table> raw = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ScanCell.run(settings, progress, tables, charts, targets, raw, errors);
        ChurnCell.run(settings, z.churn(), progress, tables, charts, targets, raw, errors);
        memory(z, progress, tables, targets, errors);
        String text = "Firmware scan cost: a C-only rig binds N idle queues (each on its own doorbell; GLOBAL: all on "
                + "the one) to a GPU whose firmware spins (pinned where the run pins firmware), and divides the "
                + "firmware thread's CPU time by the scans the engine counted (wall time beside it). At "
                + ScanCell.QUEUES + " queues each mechanism of the scan is measured against the plain scan in the "
                + "same rounds, and the scan against its floor: a loop that only loads the same doorbells, probed in "
                + "every round. Churn: one process of the emulated OS with the reference KMD drives Q UmdQueues over "
                + "D physical doorbells (GLOBAL: one doorbell, D queues kept bound), visiting the queues round-robin "
                + "with bursts of " + ChurnRun.BURST + " fence-only submissions (firmware SPIN, header generation "
                + Generation.SELECTED + "); every submission is timed and filed as a reconnect ring when it met "
                + "DISCONNECTED_RETRY; then, in the same cell and round, bare D3DKMTConnectDoorbell calls of idle "
                + "queues are timed: the floor of a reconnect. Cells run in an order drawn per round from the "
                + "run's seed, after a warm-up round that is not kept. Memory: " + MEMORY_QUEUES + " queues with "
                + MEMORY_RING_BYTES / 1024 + " KiB rings are created through the thunks of one process in a fresh, "
                + "unpinned JVM, each ring written through once by its UMD (a NOP packet over the whole ring, then a "
                + "fence, run by the firmware); the resident set (" + MemoryProbe.source() + ") is read with no "
                + "queue (the control), at each step of queues, and after freeing them.";
        return new Section(id(), "Scaling: firmware scan cost, doorbell churn, memory", text, tables, charts, targets,
                raw, errors);
    }

    // ---- Memory --------------------------------------------------------------------------------

    private static void memory(Sizes z, Progress progress, List<Table> tables, List<Target> targets,
            List<String> errors) {
        int largest = Arrays.stream(z.memorySteps()).max().orElseThrow();
        progress.step("memory: up to " + largest + " queues with " + MEMORY_RING_BYTES / 1024 + " KiB rings");
        MemoryProbe.Result m = MemoryProbe.runInChild(z.memorySteps(), MEMORY_RING_BYTES, progress);
        if (!m.allCompleted()) {
            errors.add("memory: a queue's fence never came");
        }
        boolean measured = m.measured();
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<Integer, OptionalLong> e : m.resident().entrySet()) {
            int q = e.getKey();
            rows.add(Arrays.asList(q == 0 ? "0 (control: stack started and warmed)" : Integer.toString(q),
                    cell(m.mib(q)), q == 0 ? null : cell(m.growthMiB(q)),
                    q == 0 ? null : cell(m.growthMiB(q) * 1024 / q)));
        }
        rows.add(Arrays.asList("after freeing them", m.afterFree().isPresent() ? m.afterFree().getAsLong() / 1024.0
                : null, m.afterFree().isPresent() ? cell(m.afterFree().getAsLong() / 1024.0 - m.mib(0)) : null, null));
        tables.add(new Table("memory", "Resident memory of hardware queues with " + MEMORY_RING_BYTES / 1024
                + " KiB rings, each written through (" + m.source() + " of a fresh JVM: " + m.jvm() + "; MiB; "
                + m.elapsedNs() / 1_000_000 + " ms" + (measured ? "" : "; not measured on this OS") + ")",
                List.of("queues alive", "resident MiB", "growth over the control MiB", "KiB per queue"), rows));
        List<List<Object>> parts = new ArrayList<>();
        m.breakdown().forEach((k, v) -> parts.add(Arrays.asList(k, v / 1024.0)));
        parts.add(Arrays.asList("slope: KiB per queue (least squares over the steps)", cell(m.slopeKiB())));
        parts.add(Arrays.asList("of it, ring pages written: KiB per queue", MEMORY_RING_BYTES / 1024.0));
        tables.add(new Table("memory-parts", "Where the resident set goes with " + largest + " queues alive (MiB "
                + "unless named)", List.of("part", "value"), parts));
        double total = m.mib(largest);
        double growth = m.growthMiB(largest);
        String name = "total resident, " + largest + " queues";
        Target.Cell totalCell;
        if (!measured) {
            totalCell = Target.Cell.notJudged(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    "the OS tells no resident set: not measured");
        } else if (largest != MEMORY_QUEUES) {
            totalCell = Target.Cell.notJudged(name, total, total, total, Double.NaN, largest
                    + " queues measured; the target names " + MEMORY_QUEUES);
        } else {
            totalCell = Target.Cell.judged(name, total, total, total, Double.NaN, Target.Bound.AT_MOST,
                    MEMORY_LIMIT_MIB);
        }
        Target.Cell growthCell = Target.Cell.notJudged("growth over the 0-queue control, " + largest + " queues",
                growth, growth, growth, Double.NaN, "information: the target is the total");
        targets.add(Target.over("memory-4096", "Resident set of the whole process with " + MEMORY_QUEUES
                + " queues of " + MEMORY_RING_BYTES / 1024 + " KiB rings alive, each written through once (issue 13: "
                + "< 512 MiB in total)", Target.Bound.AT_MOST, MEMORY_LIMIT_MIB, "MiB", measured
                        ? String.format(Locale.ROOT, "0-queue control %.1f MiB; growth %.1f MiB; %.1f KiB per queue "
                                + "(slope over the steps), of which %d KiB are the ring's pages, all written. Per "
                                + "queue besides: a ring-control page, a progress-fence page and a last-queued page "
                                + "(demand-zero pages, resident once written), a 64-byte status slot, the doorbell "
                                + "VA's page-table entries and the Java objects. Resident: %s, every page the "
                                + "process maps (JVM, heap, libraries, shim, OS and GPU memory).", m.mib(0), growth,
                                m.slopeKiB(), MEMORY_RING_BYTES / 1024, m.source())
                        : "The resident set is read from /proc, which this OS does not have: not measured.",
                List.of(totalCell, growthCell), List.of()));
    }

    private static Double cell(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
