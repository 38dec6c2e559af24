package dev.umws.gpu;

import dev.umws.Await;

import dev.umws.abi.DXGK_INTERRUPT_TYPE;
import dev.umws.abi.UMWS_GPU_IRQ_RECORD;
import dev.umws.abi.umws_gpu_h;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emulated GPU through its Java face. */
class GpuTest {
    private static final Duration SOON = Duration.ofSeconds(10);

    @ParameterizedTest
    @EnumSource(GpuConfig.DetectMode.class)
    void aJavaRingMakesTheEngineRunAndTheFenceBecomesVisible(GpuConfig.DetectMode mode) {
        try (Gpu gpu = Gpu.create(GpuConfig.defaults().withDetectMode(mode).withEngineTimeoutNs(0));
                GpuProcess p = new GpuProcess(gpu, 0, 2, 1)) {
            for (long n = 1; n <= 500; n++) {
                p.submitFence(n, false);
            }
            Await.until("fence 500", () -> p.fenceAcquire() == 500, SOON);
            assertEquals(p.writer.writePointer(), p.writer.readPointerAcquire());
            assertTrue(gpu.engineStats(0).packets() >= 500);
            assertEquals(HwQueue.State.BOUND, p.queue.state());
        }
    }

    @Test
    void theGlobalDoorbellRunsEveryQueueThatRang() {
        GpuConfig config = GpuConfig.defaults().withDoorbells(1, GpuConfig.Placement.GLOBAL).withDetectMode(
                GpuConfig.DetectMode.SPIN);
        try (Gpu gpu = Gpu.create(config); GpuProcess a = new GpuProcess(gpu, 0, 0, 1);
                GpuProcess b = new GpuProcess(gpu, 0, 0, 2)) {
            for (long n = 1; n <= 200; n++) {
                a.submitFence(n, false);
                b.submitFence(n, false);
            }
            Await.until("both fences", () -> a.fenceAcquire() == 200 && b.fenceAcquire() == 200, SOON);
        }
    }

