package dev.umws.umd;

import dev.umws.abi.UMWS_CUMD_QUEUE;
import dev.umws.abi.UMWS_CUMD_THUNKS;
import dev.umws.abi.ntstatus_h;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.os.Process;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Drives a queue with the C UMD ({@code include/umws/umws_cumd.h}): the submission protocol at
 * native speed, reaching the process's thunks through function pointers, which are upcall stubs
 * of {@link Process#D3DKMTConnectDoorbell} and {@link Process#D3DKMTNotifyWorkSubmission}.
 * The C code runs on the calling thread (a plain downcall), so the upcalls come back on it too.
 */
public final class CUmd implements AutoCloseable {
    private static final MethodHandle SUBMIT = Linker.nativeLinker().downcallHandle(
            NativeLibrary.lookup().find("umws_cumd_submit").orElseThrow(
                    () -> new IllegalStateException("the umws library has no symbol umws_cumd_submit")),
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle THUNK;

    static {
        try {
            THUNK = MethodHandles.lookup().findStatic(CUmd.class, "thunk",
                    MethodType.methodType(int.class, Process.class, boolean.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Arena arena = Arena.ofShared();
    private final UmdQueue queue;
    private final MemorySegment q;
    private long reportedReconnects;
    private long reportedNotifies;
    private long reportedNotifyRaces;

    /** Takes over {@code queue}: from now on submit through this C UMD (or the queue, not both at once). */
    public CUmd(Process process, UmdQueue queue) {
        this.queue = queue;
        FunctionDescriptor thunk = FunctionDescriptor.of(JAVA_INT, ADDRESS);
        MemorySegment thunks = UMWS_CUMD_THUNKS.allocate(arena);
        UMWS_CUMD_THUNKS.D3DKMTConnectDoorbell(thunks, Linker.nativeLinker().upcallStub(
                MethodHandles.insertArguments(THUNK, 0, process, true), thunk, arena));
        UMWS_CUMD_THUNKS.D3DKMTNotifyWorkSubmission(thunks, Linker.nativeLinker().upcallStub(
                MethodHandles.insertArguments(THUNK, 0, process, false), thunk, arena));
        q = UMWS_CUMD_QUEUE.allocate(arena);
        queue.describeForC(q);
        UMWS_CUMD_QUEUE.Thunks(q, thunks);
    }

    /** An upcall must not throw (it would end the JVM): every failure becomes an NTSTATUS. */
    private static int thunk(Process process, boolean connect, MemorySegment args) {
        try {
            return connect ? process.D3DKMTConnectDoorbell(args) : process.D3DKMTNotifyWorkSubmission(args);
        } catch (Throwable t) {
            return ntstatus_h.STATUS_UNSUCCESSFUL;
        }
    }

    /** Submits {@code count} fences, {@code batch} per ring; returns the NTSTATUS of umws_cumd_submit. */
    public int submit(int count, int batch) {
        int status;
        try {
            status = (int) SUBMIT.invokeExact(q, count, batch);
        } catch (Throwable t) {
            throw new IllegalStateException("umws_cumd_submit failed", t);
        }
        adopt();
        return status;
    }

    /**
     * The UMWS_CUMD_QUEUE this C UMD submits through, for C code that calls umws_cumd_submit on it
     * itself (a benchmark's timed loop), on this queue's thread; {@link #adopt} after it returns.
     */
    public MemorySegment queue() {
        return q;
    }

    /** Hands what C code did through {@link #queue} to the Java queue: its last fence value and counters. */
    public void adopt() {
        long reconnects = UMWS_CUMD_QUEUE.Reconnects(q);
        long notifies = UMWS_CUMD_QUEUE.Notifies(q);
        long races = UMWS_CUMD_QUEUE.NotifyRaces(q);
        queue.adoptFromC(UMWS_CUMD_QUEUE.LastSubmitted(q), reconnects - reportedReconnects,
                notifies - reportedNotifies, races - reportedNotifyRaces);
        reportedReconnects = reconnects; // the C counters are totals; the queue adds what is new
        reportedNotifies = notifies;
        reportedNotifyRaces = races;
    }

    @Override
    public void close() {
        arena.close();
    }
}
