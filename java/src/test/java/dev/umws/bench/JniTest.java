package dev.umws.bench;

import dev.umws.abi.DXGK_INTERRUPT_TYPE;
import dev.umws.abi.UMWS_GPU_IRQ_RECORD;
import dev.umws.abi.UMWS_GPU_RING_CONTROL;
import dev.umws.gpu.DoorbellVa;
import dev.umws.gpu.Gpu;
import dev.umws.gpu.GpuConfig;
import dev.umws.gpu.HwQueue;
import dev.umws.gpu.QueueDesc;
import dev.umws.gpu.RingWriter;
import dev.umws.gpu.VaSpace;
import dev.umws.nativelib.NativeLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The JNI library against a real emulated GPU: ring, calls, upcalls, and the JNI ISR. */
class JniTest {
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final long RING_VA = 0x100000;
    private static final long CONTROL_VA = 0x200000;
    private static final long DATA_VA = 0x300000;
    private static final int RING_BYTES = 4096;

    @BeforeAll
    static void jniIsBuiltHere() {
        // Skipped only where CMake found no JNI headers (the library is then not built at all);
        // a library that is there but does not load is a failure.
        assumeTrue(NativeLibrary.companion("umws_jni").isPresent(),
                "umws_jni was not built: CMake found no JNI headers");
        assertTrue(Jni.available(), Jni.unavailableReason());
    }

    @AfterEach
    void noHandlerLeftBehind() {
        Jni.setInterruptHandler(null);
    }

    /**
     * One GPU (SPIN; an interrupt ring deep enough for a burst of 2,000 while the ISR warms up),
     * one queue bound to doorbell 0 with its VA connected, and a Java ring writer.
     */
    private static final class Rig implements AutoCloseable {
        final Gpu gpu = Gpu.create(GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN).withEngineTimeoutNs(0)
                .withInterruptRingEntries(8192));
        final Arena arena = Arena.ofShared();
        final MemorySegment ring = arena.allocate(RING_BYTES, 4096);
        final MemorySegment control = arena.allocate(UMWS_GPU_RING_CONTROL.sizeof(), 64);
        final MemorySegment data = arena.allocate(4096, 4096);
        final VaSpace space = gpu.createVaSpace();
        final HwQueue queue;
        final DoorbellVa va;
        final RingWriter writer;

        Rig() {
            space.map(RING_VA, ring, false);
            space.map(CONTROL_VA, control, true);
            space.map(DATA_VA, data, true);
            queue = gpu.createQueue(space, new QueueDesc(RING_VA, RING_BYTES, CONTROL_VA, DATA_VA, 0, 0, 1));
            va = gpu.reserveDoorbellVa();
            queue.bind(0);
            va.connect(0, false);
            writer = new RingWriter(ring, control, va.slot(0, false), false);
        }

        long fenceAcquire() {
            return (long) LONG.getAcquire(data, 0L);
        }

        /** A fence packet, published and rung by the C ring function through JNI. */
        void submitFenceThroughJni(long value, boolean interrupt) {
            while (!writer.hasSpace(48)) {
                Thread.onSpinWait();
            }
            writer.writeFence(DATA_VA, value, interrupt);
            Jni.ring(control.address(), writer.doorbell().address(), writer.writePointer());
        }

