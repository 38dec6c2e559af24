package dev.umws.bench;

import dev.umws.gpu.GpuConfig;
import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** The firmware scan-cost probe of {@code include/umws/umws_bench.h} ({@code umws_bench_scan_cost}). */
final class ScanNative {
    /** {@code int32_t umws_bench_scan_cost(uint32_t placement, uint32_t bound_queues, uint64_t duration_ns,
     *  uint64_t *scans, uint64_t *elapsed_ns)} */
    private static final MethodHandle SCAN_COST = handle("umws_bench_scan_cost",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS));

    private ScanNative() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor d) {
        return Linker.nativeLinker().downcallHandle(NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name)), d);
    }

    /** Scans an engine made in {@code elapsedNs} with {@code boundQueues} idle queues bound. */
    record ScanCost(long scans, long elapsedNs) {
        double nsPerScan() {
            return scans == 0 ? Double.NaN : (double) elapsedNs / scans;
        }
    }

    /** A fresh SPIN GPU with {@code boundQueues} idle queues bound ({@link GpuConfig.Placement#GLOBAL}: one doorbell). */
    static ScanCost scanCost(GpuConfig.Placement placement, int boundQueues, long durationNs) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment scans = a.allocate(JAVA_LONG);
            MemorySegment elapsed = a.allocate(JAVA_LONG);
            int rc = (int) SCAN_COST.invokeExact(placement.code, boundQueues, durationNs, scans, elapsed);
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_scan_cost(" + placement + ", " + boundQueues + ") returned " + rc);
            }
            return new ScanCost(scans.get(JAVA_LONG, 0), elapsed.get(JAVA_LONG, 0));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
