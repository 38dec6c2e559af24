package dev.umws.os;

import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.nativelib.NativeLibrary;
import org.junit.jupiter.api.Test;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static dev.umws.abi.ntstatus_h.STATUS_ACCESS_DENIED;
import static dev.umws.abi.ntstatus_h.STATUS_ACCESS_VIOLATION;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The shim's exported D3DKMT entry points, called as a native UMD calls them (a downcall to the
 * exported symbol): they reach the process bound to the calling thread, capture their argument
 * like the Java thunks, and answer without an OS process when the thread has none.
 */
class EntryPointsTest {
    private static MethodHandle entry(String name) {
        return Linker.nativeLinker().downcallHandle(NativeLibrary.lookup().find(name).orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    private static final MethodHandle CREATE = entry("D3DKMTCreateHwQueue");
    private static final MethodHandle DESTROY = entry("D3DKMTDestroyHwQueue");

    private static int call(MethodHandle entry, MemorySegment args) {
        try {
            return (int) entry.invokeExact(args);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    @Test
    void aBoundThreadCreatesAndDestroysAQueueThroughTheExportedEntryPoints() {
        try (Fixture f = new Fixture()) {
            MemorySegment q = f.queueArgs(f.context, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
            int live = f.a.handles.live();
            try (EntryPoints.Binding _ = f.a.bindCurrentThread()) {
                assertEquals(STATUS_SUCCESS, call(CREATE, q));
                int queue = D3DKMT_CREATEHWQUEUE.hHwQueue(q);
                assertNotEquals(0, queue);
                assertEquals(live + 2, f.a.handles.live(), "the queue and its progress fence");
                assertEquals(STATUS_SUCCESS, call(DESTROY, f.destroyQueueArgs(queue)));
                assertEquals(live, f.a.handles.live());
            }
        }
    }

    @Test
    void aThreadBoundToNoProcessIsRefusedAndTheBindingIsRestored() {
        try (Fixture f = new Fixture()) {
            MemorySegment q = f.queueArgs(f.context, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
            assertEquals(STATUS_ACCESS_DENIED, call(CREATE, q));
            try (EntryPoints.Binding _ = f.b.bindCurrentThread()) {
                try (EntryPoints.Binding _ = f.a.bindCurrentThread()) {
                    assertEquals(STATUS_SUCCESS, call(CREATE, q));
                }
                // bound to b again: a's context handle names nothing there
                assertEquals(STATUS_INVALID_PARAMETER, call(CREATE, q));
            }
            assertEquals(STATUS_ACCESS_DENIED, call(CREATE, q));
        }
    }

    @Test
    void aWildArgumentIsAnAccessViolationAndAnEndedProcessIsGone() {
        try (Fixture f = new Fixture()) {
            try (EntryPoints.Binding _ = f.a.bindCurrentThread()) {
                assertEquals(STATUS_ACCESS_VIOLATION, call(CREATE, MemorySegment.ofAddress(0x10)));
                assertEquals(STATUS_ACCESS_VIOLATION, call(CREATE, MemorySegment.NULL));
                MemorySegment q = f.queueArgs(f.context, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
                f.a.close();
                assertEquals(STATUS_INVALID_PARAMETER, call(CREATE, q));
            }
        }
    }

    @Test
    void aVirtualThreadCannotBeBound() throws Exception {
        try (Fixture f = new Fixture()) {
            Throwable[] thrown = new Throwable[1];
            Thread t = Thread.ofVirtual().start(() -> {
                try (EntryPoints.Binding _ = f.a.bindCurrentThread()) {
                    thrown[0] = null;
                } catch (Throwable e) {
                    thrown[0] = e;
                }
            });
            t.join();
            assertEquals(IllegalStateException.class, thrown[0] == null ? null : thrown[0].getClass());
        }
    }
}
