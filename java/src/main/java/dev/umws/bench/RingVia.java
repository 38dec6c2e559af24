package dev.umws.bench;

import dev.umws.gpu.RingWriter;

/**
 * How the Java UMD rings, after writing its packets: a release store straight into the doorbell
 * segment, or a call of the C ring function {@code umws_bench_ring_doorbell} (publish WritePointer, then
 * ring) through a Panama downcall (default, or critical: without the thread-state transition) or
 * through JNI. Same packets, same doorbell value either way.
 */
enum RingVia {
    SEGMENT("Java segment store") {
        @Override
        void submit(RingWriter w) {
            w.submit();
        }
    },
    DOWNCALL("Java Panama downcall") {
        @Override
        void submit(RingWriter w) {
            try {
                BenchNative.RING.invokeExact(w.control(), w.doorbell(), w.writePointer());
            } catch (Throwable t) {
                throw new IllegalStateException("umws_bench_ring_doorbell", t);
            }
        }
    },
    DOWNCALL_CRITICAL("Java critical downcall") {
        @Override
        void submit(RingWriter w) {
            try {
                BenchNative.RING_CRITICAL.invokeExact(w.control(), w.doorbell(), w.writePointer());
            } catch (Throwable t) {
                throw new IllegalStateException("umws_bench_ring_doorbell", t);
            }
        }
    },
    JNI("Java JNI call") {
        @Override
        void submit(RingWriter w) {
            Jni.ring(w.control().address(), w.doorbell().address(), w.writePointer());
        }

        @Override
        String unavailable() {
            return Jni.available() ? null : Jni.unavailableReason();
        }
    };

    final String label;

    RingVia(String label) {
        this.label = label;
    }

    /** Publishes the writer's WritePointer and rings its doorbell. */
    abstract void submit(RingWriter w);

    /** Why this way cannot be measured here, or null. */
    String unavailable() {
        return null;
    }
}
