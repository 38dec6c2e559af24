package dev.umws.os;

import dev.umws.Pins;
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
    private static final MethodHandle OPEN_ADAPTER = entry("umws_open_adapter");
    private static final MethodHandle CREATE_DEVICE = entry("D3DKMTCreateDevice");
    private static final MethodHandle DESTROY_DEVICE = entry("D3DKMTDestroyDevice");
    private static final MethodHandle CREATE_CONTEXT = entry("D3DKMTCreateContextVirtual");
    private static final MethodHandle DESTROY_CONTEXT = entry("D3DKMTDestroyContext");
    private static final MethodHandle CREATE_ALLOCATION = entry("umws_create_allocation");
    private static final MethodHandle WAIT = entry("D3DKMTWaitForSynchronizationObjectFromCpu");
    private static final MethodHandle MAKE_RESIDENT = Linker.nativeLinker().downcallHandle(
            NativeLibrary.lookup().find("umws_make_resident").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private static int call(MethodHandle entry, MemorySegment args) {
        try {
            return (int) entry.invokeExact(args);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    @Test

    @Pins("NE-1")
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

    @Pins({"NE-1", "NE-2"})
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

    @Pins("NE-1")
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

    @Pins({"NE-3", "NE-4"})
    void aNativeUmdMakesItsDeviceContextAndAllocationsAndWaitsThroughTheEntryPoints() throws Throwable {
        try (Fixture f = new Fixture(); java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            try (EntryPoints.Binding _ = f.a.bindCurrentThread()) {
                MemorySegment hAdapter = arena.allocate(JAVA_INT);
                assertEquals(STATUS_SUCCESS, call(OPEN_ADAPTER, hAdapter));
                MemorySegment cd = dev.umws.abi.D3DKMT_CREATEDEVICE.allocate(arena);
                dev.umws.abi.D3DKMT_CREATEDEVICE.hAdapter(cd, hAdapter.get(JAVA_INT, 0));
                assertEquals(STATUS_SUCCESS, call(CREATE_DEVICE, cd));
                int device = dev.umws.abi.D3DKMT_CREATEDEVICE.hDevice(cd);
                assertNotEquals(0, device);

                MemorySegment cc = dev.umws.abi.D3DKMT_CREATECONTEXTVIRTUAL.allocate(arena);
                dev.umws.abi.D3DKMT_CREATECONTEXTVIRTUAL.hDevice(cc, device);
                dev.umws.abi.D3DKMT_CREATECONTEXTVIRTUAL.EngineAffinity(cc, 2); // no second engine in a node
                assertEquals(STATUS_INVALID_PARAMETER, call(CREATE_CONTEXT, cc));
                dev.umws.abi.D3DKMT_CREATECONTEXTVIRTUAL.EngineAffinity(cc, 1);
                assertEquals(STATUS_SUCCESS, call(CREATE_CONTEXT, cc));
                int context = dev.umws.abi.D3DKMT_CREATECONTEXTVIRTUAL.hContext(cc);

                MemorySegment ca = dev.umws.abi.UMWS_CREATEALLOCATION.allocate(arena);
                dev.umws.abi.UMWS_CREATEALLOCATION.hDevice(ca, device);
                dev.umws.abi.UMWS_CREATEALLOCATION.SizeInBytes(ca, 5000);
                assertEquals(STATUS_SUCCESS, call(CREATE_ALLOCATION, ca));
                int allocation = dev.umws.abi.UMWS_CREATEALLOCATION.hAllocation(ca);
                assertNotEquals(0L, dev.umws.abi.UMWS_CREATEALLOCATION.CpuVirtualAddress(ca).address());
                assertEquals(f.a.allocationGpuVa(allocation), dev.umws.abi.UMWS_CREATEALLOCATION.GpuVirtualAddress(ca));
                assertEquals(8192, f.a.allocationMemory(allocation).byteSize(), "whole pages");
                assertEquals(STATUS_SUCCESS, (int) MAKE_RESIDENT.invokeExact(allocation));

                // a queue's progress fence starts at 0: a wait for 0 returns at once
                MemorySegment q = f.queueArgs(context, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
                assertEquals(STATUS_SUCCESS, call(CREATE, q));
                MemorySegment fences = arena.allocate(JAVA_INT);
                fences.set(JAVA_INT, 0, D3DKMT_CREATEHWQUEUE.hHwQueueProgressFence(q));
                MemorySegment values = arena.allocate(java.lang.foreign.ValueLayout.JAVA_LONG);
                MemorySegment w = dev.umws.abi.D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.allocate(arena);
                dev.umws.abi.D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.hDevice(w, device);
                dev.umws.abi.D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.ObjectCount(w, 1);
                dev.umws.abi.D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.ObjectHandleArray(w, fences);
                dev.umws.abi.D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.FenceValueArray(w, values);
                assertEquals(STATUS_SUCCESS, call(WAIT, w));
                dev.umws.abi.D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.hAsyncEvent(w, MemorySegment.ofAddress(8));
                assertEquals(dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED, call(WAIT, w), "no events here");
                dev.umws.abi.D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.ObjectCount(w, 0);
                assertEquals(STATUS_INVALID_PARAMETER, call(WAIT, w));

                MemorySegment dc = dev.umws.abi.D3DKMT_DESTROYCONTEXT.allocate(arena);
                dev.umws.abi.D3DKMT_DESTROYCONTEXT.hContext(dc, context);
                assertEquals(STATUS_SUCCESS, call(DESTROY_CONTEXT, dc), "with its queue");
                assertEquals(STATUS_INVALID_PARAMETER, call(DESTROY_CONTEXT, dc));
                MemorySegment dd = dev.umws.abi.D3DKMT_DESTROYDEVICE.allocate(arena);
                dev.umws.abi.D3DKMT_DESTROYDEVICE.hDevice(dd, device);
                assertEquals(STATUS_SUCCESS, call(DESTROY_DEVICE, dd));
                dev.umws.abi.D3DKMT_CREATEDEVICE.hAdapter(cd, device); // not an adapter handle
                assertEquals(STATUS_INVALID_PARAMETER, call(CREATE_DEVICE, cd));
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
