package dev.umws.gpu;

/** Counters of one engine since creation ({@code UMWS_GPU_ENGINE_STATS}). */
public record EngineStats(long scans, long ringsSeen, long packets, long faults, long timeouts, long wakeups) {
}
