package dev.umws.bench;

/**
 * How the Java bench producer rings, after writing its packets with {@link dev.umws.gpu.RingWriter}:
 * release stores straight into the control block and the doorbell segment (what the Java UMD
 * does), the same followed by a full fence, or a call of the C ring function
 * {@code umws_bench_ring_doorbell} (the same two release stores) by Panama downcall (default,
 * critical, critical with raw addresses) or JNI. Same packets, same doorbell value either way.
 *
 * <p>What each path executes after the doorbell store, on x86 (where release stores are plain
 * stores and a locked instruction is a full fence):
 * <ul>
 *   <li>{@link #SEGMENT}: nothing;</li>
 *   <li>{@link #SEGMENT_FENCED}: one full fence ({@code VarHandle.fullFence}: a locked add);</li>
 *   <li>{@link #DOWNCALL}: the release of the two segment arguments' shared sessions (a
 *       compare-and-set each) and the thread-state transition back into Java (a fence);</li>
 *   <li>{@link #DOWNCALL_CRITICAL}: the two session releases only (no transition);</li>
 *   <li>{@link #CRITICAL_RAW}: nothing: raw addresses (no session) and no transition;</li>
 *   <li>{@link #JNI}: raw addresses, but the native wrapper's transition back (a fence).</li>
 * </ul>
 * So the variants separate the candidate causes of the call paths' batch-1 throughput collapse:
 * a locked instruction after the ring (then SEGMENT_FENCED falls with the calls and CRITICAL_RAW
 * stays with SEGMENT) or the call itself (then CRITICAL_RAW falls too). Each variant runs its own
 * loop ({@link RingLoops}), so the ring call in a timed loop is never a virtual call.
 */
enum RingVia {
    SEGMENT("Java segment store"),
    SEGMENT_FENCED("Java segment store + full fence"),
    DOWNCALL("Java Panama downcall"),
    DOWNCALL_CRITICAL("Java critical downcall"),
    CRITICAL_RAW("Java critical downcall, raw addresses"),
    JNI("Java JNI call");

    final String label;

    RingVia(String label) {
        this.label = label;
    }

    /** Whether the ring goes through a call of the C ring function. */
    boolean call() {
        return this != SEGMENT && this != SEGMENT_FENCED;
    }

    /** Why this way cannot be measured here, or null. */
    String unavailable() {
        return this == JNI && !Jni.available() ? Jni.unavailableReason() : null;
    }
}
