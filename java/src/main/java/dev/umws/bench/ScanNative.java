package dev.umws.bench;

import dev.umws.gpu.GpuConfig;
import dev.umws.gpu.GpuConfig.Placement;
import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The firmware scan probes of {@code include/umws/umws_bench.h}: the scan-cost rig with a chosen
 * set of mechanisms and its firmware thread pinned ({@code umws_bench_scan_pinned}), the mechanisms this build's GPU uses
 * ({@code umws_bench_scan_defaults}) and the floor of a scan on this machine
 * ({@code umws_bench_scan_floor}).
 */
final class ScanNative {
    /** {@code int32_t umws_bench_scan_pinned(uint32_t placement, uint32_t bound_queues, uint32_t mechanisms,
     *  uint64_t duration_ns, int32_t firmware_cpu, uint64_t *scans, uint64_t *elapsed_ns, uint64_t *firmware_cpu_ns,
     *  uint32_t *in_force)} */
    private static final MethodHandle SCAN_PINNED = handle("umws_bench_scan_pinned", FunctionDescriptor.of(JAVA_INT,
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    /** {@code uint32_t umws_bench_scan_defaults(void)} */
    private static final MethodHandle SCAN_DEFAULTS = handle("umws_bench_scan_defaults", FunctionDescriptor.of(JAVA_INT));
    /** {@code int32_t umws_bench_scan_floor(uint32_t placement, uint32_t doorbells, uint32_t mechanisms,
     *  uint32_t repeats, double *cache_ns, double *paged_ns)} */
    private static final MethodHandle SCAN_FLOOR = handle("umws_bench_scan_floor", FunctionDescriptor.of(JAVA_INT,
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));

    /** {@code UMWS_BENCH_SCAN_*}: one bit per mechanism of the scan and the doorbell layout. */
    enum Mechanism {
        FOLD(0x10, "fold", "an idle scan tests four slots' doorbells with one branch"),
        ALTERNATE(0x1, "alternate", "every other idle scan walks the slots from the top down"),
        PREFETCH(0x2, "prefetch", "each doorbell prefetched some slots ahead of its load"),
        HUGE_VIEW(0x4, "huge view", "huge pages asked for under the GPU's view of the BAR"),
        LINE_SPREAD(0x8, "line spread", "each dedicated doorbell at another cache line of its page (G3)");

        final int bit;
        final String label;
        final String meaning;

        Mechanism(int bit, String label, String meaning) {
            this.bit = bit;
            this.label = label;
            this.meaning = meaning;
        }

        /** "fold+alternate", or "none". */
        static String describe(int bits) {
            List<String> names = new ArrayList<>();
            for (Mechanism m : values()) {
                if ((bits & m.bit) != 0) {
                    names.add(m.label);
                }
            }
            return names.isEmpty() ? "none" : String.join("+", names);
        }
    }

    private ScanNative() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor d) {
        return Linker.nativeLinker().downcallHandle(NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name)), d);
    }

    /**
     * One window of the rig: the scans the engine made, the wall time it lasted and the firmware
     * thread's CPU time in it ({@code -1}: the OS cannot tell), and the mechanisms in force.
     */
    record Scan(long scans, long elapsedNs, long firmwareCpuNs, int inForce) {
        /** No scan in the window: the firmware never ran (an error of the run, not a sample). */
        boolean valid() {
            return scans > 0;
        }

        boolean cpuKnown() {
            return firmwareCpuNs != -1;
        }

        /** ns per scan of the firmware thread's CPU time (wall time where that is unknown); NaN when invalid. */
        double nsPerScan() {
            return valid() ? (double) (cpuKnown() ? firmwareCpuNs : elapsedNs) / scans : Double.NaN;
        }

        double wallNsPerScan() {
            return valid() ? (double) elapsedNs / scans : Double.NaN;
        }
    }

    /** A fresh SPIN GPU with {@code boundQueues} idle queues bound and the scan of {@code mechanisms}. */
    static Scan scan(Placement placement, int boundQueues, int mechanisms, long durationNs) {
        return scan(placement, boundQueues, mechanisms, durationNs, -1);
    }

    /** As {@link #scan(Placement, int, int, long)} with the rig's firmware thread on {@code firmwareCpu} (-1: unpinned). */
    static Scan scan(Placement placement, int boundQueues, int mechanisms, long durationNs, int firmwareCpu) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment scans = a.allocate(JAVA_LONG);
            MemorySegment elapsed = a.allocate(JAVA_LONG);
            MemorySegment cpu = a.allocate(JAVA_LONG);
            MemorySegment inForce = a.allocate(JAVA_INT);
            int rc = (int) SCAN_PINNED.invokeExact(placement.code, boundQueues, mechanisms, durationNs, firmwareCpu,
                    scans, elapsed, cpu, inForce);
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_scan_tuned(" + placement + ", " + boundQueues + ", 0x"
                        + Integer.toHexString(mechanisms) + ") returned " + rc);
            }
            return new Scan(scans.get(JAVA_LONG, 0), elapsed.get(JAVA_LONG, 0), cpu.get(JAVA_LONG, 0),
                    inForce.get(JAVA_INT, 0));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The mechanisms {@code umws_gpu_create} uses in the loaded library's build. */
    static int defaults() {
        try {
            return (int) SCAN_DEFAULTS.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The floor of an idle scan, ns per doorbell: {@code cacheNs} under huge pages (NaN when the
     * OS gave none), {@code pagedNs} in small pages as the BAR has them (with page walks).
     */
    record Floor(double cacheNs, double pagedNs) {
        /** What page walks add: NaN when the cache part is unknown; never below 0. */
        double walkNs() {
            return Double.isNaN(cacheNs) ? Double.NaN : Math.max(0, pagedNs - cacheNs);
        }
    }

    /** The floor for {@code doorbells} doorbells laid out by {@code placement} and {@code mechanisms}. */
    static Floor floor(GpuConfig.Placement placement, int doorbells, int mechanisms, int repeats) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cache = a.allocate(JAVA_DOUBLE);
            MemorySegment paged = a.allocate(JAVA_DOUBLE);
            int rc = (int) SCAN_FLOOR.invokeExact(placement.code, doorbells, mechanisms, repeats, cache, paged);
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_scan_floor(" + placement + ", " + doorbells + ") returned "
                        + rc);
            }
            return new Floor(cache.get(JAVA_DOUBLE, 0), paged.get(JAVA_DOUBLE, 0));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
