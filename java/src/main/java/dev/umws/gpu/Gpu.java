package dev.umws.gpu;

import dev.umws.abi.UMWS_GPU_CONFIG;
import dev.umws.abi.UMWS_GPU_ENGINE_STATS;
import dev.umws.abi.UMWS_GPU_IRQ_RECORD;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static dev.umws.gpu.GpuDowncalls.check;
import static dev.umws.gpu.GpuDowncalls.rethrow;

/**
 * The emulated GPU seen from Java: its doorbell BAR as a {@link MemorySegment}, doorbell VAs,
 * GPU VA spaces, queues, engines and the interrupt line. One shared {@link Arena} holds what
 * native threads touch (the ISR stub); {@link #close} stops every GPU thread, then frees it.
 */
public final class Gpu implements AutoCloseable {
    private final GpuConfig config;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment bar;
    private final long[] doorbellOffsets;
    private volatile MemorySegment handle;
    private volatile IsrUpcall isr;

    private Gpu(GpuConfig config, MemorySegment handle) {
        this.config = config;
        this.handle = handle;
        try {
            long size = (long) GpuDowncalls.BAR_SIZE.invokeExact(handle);
            MemorySegment base = (MemorySegment) GpuDowncalls.BAR_BASE.invokeExact(handle);
            this.bar = base.reinterpret(size, arena, null);
            this.doorbellOffsets = new long[config.doorbellCount()];
            for (int i = 0; i < doorbellOffsets.length; i++) {
                doorbellOffsets[i] = (long) GpuDowncalls.DOORBELL_OFFSET.invokeExact(handle, i, 0);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The physical doorbell whose primary slot is at CPU address {@code address} in the BAR, or -1. */
    public int doorbellIndexAt(long address) {
        long offset = address - bar().address();
        for (int i = 0; i < doorbellOffsets.length; i++) {
            if (doorbellOffsets[i] == offset) {
                return i;
            }
        }
        return -1;
    }

    /** Queues of {@code engine} bound to physical doorbells now. */
    public int engineBound(int engine) {
        try {
            return (int) GpuDowncalls.ENGINE_BOUND.invokeExact(handle(), engine);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Queues bound to physical doorbells now. */
    public int doorbellsBound() {
        try {
            return (int) GpuDowncalls.DOORBELLS_BOUND.invokeExact(handle());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Creates a GPU: its threads start at once. */
    public static Gpu create(GpuConfig config) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment c = UMWS_GPU_CONFIG.allocate(scratch);
            config.writeTo(c);
            MemorySegment out = scratch.allocate(ADDRESS);
            check("umws_gpu_create", (int) GpuDowncalls.CREATE.invokeExact(c, out));
            return new Gpu(config, out.get(ADDRESS, 0));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public GpuConfig config() {
        return config;
    }

    /** The native handle; throws once closed. */
    MemorySegment handle() {
        MemorySegment h = handle;
        if (h == null) {
            throw new IllegalStateException("the GPU is closed");
        }
        return h;
    }

    Arena arena() {
        return arena;
    }

    /** True once {@link #close} ran: everything the GPU owned is gone. */
    public boolean isClosed() {
        return handle == null;
    }

    /** The whole BAR (valid until {@link #close}). */
    public MemorySegment bar() {
        handle();
        return bar;
    }

    /** Byte offset of a physical doorbell in the BAR. */
    public long doorbellOffset(int index, boolean secondary) {
        try {
            long off = (long) GpuDowncalls.DOORBELL_OFFSET.invokeExact(handle(), index, secondary ? 1 : 0);
            if (off == -1L) {
                throw new IllegalArgumentException("no doorbell " + index + (secondary ? " (secondary)" : ""));
            }
            return off;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A stable doorbell VA of one page, mapped to the dummy page until connected. */
    public DoorbellVa reserveDoorbellVa() {
        return reserveDoorbellVa(1);
    }

    /**
     * A stable doorbell VA of {@code pages} pages (1..4; Windows gives a doorbell
     * {@link GpuConfig#doorbellVaPages()}), mapped to dummy pages until connected.
     */
    public DoorbellVa reserveDoorbellVa(int pages) {
        return DoorbellVa.reserve(this, pages);
    }

    public VaSpace createVaSpace() {
        return VaSpace.create(this);
    }

    public HwQueue createQueue(VaSpace space, QueueDesc desc) {
        return HwQueue.create(this, space, desc);
    }

    /** Wakes a NOTIFY (or sleeping BACKOFF) firmware: what DxgkDdiNotifyWorkSubmission does. */
    public void notifyEngine(int engine) {
        call("umws_gpu_engine_notify", () -> (int) GpuDowncalls.ENGINE_NOTIFY.invokeExact(handle(), engine));
    }

    public void suspendEngine(int engine, boolean suspended) {
        call("umws_gpu_engine_suspend",
                () -> (int) GpuDowncalls.ENGINE_SUSPEND.invokeExact(handle(), engine, suspended ? 1 : 0));
    }

    /** Stops the packet in flight; every queue on the engine moves to RESET. */
    public void resetEngine(int engine) {
        call("umws_gpu_engine_reset", () -> (int) GpuDowncalls.ENGINE_RESET.invokeExact(handle(), engine));
    }

    /** Counters of one engine. */
    public EngineStats engineStats(int engine) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment s = UMWS_GPU_ENGINE_STATS.allocate(scratch);
            call("umws_gpu_engine_stats", () -> (int) GpuDowncalls.ENGINE_STATS.invokeExact(handle(), engine, s));
            return new EngineStats(UMWS_GPU_ENGINE_STATS.Scans(s), UMWS_GPU_ENGINE_STATS.RingsSeen(s),
                    UMWS_GPU_ENGINE_STATS.Packets(s), UMWS_GPU_ENGINE_STATS.Faults(s), UMWS_GPU_ENGINE_STATS.Timeouts(s),
                    UMWS_GPU_ENGINE_STATS.Wakeups(s));
        }
    }

    /**
     * Registers the ISR, called on the interrupt thread with {@code messageNumber}; null removes it.
     * Returns once no call of the previous ISR is running.
     */
    public void setIsr(Isr routine, int messageNumber) {
        IsrUpcall upcall = routine == null ? null : new IsrUpcall(routine, arena);
        MemorySegment stub = upcall == null ? MemorySegment.NULL : upcall.stub;
        call("umws_gpu_set_isr",
                () -> (int) GpuDowncalls.SET_ISR.invokeExact(handle(), stub, MemorySegment.NULL, messageNumber));
        isr = upcall;
    }

    /**
     * Registers a native ISR: {@code function} is a C {@code umws_gpu_isr_fn}
     * ({@code uint8_t isr(void *context, uint32_t message_number)}), called on the interrupt thread
     * with {@code context} (the JNI ISR of the benchmarks, or the C baseline). It replaces a Java
     * ISR; null or {@link MemorySegment#NULL} removes it. Returns once no call of the previous ISR
     * is running. The caller keeps both valid until it is removed or the GPU is closed.
     */
    public void setNativeIsr(MemorySegment function, MemorySegment context, int messageNumber) {
        MemorySegment f = function == null ? MemorySegment.NULL : function;
        MemorySegment c = context == null ? MemorySegment.NULL : context;
        call("umws_gpu_set_isr", () -> (int) GpuDowncalls.SET_ISR.invokeExact(handle(), f, c, messageNumber));
        isr = null;
    }

    /**
     * Makes the interrupt thread poll for {@code spinNs} (0..1 s) after each wake or delivery
     * before it sleeps; 0 sleeps at once (the default). See {@code umws_gpu_set_interrupt_spin}.
     */
    public void setInterruptSpin(long spinNs) {
        call("umws_gpu_set_interrupt_spin", () -> (int) GpuDowncalls.SET_INTERRUPT_SPIN.invokeExact(handle(), spinNs));
    }

    /** The native {@code umws_gpu *}, for native code handed to the GPU (a C ISR's context). */
    public long nativeAddress() {
        return handle().address();
    }

    /** Exceptions the ISR threw (caught at the upcall boundary; the interrupt counted as unclaimed). */
    public long isrFailures() {
        IsrUpcall u = isr;
        return u == null ? 0 : u.failures();
    }

    public Throwable lastIsrFailure() {
        IsrUpcall u = isr;
        return u == null ? null : u.lastFailure();
    }

    /**
     * A cause record for {@link #popIrq}, in memory this GPU owns and frees at {@link #close} (after
     * the last ISR call), seen through a segment of global scope. Why global: a downcall acquires
     * and releases the session of every segment it is passed, and a shared arena's session does it
     * with a compare-and-set each way, two locked instructions per pop, paid on the interrupt
     * thread; the global session's are no-ops. The price is that nothing checks liveness: the
     * segment must not be used once the GPU is closed. One record per consumer (an ISR, a poller):
     * two threads popping into one record would overwrite each other's.
     */
    public MemorySegment allocateIrqRecord() {
        handle();
        MemorySegment owned = arena.allocate(UMWS_GPU_IRQ_RECORD.layout());
        return MemorySegment.ofAddress(owned.address()).reinterpret(owned.byteSize());
    }

    /**
     * Pops the oldest interrupt cause record into {@code record} (a {@code UMWS_GPU_IRQ_RECORD});
     * false when none is left. Allocation-free: meant for the ISR, with a record from
     * {@link #allocateIrqRecord} (a record from a shared arena costs two compare-and-sets per call).
     */
    public boolean popIrq(MemorySegment record) {
        if (record.byteSize() < UMWS_GPU_IRQ_RECORD.sizeof()) {
            throw new IllegalArgumentException("record segment too small: " + record.byteSize());
        }
        try {
            return check("umws_gpu_irq_pop", (int) GpuDowncalls.IRQ_POP.invokeExact(handle(), record)) == 1;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Whether cause records wait to be popped, without taking the interrupt controller's lock: the
     * check a thread polling the interrupt ring makes before {@link #popIrq}.
     */
    public boolean irqPending() {
        try {
            return check("umws_gpu_irq_pending", (int) GpuDowncalls.IRQ_PENDING.invokeExact(handle())) == 1;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Pins the firmware threads to {@code firmwareCpu} and the interrupt thread to
     * {@code interruptCpu} (-1: leave it unpinned). False where the OS cannot pin or refuses a CPU
     * (the threads then run unpinned; a benchmark records that).
     */
    public boolean pinThreads(int firmwareCpu, int interruptCpu) {
        try {
            return (int) GpuDowncalls.PIN_THREADS.invokeExact(handle(), firmwareCpu, interruptCpu) == 0;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Records lost because the ISR fell a whole interrupt ring behind. */
    public long irqOverflows() {
        try {
            return (long) GpuDowncalls.IRQ_OVERFLOWS.invokeExact(handle());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Calls of the registered ISR so far, Java or native (one call may take many records). */
    public long isrCalls() {
        try {
            return (long) GpuDowncalls.ISR_CALLS.invokeExact(handle());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Removes the ISR (waiting for a running call), stops every GPU thread and frees everything. */
    @Override
    public void close() {
        MemorySegment h;
        synchronized (this) {
            h = handle;
            if (h == null) {
                return;
            }
            handle = null;
        }
        try {
            // No ISR call may run once the arena holding its stub is closed: remove the ISR
            // (waits for a running call), stop every GPU thread, and only then free the stub.
            int rc = (int) GpuDowncalls.SET_ISR.invokeExact(h, MemorySegment.NULL, MemorySegment.NULL, 0);
            check("umws_gpu_set_isr", rc);
            GpuDowncalls.DESTROY.invokeExact(h);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        arena.close();
    }

    /** A downcall returning a UMWS_GPU_E* code. */
    @FunctionalInterface
    interface Call {
        int invoke() throws Throwable;
    }

    static int call(String function, Call c) {
        try {
            return check(function, c.invoke());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }
}
