package dev.umws.os;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_UNSUCCESSFUL;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The OS's side of the D3DKMT entry points the shim exports ({@code include/umws/umws_os.h}): a
 * native UMD calls {@code D3DKMTCreateHwQueue} and its siblings with their Windows signatures, on
 * a thread bound to an emulated process, and the call arrives here through one upcall stub, which
 * hands it to that process's thunk exactly as a Java UMD's call (the argument is captured through
 * a guarded copy). Every process has an id for this from its creation to its end.
 */
public final class EntryPoints {
    // umws_os.h's UMWS_THUNK_* values
    static final int CREATEHWQUEUE = 1;
    static final int DESTROYHWQUEUE = 2;
    static final int SUBMITCOMMANDTOHWQUEUE = 3;
    static final int CREATEDOORBELL = 4;
    static final int CONNECTDOORBELL = 5;
    static final int DESTROYDOORBELL = 6;
    static final int NOTIFYWORKSUBMISSION = 7;
    static final int CREATEHWQUEUEFORUSERMODESUBMISSION = 8;
    static final int CREATEDEVICE = 9;
    static final int DESTROYDEVICE = 10;
    static final int CREATECONTEXTVIRTUAL = 11;
    static final int DESTROYCONTEXT = 12;
    static final int WAITFORSYNCHRONIZATIONOBJECTFROMCPU = 13;
    static final int OPENADAPTER = 14;
    static final int CLOSEADAPTER = 15;
    static final int CREATEALLOCATION = 16;
    static final int MAKERESIDENT = 17;
    static final int DESTROYALLOCATION = 18;

    private static final Map<Long, Process> PROCESSES = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_ID = new AtomicLong();
    private static final MethodHandle BIND = Linker.nativeLinker().downcallHandle(
            NativeLibrary.lookup().find("umws_thread_bind_process").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Linker.Option.critical(false));

    static {
        try {
            MethodHandle target = MethodHandles.lookup().findStatic(EntryPoints.class, "dispatch",
                    MethodType.methodType(int.class, int.class, long.class, MemorySegment.class));
            MemorySegment stub = Linker.nativeLinker().upcallStub(target,
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Arena.global());
            MethodHandle set = Linker.nativeLinker().downcallHandle(
                    NativeLibrary.lookup().find("umws_os_set_dispatch").orElseThrow(), FunctionDescriptor.ofVoid(ADDRESS));
            set.invokeExact(stub); // for the life of the JVM: processes come and go, the stub stays
        } catch (Throwable t) {
            throw new ExceptionInInitializerError(t);
        }
    }

    private EntryPoints() {
    }

    /** A new id for {@code p}, by which native threads are bound to it. */
    static long register(Process p) {
        long id = NEXT_ID.incrementAndGet();
        PROCESSES.put(id, p);
        return id;
    }

    static void unregister(long id) {
        PROCESSES.remove(id);
    }

    /**
     * Binds the calling platform thread to {@code p} until the binding is closed: native code it
     * runs meanwhile calls the entry points as that process.
     *
     * @throws IllegalStateException on a virtual thread, which may change carrier threads between
     *         the binding and the native call it is for
     */
    static Binding bind(Process p) {
        if (Thread.currentThread().isVirtual()) {
            throw new IllegalStateException("a virtual thread cannot be bound to an emulated process: use a platform thread");
        }
        return new Binding(bindNative(p.nativeId));
    }

    /** A thread's binding to a process; closing it restores the one before. */
    public static final class Binding implements AutoCloseable {
        private final long previous;

        private Binding(long previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            bindNative(previous);
        }
    }

    private static long bindNative(long id) {
        try {
            return (long) BIND.invokeExact(id);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The upcall: never throws (an exception escaping an upcall ends the JVM). A process that has
     * ended answers STATUS_INVALID_PARAMETER, as a thunk of an ended process does.
     */
    private static int dispatch(int thunk, long process, MemorySegment args) {
        try {
            Process p = PROCESSES.get(process);
            if (p == null) {
                return STATUS_INVALID_PARAMETER;
            }
            return switch (thunk) {
                case CREATEHWQUEUE -> p.D3DKMTCreateHwQueue(args);
                case DESTROYHWQUEUE -> p.D3DKMTDestroyHwQueue(args);
                case SUBMITCOMMANDTOHWQUEUE -> p.D3DKMTSubmitCommandToHwQueue(args);
                case CREATEDOORBELL -> p.D3DKMTCreateDoorbell(args);
                case CONNECTDOORBELL -> p.D3DKMTConnectDoorbell(args);
                case DESTROYDOORBELL -> p.D3DKMTDestroyDoorbell(args);
                case NOTIFYWORKSUBMISSION -> p.D3DKMTNotifyWorkSubmission(args);
                case CREATEHWQUEUEFORUSERMODESUBMISSION -> p.D3DKMTCreateHwQueueForUserModeSubmission(args);
                case CREATEDEVICE -> p.D3DKMTCreateDevice(args);
                case DESTROYDEVICE -> p.D3DKMTDestroyDevice(args);
                case CREATECONTEXTVIRTUAL -> p.D3DKMTCreateContextVirtual(args);
                case DESTROYCONTEXT -> p.D3DKMTDestroyContext(args);
                case WAITFORSYNCHRONIZATIONOBJECTFROMCPU -> p.D3DKMTWaitForSynchronizationObjectFromCpu(args);
                case OPENADAPTER -> p.openAdapter(args);
                case CLOSEADAPTER -> p.closeAdapter(DeviceThunks.handleAt(p, args));
                case CREATEALLOCATION -> p.createAllocation(args);
                case MAKERESIDENT -> p.makeResident(DeviceThunks.handleAt(p, args));
                case DESTROYALLOCATION -> p.destroyAllocation(DeviceThunks.handleAt(p, args));
                default -> STATUS_INVALID_PARAMETER;
            };
        } catch (Throwable t) {
            // a testbed bug, not the caller's: say so loudly, answer an error, keep the JVM
            System.err.println("umws: entry point " + thunk + " failed inside the emulated OS");
            t.printStackTrace();
            return STATUS_UNSUCCESSFUL;
        }
    }
}