    @Test
    void aRingThroughADisconnectedVaIsDropped() {
        try (Gpu gpu = Gpu.create(GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN));
                GpuProcess p = new GpuProcess(gpu, 0, 0, 1)) {
            p.submitFence(1, false);
            Await.until("fence 1", () -> p.fenceAcquire() == 1, SOON);
            MemorySegment before = p.doorbellVa.page();
            p.doorbellVa.disconnect(); // the OS's part: the VA now shows the dummy page
            p.submitFence(2, false);
            long scans = gpu.engineStats(0).scans();
            Await.until("two more scans", () -> gpu.engineStats(0).scans() > scans + 2, SOON);
            assertEquals(1, p.fenceAcquire(), "a ring on the dummy page must not reach the GPU");
            assertEquals(before.address(), p.doorbellVa.page().address(), "the doorbell VA never moves");
            p.doorbellVa.connect(0, false);
            p.writer.ringRelease(); // the RETRY protocol: reconnect, ring again
            Await.until("fence 2 after the re-ring", () -> p.fenceAcquire() == 2, SOON);
        }
    }

    /** Lets the firmware scan at least twice and find nothing rung. */
    private static void letTheFirmwareLook(Gpu gpu) {
        long target = gpu.engineStats(0).scans() + 2;
        Await.until("two more scans", () -> {
            if (gpu.config().detectMode() == GpuConfig.DetectMode.NOTIFY) {
                gpu.notifyEngine(0); // a NOTIFY firmware scans only when told
            }
            return gpu.engineStats(0).scans() >= target;
        }, SOON);
    }

    @ParameterizedTest
    @EnumSource(GpuConfig.DetectMode.class)
    void aKickRunsAQueueWhoseWritePointerMovedWithoutARing(GpuConfig.DetectMode mode) {
        try (Gpu gpu = Gpu.create(GpuConfig.defaults().withDetectMode(mode).withEngineTimeoutNs(0));
                GpuProcess p = new GpuProcess(gpu, 0, 3, 1)) {
            for (long n = 1; n <= 20; n++) {
                p.writer.writeFence(GpuProcess.DATA_VA, n, false);
                p.writer.publishRelease(); // published, never rung
                if (n == 1) {
                    letTheFirmwareLook(gpu);
                    assertEquals(0, p.fenceAcquire(), "work that was never rung must not run");
                }
                p.queue.kick(); // wakes a NOTIFY firmware by itself
                long expected = n;
                Await.until("fence " + n + " after the kick", () -> p.fenceAcquire() == expected, SOON);
            }
            p.submitFence(21, false); // rings still run after kicks
            Await.until("fence 21", () -> p.fenceAcquire() == 21, SOON);
        }
    }

    @Test
    void aKickOfAQueueThatIsNotBoundIsRefused() {
        try (Gpu gpu = Gpu.create(GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN));
                GpuProcess p = new GpuProcess(gpu, 0, 1, 1)) {
            p.queue.unbind();
            p.writer.writeFence(GpuProcess.DATA_VA, 1, false);
            p.writer.publishRelease();
            GpuException e = assertThrows(GpuException.class, p.queue::kick);
            assertEquals(umws_gpu_h.UMWS_GPU_ESTATE, e.code());
            p.queue.bind(1);
            letTheFirmwareLook(gpu);
            assertEquals(0, p.fenceAcquire(), "a refused kick is not remembered for the next binding");
            p.queue.kick();
            Await.until("fence 1", () -> p.fenceAcquire() == 1, SOON);
        }
    }

    @Test
    void aRingOnTheSecondaryDoorbellRunsTheQueue() {
        GpuConfig config = GpuConfig.defaults().withSecondaryDoorbells(true).withDetectMode(GpuConfig.DetectMode.SPIN);
        try (Gpu gpu = Gpu.create(config); GpuProcess p = new GpuProcess(gpu, 0, 2, 1)) {
            DoorbellVa secondary = gpu.reserveDoorbellVa(config.doorbellVaPages());
            secondary.connect(2, true);
            p.writer.doorbell(secondary.slot(2, true));
            for (long n = 1; n <= 100; n++) {
                p.submitFence(n, false);
            }
            Await.until("fence 100 rung on the secondary", () -> p.fenceAcquire() == 100, SOON);
            p.writer.doorbell(p.doorbellVa.slot(2, false));
            p.submitFence(101, false);
            Await.until("fence 101 rung on the primary", () -> p.fenceAcquire() == 101, SOON);
            secondary.release();
        }
    }

    @Test
    void a16KibDoorbellIsRungThroughItsFourPageVa() {
        GpuConfig config = GpuConfig.defaults().withDoorbellSizeInBytes(16384).withDetectMode(GpuConfig.DetectMode.SPIN);
        assertEquals(4, config.doorbellVaPages());
        try (Gpu gpu = Gpu.create(config); GpuProcess p = new GpuProcess(gpu, 0, 15, 1)) {
            assertEquals(16L * 16384, gpu.bar().byteSize());
            assertEquals(15L * 16384, gpu.doorbellOffset(15, false));
            assertEquals(4, p.doorbellVa.pages());
            assertEquals(4L * 4096, p.doorbellVa.page().byteSize());
            for (long n = 1; n <= 50; n++) {
                p.submitFence(n, false);
            }
            Await.until("fence 50", () -> p.fenceAcquire() == 50, SOON);
            if (!System.getProperty("os.name").startsWith("Windows")) {
                // POSIX remap: the VA's four pages are the doorbell's four BAR pages.
                p.doorbellVa.page().set(JAVA_LONG, 3 * 4096 + 64, 0x5151L);
                assertEquals(0x5151L, gpu.bar().get(JAVA_LONG, 15L * 16384 + 3 * 4096 + 64));
            }
        }
    }

    @Test
    void doorbellSizesAndVaPagesOutsideTheLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GpuConfig.defaults().withDoorbellSizeInBytes(12));
        assertThrows(IllegalArgumentException.class, () -> GpuConfig.defaults().withDoorbellSizeInBytes(32768));
        GpuConfig sharedWhole = GpuConfig.defaults().withDoorbells(16, GpuConfig.Placement.SHARED_PAGE)
                .withDoorbellSizeInBytes(4096);
        assertEquals(umws_gpu_h.UMWS_GPU_EINVAL, assertThrows(GpuException.class, () -> Gpu.create(sharedWhole)).code());
        try (Gpu gpu = Gpu.create(GpuConfig.defaults())) {
            assertEquals(umws_gpu_h.UMWS_GPU_EINVAL, assertThrows(GpuException.class, () -> gpu.reserveDoorbellVa(5)).code());
            DoorbellVa va = gpu.reserveDoorbellVa(4);
            va.connect(12, false); // pages 12..15: the BAR's last
            assertEquals(umws_gpu_h.UMWS_GPU_EINVAL, assertThrows(GpuException.class, () -> va.connect(13, false)).code());
            va.release();
        }
    }

    @Test
    void interruptUpcallsArriveOnTheInterruptThreadAndAreNeverReentered() {
        GpuConfig config = GpuConfig.defaults().withEngines(2).withDetectMode(GpuConfig.DetectMode.SPIN)
                .withInterruptRingEntries(8192);
        try (Gpu gpu = Gpu.create(config); Arena arena = Arena.ofShared();
                GpuProcess a = new GpuProcess(gpu, 0, 0, 1); GpuProcess b = new GpuProcess(gpu, 1, 1, 2)) {
            MemorySegment record = UMWS_GPU_IRQ_RECORD.allocate(arena);
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger reentered = new AtomicInteger();
            AtomicLong calls = new AtomicLong();
            AtomicLong fenceRecords = new AtomicLong();
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            gpu.setIsr(message -> {
                if (inside.incrementAndGet() != 1) {
                    reentered.incrementAndGet();
                }
                threads.add(Thread.currentThread());
                calls.incrementAndGet();
                while (gpu.popIrq(record)) {
                    if (UMWS_GPU_IRQ_RECORD.Type(record) == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED) {
                        fenceRecords.incrementAndGet();
                    }
                }
                inside.decrementAndGet();
                return message == 5;
            }, 5);
            int n = 2000;
            for (int i = 1; i <= n; i++) {
                a.submitFence(i, true);
                b.submitFence(i, true);
            }
            Await.until("all " + 2 * n + " fence interrupts", () -> fenceRecords.get() == 2L * n, SOON);
            assertEquals(0, reentered.get());
            assertEquals(1, threads.size(), "one interrupt thread");
            assertFalse(threads.contains(Thread.currentThread()));
            assertTrue(calls.get() <= 2L * n);
            assertEquals(0, gpu.irqOverflows());
            assertEquals(0, gpu.isrFailures());
        }
    }

    @Test
    void anExceptionInTheIsrIsCaughtAtTheUpcallBoundary() {
        try (Gpu gpu = Gpu.create(GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN));
                GpuProcess p = new GpuProcess(gpu, 0, 0, 1)) {
            gpu.setIsr(message -> {
                throw new IllegalStateException("a broken ISR");
            }, 0);
            p.submitFence(1, true);
            Await.until("the failure is counted", () -> gpu.isrFailures() > 0, SOON);
            assertTrue(gpu.lastIsrFailure() instanceof IllegalStateException);
            gpu.setIsr(null, 0);
        }
    }

    @Test
    void faultingOneQueueLeavesAnotherRunning() {
        try (Gpu gpu = Gpu.create(GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.BACKOFF));
                Arena arena = Arena.ofShared();
                GpuProcess good = new GpuProcess(gpu, 0, 0, 10); GpuProcess bad = new GpuProcess(gpu, 0, 1, 20)) {
            MemorySegment record = UMWS_GPU_IRQ_RECORD.allocate(arena);
            List<long[]> faults = Collections.synchronizedList(new ArrayList<>());
            gpu.setIsr(message -> {
                while (gpu.popIrq(record)) {
                    faults.add(new long[] {UMWS_GPU_IRQ_RECORD.Type(record), UMWS_GPU_IRQ_RECORD.QueueId(record),
                            UMWS_GPU_IRQ_RECORD.GpuVa(record), UMWS_GPU_IRQ_RECORD.Payload(record)});
                }
                return true;
            }, 0);
            bad.writer.writeFence(0xBAD0000L, 1, false); // outside its VA space
            bad.writer.submit();
            for (long n = 1; n <= 100; n++) {
                good.submitFence(n, false);
            }
            Await.until("the fault record", () -> !faults.isEmpty(), SOON);
            long[] f = faults.get(0);
            assertEquals(DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED, f[0]);
            assertEquals(20, f[1]);
            assertEquals(0xBAD0000L, f[2]);
            assertEquals(umws_gpu_h.UMWS_GPU_FAULT_PAGE, f[3]);
            Await.until("the good queue's fences", () -> good.fenceAcquire() == 100, SOON);
            assertEquals(HwQueue.State.FAULTED, bad.queue.state());
            assertEquals(HwQueue.State.BOUND, good.queue.state());
        }
    }

    @Test
    void closingWithQueuesMidFlightHangsNothingAndLeavesNoUsableHandle() {
        Gpu gpu = Gpu.create(GpuConfig.defaults().withEngines(2).withDetectMode(GpuConfig.DetectMode.SPIN));
        GpuProcess a = new GpuProcess(gpu, 0, 0, 1);
        GpuProcess b = new GpuProcess(gpu, 1, 1, 2);
        a.writer.writeDelay(60_000_000_000L); // a minute of emulated work in flight
        a.writer.submit();
        for (int i = 1; i <= 50; i++) {
            b.submitFence(i, true);
        }
        gpu.setIsr(message -> true, 0);
        Await.until("the long packet started", () -> gpu.engineStats(0).packets() == 0 && a.writer.readPointerAcquire() == 0
                && gpu.engineStats(0).ringsSeen() > 0, SOON);
        assertTimeoutPreemptively(Duration.ofSeconds(5), gpu::close);
        assertTrue(gpu.isClosed());
        assertThrows(IllegalStateException.class, gpu::bar);
        assertThrows(IllegalStateException.class, a.queue::state);
        assertThrows(IllegalStateException.class, () -> gpu.notifyEngine(0));
        gpu.close(); // twice is fine
        a.close();
        b.close();
    }

    @Test
    void badArgumentsAreErrorsNotCrashes() {
        GpuException e = assertThrows(GpuException.class,
                () -> Gpu.create(GpuConfig.defaults().withDoorbells(16, GpuConfig.Placement.GLOBAL)));
        assertEquals(umws_gpu_h.UMWS_GPU_EINVAL, e.code());
        assertTrue(e.getMessage().contains("umws_gpu_create returned UMWS_GPU_EINVAL"), e.getMessage());
        try (Gpu gpu = Gpu.create(GpuConfig.defaults()); Arena arena = Arena.ofShared(); VaSpace space = gpu.createVaSpace()) {
            MemorySegment page = arena.allocate(4096, 4096);
            assertEquals(umws_gpu_h.UMWS_GPU_EINVAL, assertThrows(GpuException.class, () -> space.map(0, page, true)).code());
            assertThrows(IllegalArgumentException.class, () -> space.map(0x1000, MemorySegment.ofArray(new byte[64]), true));
            space.map(0x1000, page, true);
            assertEquals(umws_gpu_h.UMWS_GPU_EBUSY, assertThrows(GpuException.class, () -> space.map(0x1000, page, true)).code());
            assertEquals(umws_gpu_h.UMWS_GPU_ENOENT, assertThrows(GpuException.class, () -> space.unmap(0x9000)).code());
            QueueDesc unmappedRing = new QueueDesc(0x50000, 4096, 0x1000, 0, 0, 0, 1);
            assertEquals(umws_gpu_h.UMWS_GPU_ENOENT,
                    assertThrows(GpuException.class, () -> gpu.createQueue(space, unmappedRing)).code());
            QueueDesc badEngine = new QueueDesc(0x1000, 4096, 0x1000, 0, 0, 7, 1);
            assertEquals(umws_gpu_h.UMWS_GPU_EINVAL,
                    assertThrows(GpuException.class, () -> gpu.createQueue(space, badEngine)).code());
            assertThrows(IllegalArgumentException.class, () -> gpu.doorbellOffset(99, false));
            assertThrows(GpuException.class, () -> gpu.notifyEngine(-1));
            space.unmap(0x1000);
        }
    }
}