        @Override
        public void close() {
            if (!gpu.isClosed()) {
                queue.close();
                va.release();
                space.close();
                gpu.close();
            }
            arena.close();
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + SOON.toMillis() + " ms: " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    @Test
    void aRingThroughJniMovesTheGpu() {
        try (Rig r = new Rig()) {
            for (long n = 1; n <= 300; n++) {
                r.submitFenceThroughJni(n, false);
            }
            await("fence 300", () -> r.fenceAcquire() == 300);
            assertEquals(r.writer.writePointer(), (long) LONG.getAcquire(r.control, UMWS_GPU_RING_CONTROL.WritePointer$OFFSET),
                    "the C ring function published the write pointer");
            assertEquals(r.writer.writePointer(), r.writer.readPointerAcquire());
        }
    }

    @Test
    void noopAndCallLoopReturnWhatTheCFunctionsCompute() {
        assertEquals(42, Jni.noop(41));
        assertEquals(Long.MIN_VALUE, Jni.noop(Long.MAX_VALUE));
        assertEquals(0, Jni.callLoop(0));
        assertEquals(1000L * 1001 / 2, Jni.callLoop(1000), "sum of callback(i) = i + 1 for i < 1000");
    }

    @Test
    void theJniIsrDeliversEveryInterruptAndAttachesTheInterruptThreadOnce() {
        long attachesBefore = Jni.attaches();
        long failuresBefore = Jni.handlerFailures();
        Thread interruptThread;
        try (Rig r = new Rig()) {
            MemorySegment record = UMWS_GPU_IRQ_RECORD.allocate(r.arena);
            AtomicLong fenceRecords = new AtomicLong();
            AtomicInteger wrongArguments = new AtomicInteger();
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            Jni.setInterruptHandler((context, message) -> {
                threads.add(Thread.currentThread());
                if (context != 0x5eed || message != 7) {
                    wrongArguments.incrementAndGet();
                }
                while (r.gpu.popIrq(record)) {
                    if (UMWS_GPU_IRQ_RECORD.Type(record) == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED) {
                        fenceRecords.incrementAndGet();
                    }
                }
                return true;
            });
            r.gpu.setNativeIsr(Jni.isr(), MemorySegment.ofAddress(0x5eed), 7);
            int n = 2000;
            for (int i = 1; i <= n; i++) {
                r.submitFenceThroughJni(i, true);
            }
            await("all " + n + " fence interrupts (overflows: " + r.gpu.irqOverflows() + ")",
                    () -> fenceRecords.get() == n);
            assertEquals(0, wrongArguments.get(), "context and message number reach the handler");
            assertEquals(1, threads.size(), "one interrupt thread");
            interruptThread = threads.iterator().next();
            assertFalse(threads.contains(Thread.currentThread()));
            assertTrue(interruptThread.isDaemon(), "attached as a daemon");
            assertEquals(1, Jni.attaches() - attachesBefore, "attached once, not per interrupt");
            assertEquals(0, r.gpu.irqOverflows());
            assertEquals(failuresBefore, Jni.handlerFailures());
        }
        // The GPU joined its interrupt thread; the thread-exit destructor detached it from the JVM.
        await("the interrupt thread detached at exit", () -> !interruptThread.isAlive());
    }

    @Test
    void anExceptionInTheHandlerIsCountedAndTheNextInterruptStillArrives() {
        long failuresBefore = Jni.handlerFailures();
        try (Rig r = new Rig()) {
            MemorySegment record = UMWS_GPU_IRQ_RECORD.allocate(r.arena);
            AtomicLong handled = new AtomicLong();
            Jni.setInterruptHandler((context, message) -> {
                long fence = 0;
                while (r.gpu.popIrq(record)) {
                    fence = Math.max(fence, UMWS_GPU_IRQ_RECORD.FenceValue(record));
                }
                if (fence == 1) {
                    throw new IllegalStateException("a broken handler");
                }
                handled.set(Math.max(handled.get(), fence));
                return true;
            });
            r.gpu.setNativeIsr(Jni.isr(), MemorySegment.NULL, 0);
            r.submitFenceThroughJni(1, true);
            await("the failure is counted", () -> Jni.handlerFailures() > failuresBefore);
            assertInstanceOf(IllegalStateException.class, Jni.lastHandlerFailure());
            r.submitFenceThroughJni(2, true);
            await("the next interrupt is handled", () -> handled.get() == 2);
            assertEquals(1, Jni.handlerFailures() - failuresBefore);
        }
    }
}
