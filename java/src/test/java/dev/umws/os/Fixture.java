package dev.umws.os;

import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DKMT_CONNECT_DOORBELL;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.abi.D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL;
import dev.umws.abi.D3DKMT_DESTROYHWQUEUE;
import dev.umws.abi.D3DKMT_DESTROY_DOORBELL;
import dev.umws.abi.D3DKMT_NOTIFY_WORK_SUBMISSION;
import dev.umws.abi.Generation;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.Kmd;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.verifier.Verifier;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An adapter with two processes, a device and a context in the first, and the thunk arguments of
 * the selected generation: what the conformance tests share.
 */
final class Fixture implements AutoCloseable {
    static final Generation GEN = Generation.SELECTED;
    static final boolean G1 = GEN == Generation.G1;
    static final boolean G2 = GEN == Generation.G2;
    static final boolean G3 = GEN == Generation.G3;
    static final GpuConfig CONFIG = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.BACKOFF);

    final Verifier verifier = new Verifier();
    final Dxgkrnl os;
    final Process a;
    final Process b;
    final Arena arena = Arena.ofShared(); // some tests call thunks from other threads
    /** Threads for calls that must run at once (the common pool may have one thread on 2 cores). */
    final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
    final int device;
    final int context;

    /** A doorbell as the UMD knows it: its queue, the handle connect/notify/destroy name, its addresses. */
    record Bell(int queue, int handle, MemorySegment doorbellVa, MemorySegment statusVa) {
    }

    Fixture() {
        this(CONFIG, new ReferenceKmd());
    }

    Fixture(GpuConfig config, Kmd kmd) {
        os = Dxgkrnl.start(config, kmd, verifier);
        a = os.createProcess();
        b = os.createProcess();
        int[] h = new int[1];
        assertEquals(STATUS_SUCCESS, a.createDevice(h));
        device = h[0];
        assertEquals(STATUS_SUCCESS, a.createContext(device, 0, h));
        context = h[0];
    }

    @Override
    public void close() {
        threads.shutdownNow();
        os.close();
        arena.close();
    }

    /** Runs {@code call} on a thread of its own. */
    <T> java.util.concurrent.CompletableFuture<T> async(java.util.function.Supplier<T> call) {
        return java.util.concurrent.CompletableFuture.supplyAsync(call, threads);
    }

    int newDevice() {
        int[] h = new int[1];
        assertEquals(STATUS_SUCCESS, a.createDevice(h));
        return h[0];
    }

    int allocation(boolean resident) {
        return allocation(device, resident);
    }

    int allocation(int onDevice, boolean resident) {
        int[] h = new int[1];
        assertEquals(STATUS_SUCCESS, a.createAllocation(onDevice, 4096, h));
        if (resident) {
            assertEquals(STATUS_SUCCESS, a.makeResident(h[0]));
        }
        return h[0];
    }

    MemorySegment queueArgs(int hContext, int flags) {
        MemorySegment q = D3DKMT_CREATEHWQUEUE.allocate(arena);
        D3DKMT_CREATEHWQUEUE.hHwContext(q, hContext);
        D3DDDI_CREATEHWQUEUEFLAGS.Value(D3DKMT_CREATEHWQUEUE.Flags(q), flags);
        return q;
    }

    /** A user-mode-submission queue without a doorbell (G1/G2). */
    int umsQueue() {
        MemorySegment q = queueArgs(context, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
        assertEquals(STATUS_SUCCESS, a.D3DKMTCreateHwQueue(q));
        return D3DKMT_CREATEHWQUEUE.hHwQueue(q);
    }

    MemorySegment doorbellArgs(int queue, int ring, int control) {
        MemorySegment d = D3DKMT_CREATE_DOORBELL.allocate(arena);
        D3DKMT_CREATE_DOORBELL.hHwQueue(d, queue);
        D3DKMT_CREATE_DOORBELL.hRingBuffer(d, ring);
        D3DKMT_CREATE_DOORBELL.hRingBufferControl(d, control);
        return d;
    }

    MemorySegment umsQueueArgs(int hContext, int ring, int control) {
        MemorySegment c = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.allocate(arena);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwContext(c, hContext);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBuffer(c, ring);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBufferControl(c, control);
        return c;
    }

    /** A disconnected doorbell on a fresh queue, made the way the generation makes it. */
    Bell bell() {
        return bell(context);
    }

    /** The same on context {@code hContext} of the fixture's device. */
    Bell bell(int hContext) {
        int ring = allocation(true);
        int control = allocation(true);
        if (G3) {
            MemorySegment c = umsQueueArgs(hContext, ring, control);
            assertEquals(STATUS_SUCCESS, a.D3DKMTCreateHwQueueForUserModeSubmission(c));
            int q = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwQueue(c);
            return new Bell(q, q, null, D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.DoorbellStatusCpuVa(c).reinterpret(8));
        }
        MemorySegment args = queueArgs(hContext, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
        assertEquals(STATUS_SUCCESS, a.D3DKMTCreateHwQueue(args));
        int q = D3DKMT_CREATEHWQUEUE.hHwQueue(args);
        MemorySegment d = doorbellArgs(q, ring, control);
        assertEquals(STATUS_SUCCESS, a.D3DKMTCreateDoorbell(d));
        return new Bell(q, G2 ? D3DKMT_CREATE_DOORBELL.hDoorbell(d) : q,
                D3DKMT_CREATE_DOORBELL.DoorbellCPUVirtualAddress(d).reinterpret(4096),
                D3DKMT_CREATE_DOORBELL.DoorbellStatusCPUVirtualAddress(d).reinterpret(8));
    }

    MemorySegment connectArgs(int handle) {
        MemorySegment c = D3DKMT_CONNECT_DOORBELL.allocate(arena);
        if (G2) {
            D3DKMT_CONNECT_DOORBELL.hDoorbell(c, handle);
        } else {
            D3DKMT_CONNECT_DOORBELL.hHwQueue(c, handle);
        }
        return c;
    }

    MemorySegment notifyArgs(int handle) {
        MemorySegment n = D3DKMT_NOTIFY_WORK_SUBMISSION.allocate(arena);
        if (G2) {
            D3DKMT_NOTIFY_WORK_SUBMISSION.hDoorbell(n, handle);
        } else {
            D3DKMT_NOTIFY_WORK_SUBMISSION.hHwQueue(n, handle);
        }
        return n;
    }

    MemorySegment destroyArgs(int handle) {
        MemorySegment d = D3DKMT_DESTROY_DOORBELL.allocate(arena);
        if (G2) {
            D3DKMT_DESTROY_DOORBELL.hDoorbell(d, handle);
        } else if (G1) {
            D3DKMT_DESTROY_DOORBELL.hHwQueue(d, handle);
        }
        return d;
    }

    MemorySegment destroyQueueArgs(int queue) {
        MemorySegment d = D3DKMT_DESTROYHWQUEUE.allocate(arena);
        D3DKMT_DESTROYHWQUEUE.hHwQueue(d, queue);
        return d;
    }

    int connect(Bell bell) {
        return a.D3DKMTConnectDoorbell(connectArgs(bell.handle()));
    }

    int notify(Bell bell) {
        return a.D3DKMTNotifyWorkSubmission(notifyArgs(bell.handle()));
    }

    /** The status slot's low 32 bits, as a UMD reads them. */
    static int status(Bell bell) {
        return (int) bell.statusVa().get(ValueLayout.JAVA_LONG, 0);
    }
}
