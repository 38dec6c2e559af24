package dev.umws.gpu;

import dev.umws.abi.UMWS_GPU_CONFIG;
import dev.umws.abi.umws_gpu_h;

import java.lang.foreign.MemorySegment;

/**
 * The emulated GPU's configuration ({@code UMWS_GPU_CONFIG}); {@link #defaults()} then withers.
 *
 * @param doorbellCount        physical doorbells (1 with {@link Placement#GLOBAL})
 * @param doorbellSizeInBytes  8..16384, a power of two; feeds DXGK_USERMODESUBMISSION_CAPS. Above
 *                             4096 a doorbell spans size / 4096 consecutive BAR pages (dedicated
 *                             and global placements); {@link Placement#SHARED_PAGE} allows at most
 *                             2048 ({@link Gpu#create} fails with {@code UMWS_GPU_EINVAL})
 * @param secondaryDoorbells   each doorbell also has a secondary address, laid out after all
 *                             primaries; the firmware runs the bound queue on a ring of either
 * @param engineTimeoutNs      a packet busy longer raises GPU_ENGINE_TIMEOUT; 0 = never
 */
public record GpuConfig(int doorbellCount, int doorbellSizeInBytes, boolean secondaryDoorbells, Placement placement,
        int engineCount, DetectMode detectMode, int maxQueuesPerEngine, int interruptRingEntries, long engineTimeoutNs,
        long backoffSpinNs, long backoffMaxSleepNs) {

    /** The largest doorbell, bytes ({@code UMWS_GPU_DOORBELL_MAX_BYTES}: 16 KiB, what Windows accepts). */
    public static final int MAX_DOORBELL_BYTES = 16384;

    /** Where physical doorbells sit in the BAR. */
    public enum Placement {
        DEDICATED_PAGE(umws_gpu_h.UMWS_GPU_PLACEMENT_DEDICATED_PAGE),
        SHARED_PAGE(umws_gpu_h.UMWS_GPU_PLACEMENT_SHARED_PAGE),
        GLOBAL(umws_gpu_h.UMWS_GPU_PLACEMENT_GLOBAL);

        public final int code;

        Placement(int code) {
            this.code = code;
        }
    }

    /** How the firmware notices a ring. */
    public enum DetectMode {
        SPIN(umws_gpu_h.UMWS_GPU_DETECT_SPIN),
        BACKOFF(umws_gpu_h.UMWS_GPU_DETECT_BACKOFF),
        NOTIFY(umws_gpu_h.UMWS_GPU_DETECT_NOTIFY);

        public final int code;

        DetectMode(int code) {
            this.code = code;
        }
    }

    /** The shim's defaults (umws_gpu_config_default): 16 dedicated doorbells, one engine, backoff. */
    public static GpuConfig defaults() {
        return new GpuConfig(16, 8, false, Placement.DEDICATED_PAGE, 1, DetectMode.BACKOFF, 64, 1024, 2_000_000_000L,
                50_000L, 1_000_000L);
    }

    public GpuConfig withDoorbells(int count, Placement where) {
        return new GpuConfig(count, doorbellSizeInBytes, secondaryDoorbells, where, engineCount, detectMode,
                maxQueuesPerEngine, interruptRingEntries, engineTimeoutNs, backoffSpinNs, backoffMaxSleepNs);
    }

    /**
     * Doorbells of {@code bytes} (a power of two, 8..16384, checked here; the placement's own limit
     * is checked by {@link Gpu#create}).
     */
    public GpuConfig withDoorbellSizeInBytes(int bytes) {
        if (bytes < 8 || bytes > MAX_DOORBELL_BYTES || Integer.bitCount(bytes) != 1) {
            throw new IllegalArgumentException("doorbell size must be a power of two in 8..16384: " + bytes);
        }
        return new GpuConfig(doorbellCount, bytes, secondaryDoorbells, placement, engineCount, detectMode,
                maxQueuesPerEngine, interruptRingEntries, engineTimeoutNs, backoffSpinNs, backoffMaxSleepNs);
    }

    public GpuConfig withSecondaryDoorbells(boolean secondaries) {
        return new GpuConfig(doorbellCount, doorbellSizeInBytes, secondaries, placement, engineCount, detectMode,
                maxQueuesPerEngine, interruptRingEntries, engineTimeoutNs, backoffSpinNs, backoffMaxSleepNs);
    }

    /**
     * The pages of a doorbell CPU VA as Windows sizes it: {@code doorbellSizeInBytes} rounded up to
     * whole 4 KiB pages (what {@link Gpu#reserveDoorbellVa(int)} takes).
     */
    public int doorbellVaPages() {
        return (doorbellSizeInBytes + umws_gpu_h.UMWS_GPU_PAGE_SIZE - 1) / umws_gpu_h.UMWS_GPU_PAGE_SIZE;
    }

    public GpuConfig withEngines(int count) {
        return new GpuConfig(doorbellCount, doorbellSizeInBytes, secondaryDoorbells, placement, count, detectMode,
                maxQueuesPerEngine, interruptRingEntries, engineTimeoutNs, backoffSpinNs, backoffMaxSleepNs);
    }

    public GpuConfig withDetectMode(DetectMode mode) {
        return new GpuConfig(doorbellCount, doorbellSizeInBytes, secondaryDoorbells, placement, engineCount, mode,
                maxQueuesPerEngine, interruptRingEntries, engineTimeoutNs, backoffSpinNs, backoffMaxSleepNs);
    }

    public GpuConfig withEngineTimeoutNs(long ns) {
        return new GpuConfig(doorbellCount, doorbellSizeInBytes, secondaryDoorbells, placement, engineCount, detectMode,
                maxQueuesPerEngine, interruptRingEntries, ns, backoffSpinNs, backoffMaxSleepNs);
    }

    public GpuConfig withMaxQueuesPerEngine(int queues) {
        return new GpuConfig(doorbellCount, doorbellSizeInBytes, secondaryDoorbells, placement, engineCount, detectMode,
                queues, interruptRingEntries, engineTimeoutNs, backoffSpinNs, backoffMaxSleepNs);
    }

    public GpuConfig withInterruptRingEntries(int entries) {
        return new GpuConfig(doorbellCount, doorbellSizeInBytes, secondaryDoorbells, placement, engineCount, detectMode,
                maxQueuesPerEngine, entries, engineTimeoutNs, backoffSpinNs, backoffMaxSleepNs);
    }

    /** Writes this configuration into a {@code UMWS_GPU_CONFIG}. */
    void writeTo(MemorySegment c) {
        UMWS_GPU_CONFIG.DoorbellCount(c, doorbellCount);
        UMWS_GPU_CONFIG.DoorbellSizeInBytes(c, doorbellSizeInBytes);
        UMWS_GPU_CONFIG.SecondaryDoorbells(c, secondaryDoorbells ? 1 : 0);
        UMWS_GPU_CONFIG.Placement(c, placement.code);
        UMWS_GPU_CONFIG.EngineCount(c, engineCount);
        UMWS_GPU_CONFIG.DetectMode(c, detectMode.code);
        UMWS_GPU_CONFIG.MaxQueuesPerEngine(c, maxQueuesPerEngine);
        UMWS_GPU_CONFIG.InterruptRingEntries(c, interruptRingEntries);
        UMWS_GPU_CONFIG.EngineTimeoutNs(c, engineTimeoutNs);
        UMWS_GPU_CONFIG.BackoffSpinNs(c, backoffSpinNs);
        UMWS_GPU_CONFIG.BackoffMaxSleepNs(c, backoffMaxSleepNs);
    }
}
