package dev.umws.run;

import dev.umws.abi.ntstatus_h;
import dev.umws.gpu.EngineStats;
import dev.umws.gpu.GpuConfig;
import dev.umws.umd.NativeUmd;
import dev.umws.verifier.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link DriverRun} saw: each UMD run's result, the OS's and GPU's counters, the rule
 * violations of the whole run (teardown included), and the wall time from the common start to
 * the last run's return (seconds).
 *
 * <p>A fence is lost when a run completed fewer than it submitted, or when a run failed (it
 * returned or reported a failure, threw, or did not return): {@link #lostFence()}. A run is
 * {@link #clean()} when no fence was lost and no rule was broken.
 */
public record RunReport(String kmd, GpuConfig gpu, List<UmdOutcome> umds, Counters counters, List<Violation> violations,
        double seconds) {

    public RunReport {
        umds = List.copyOf(umds);
        violations = List.copyOf(violations);
    }

    /**
     * One UMD run: which ({@code index} from 1, in the order given; it ran in an emulated process
     * of its own), what its entry point returned and reported, its own time (seconds), or the
     * problem that left no result (it threw, or did not return within the run's timeout).
     */
    public record UmdOutcome(int index, UmdRun run, Optional<NativeUmd.EntryResult> result,
            Optional<String> problem, double seconds) {

        public long fencesCompleted() {
            return result.map(r -> r.reported().fencesCompleted()).orElse(0L);
        }

        /** Submitted but not completed. */
        public long fencesLost() {
            return Math.max(0, run.expectedFences() - fencesCompleted());
        }

        /** The entry point returned, returned STATUS_SUCCESS and reported no failure. */
        public boolean succeeded() {
            return result.map(NativeUmd.EntryResult::succeeded).orElse(false);
        }

        /** Why it failed, for messages ("none" when it did not). */
        public String failure() {
            if (problem.isPresent()) {
                return problem.get();
            }
            NativeUmd.EntryResult r = result.orElseThrow();
            if (r.status() != ntstatus_h.STATUS_SUCCESS && r.reported().succeeded()) {
                return "returned " + ntstatus_h.name(r.status()) + " and reported no failure";
            }
            return r.reported().failure();
        }
    }

    /**
     * The OS's and GPU's counters at the end of the runs: queues the runs asked for, calls of the
     * ISR (the KMD's own when {@code nativeIsr}), interrupts the ISR reported
     * (DxgkCbNotifyInterrupt), DPCs that reported (DxgkCbNotifyDpc), interrupt records lost to a
     * full ring, the faults and TDRs the OS saw, and each engine's counters.
     */
    public record Counters(long queues, long isrCalls, boolean nativeIsr, long interruptsNotified, long dpcsNotified,
            long irqOverflows, List<String> faults, List<String> tdrs, List<EngineStats> engines) {

        public Counters {
            faults = List.copyOf(faults);
            tdrs = List.copyOf(tdrs);
            engines = List.copyOf(engines);
        }
    }

    public long fencesExpected() {
        return umds.stream().mapToLong(u -> u.run().expectedFences()).sum();
    }

    public long fencesCompleted() {
        return umds.stream().mapToLong(UmdOutcome::fencesCompleted).sum();
    }

    public long reconnects() {
        return sum(r -> r.reported().reconnects());
    }

    public long notifies() {
        return sum(r -> r.reported().notifies());
    }

    private long sum(java.util.function.ToLongFunction<NativeUmd.EntryResult> field) {
        return umds.stream().flatMap(u -> u.result().stream()).mapToLong(field).sum();
    }

    /** The runs that failed. */
    public List<UmdOutcome> failedUmds() {
        return umds.stream().filter(u -> !u.succeeded()).toList();
    }

    /** Fewer fences completed than submitted, or a UMD run failed. */
    public boolean lostFence() {
        return fencesCompleted() < fencesExpected() || !failedUmds().isEmpty();
    }

    /** Every fence completed, every run succeeded, and no rule was broken. */
    public boolean clean() {
        return !lostFence() && violations.isEmpty();
    }

    /** What went wrong, one item each ("3 fences lost", "1 rule violation", ...); empty when clean. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        long lost = fencesExpected() - fencesCompleted();
        if (lost > 0) {
            out.add(lost + (lost == 1 ? " fence" : " fences") + " lost");
        }
        for (UmdOutcome u : failedUmds()) {
            out.add("UMD " + u.index() + " (" + u.run().label() + ") failed: " + u.failure());
        }
        if (!violations.isEmpty()) {
            out.add(violations.size() + (violations.size() == 1 ? " rule violation" : " rule violations"));
        }
        return out;
    }
}
