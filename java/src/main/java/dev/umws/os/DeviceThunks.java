package dev.umws.os;

import dev.umws.abi.D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS;
import dev.umws.abi.D3DKMT_CREATECONTEXTVIRTUAL;
import dev.umws.abi.D3DKMT_CREATEDEVICE;
import dev.umws.abi.D3DKMT_DESTROYCONTEXT;
import dev.umws.abi.D3DKMT_DESTROYDEVICE;
import dev.umws.abi.D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU;
import dev.umws.abi.UMWS_CREATEALLOCATION;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static dev.umws.abi.ntstatus_h.STATUS_DEVICE_REMOVED;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * The thunks a UMD needs around its queues: an adapter handle, devices, virtual contexts, and the
 * CPU wait on progress fences; each captures its argument like the doorbell thunks. What they do
 * not emulate is said where it matters (the legacy render path's outputs of CreateDevice, async
 * events).
 */
final class DeviceThunks {
    /** The most fences one wait names (Windows' D3DDDI_MAX_OBJECT_WAITED_ON). */
    static final int MAX_WAITED_ON = 32;
    /** How often a blocked wait looks at whether its device was lost or its process ended (ns). */
    private static final long WAIT_SLICE_NANOS = 50_000_000L;

    private DeviceThunks() {
    }

    /** The testbed's umws_open_adapter: a handle of the one adapter, written as a D3DKMT_HANDLE at {@code raw}. */
    static int openAdapter(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment out = Boundary.capture(p, raw, Integer.BYTES, scratch, true, status);
            if (out == null) {
                return status[0];
            }
            int h = p.allocateHandle(HandleType.ADAPTER, p.os);
            if (h == 0) {
                return dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
            }
            out.set(ValueLayout.JAVA_INT, 0, h);
            return Boundary.writeBack(raw, out);
        }
    }

    /** The testbed's umws_close_adapter: the handle {@code hAdapter} goes; the devices made through it stay. */
    static int closeAdapter(Process p, int hAdapter) {
        if (p.lookup(hAdapter, HandleType.ADAPTER, Dxgkrnl.class) == null) {
            return STATUS_INVALID_PARAMETER;
        }
        p.freeHandle(hAdapter);
        return STATUS_SUCCESS;
    }

    /** The handle a testbed call passes by address (a D3DKMT_HANDLE in the shim's frame), or 0 when unreadable. */
    static int handleAt(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment h = Boundary.capture(p, raw, Integer.BYTES, scratch, false, status);
            return h == null ? 0 : h.get(ValueLayout.JAVA_INT, 0);
        }
    }

    /** The testbed's umws_create_allocation (UMWS_CREATEALLOCATION): memory the UMD writes, the GPU reads once resident. */
    static int createAllocation(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, UMWS_CREATEALLOCATION.sizeof(), scratch, true, status);
            if (args == null) {
                return status[0];
            }
            int[] h = new int[1];
            int s = p.createAllocation(UMWS_CREATEALLOCATION.hDevice(args), UMWS_CREATEALLOCATION.SizeInBytes(args), h);
            if (s != STATUS_SUCCESS) {
                return s;
            }
            UMWS_CREATEALLOCATION.hAllocation(args, h[0]);
            UMWS_CREATEALLOCATION.CpuVirtualAddress(args, MemorySegment.ofAddress(p.allocationMemory(h[0]).address()));
            UMWS_CREATEALLOCATION.GpuVirtualAddress(args, p.allocationGpuVa(h[0]));
            return Boundary.writeBack(raw, args);
        }
    }

    static int createDevice(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_CREATEDEVICE.sizeof(), scratch, true, status);
            if (args == null) {
                return status[0];
            }
            if (p.lookup(D3DKMT_CREATEDEVICE.hAdapter(args), HandleType.ADAPTER, Dxgkrnl.class) == null) {
                return STATUS_INVALID_PARAMETER;
            }
            int[] h = new int[1];
            int s = p.createDevice(h);
            if (s != STATUS_SUCCESS) {
                return s;
            }
            D3DKMT_CREATEDEVICE.hDevice(args, h[0]);
            // No legacy (D3D10-era) render path: no command buffer or lists to hand out.
            D3DKMT_CREATEDEVICE.pCommandBuffer(args, MemorySegment.NULL);
            D3DKMT_CREATEDEVICE.CommandBufferSize(args, 0);
            D3DKMT_CREATEDEVICE.pAllocationList(args, MemorySegment.NULL);
            D3DKMT_CREATEDEVICE.AllocationListSize(args, 0);
            D3DKMT_CREATEDEVICE.pPatchLocationList(args, MemorySegment.NULL);
            D3DKMT_CREATEDEVICE.PatchLocationListSize(args, 0);
            return Boundary.writeBack(raw, args);
        }
    }

    static int destroyDevice(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_DESTROYDEVICE.sizeof(), scratch, false, status);
            return args == null ? status[0] : p.destroyDevice(D3DKMT_DESTROYDEVICE.hDevice(args));
        }
    }

    static int createContextVirtual(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_CREATECONTEXTVIRTUAL.sizeof(), scratch, true, status);
            if (args == null) {
                return status[0];
            }
            long pddSize = Integer.toUnsignedLong(D3DKMT_CREATECONTEXTVIRTUAL.PrivateDriverDataSize(args));
            MemorySegment pdd = D3DKMT_CREATECONTEXTVIRTUAL.pPrivateDriverData(args);
            if (!Boundary.agree(pdd, pddSize)) {
                return STATUS_INVALID_PARAMETER;
            }
            if (pddSize > QueueThunks.MAX_PRIVATE_DATA) {
                return dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
            }
            MemorySegment pddCopy = Boundary.copyIn(p, pdd, pddSize, scratch, false, status);
            if (pddCopy == null) {
                return status[0];
            }
            // One engine per node here: the affinity names it (bit 0) or leaves the choice to the OS (0).
            int affinity = D3DKMT_CREATECONTEXTVIRTUAL.EngineAffinity(args);
            if (affinity != 0 && affinity != 1) {
                return STATUS_INVALID_PARAMETER;
            }
            int[] h = new int[1];
            int s = p.createContext(D3DKMT_CREATECONTEXTVIRTUAL.hDevice(args),
                    D3DKMT_CREATECONTEXTVIRTUAL.NodeOrdinal(args), pddCopy, h);
            if (s != STATUS_SUCCESS) {
                return s;
            }
            D3DKMT_CREATECONTEXTVIRTUAL.hContext(args, h[0]);
            return Boundary.writeBack(raw, args);
        }
    }

    static int destroyContext(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_DESTROYCONTEXT.sizeof(), scratch, false, status);
            return args == null ? status[0] : p.destroyContext(D3DKMT_DESTROYCONTEXT.hContext(args));
        }
    }

    /**
     * D3DKMTWaitForSynchronizationObjectFromCpu on progress fences: blocks until every fence (or,
     * with WaitAny, one) reaches its value. An async event is not emulated: STATUS_NOT_SUPPORTED.
     * A device lost meanwhile ends the wait with STATUS_DEVICE_REMOVED.
     */
    static int waitFromCpu(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            long size = D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.sizeof();
            MemorySegment args = Boundary.capture(p, raw, size, scratch, false, status);
            if (args == null) {
                return status[0];
            }
            int count = D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.ObjectCount(args);
            if (count <= 0 || count > MAX_WAITED_ON) {
                return STATUS_INVALID_PARAMETER;
            }
            MemorySegment handles = Boundary.copyIn(p, D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.ObjectHandleArray(args),
                    4L * count, scratch, false, status);
            MemorySegment values = handles == null ? null : Boundary.copyIn(p,
                    D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.FenceValueArray(args), 8L * count, scratch, false, status);
            if (values == null) {
                return status[0];
            }
            if (D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.hAsyncEvent(args).address() != 0) {
                return STATUS_NOT_SUPPORTED;
            }
            OsObjects.Device device = p.lookup(D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.hDevice(args),
                    HandleType.DEVICE, OsObjects.Device.class);
            if (device == null) {
                return STATUS_INVALID_PARAMETER;
            }
            OsObjects.ProgressFence[] fences = new OsObjects.ProgressFence[count];
            for (int i = 0; i < count; i++) {
                fences[i] = p.lookup(handles.getAtIndex(ValueLayout.JAVA_INT, i), HandleType.SYNC_OBJECT,
                        OsObjects.ProgressFence.class);
                if (fences[i] == null) {
                    return STATUS_INVALID_PARAMETER;
                }
            }
            boolean any = (D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS.Value(
                    D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU.Flags(args))
                    & D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS.WaitAny.intMask()) != 0;
            return await(p, device, fences, values, any);
        }
    }

    private static int await(Process p, OsObjects.Device device, OsObjects.ProgressFence[] fences, MemorySegment values,
            boolean any) {
        try {
            return awaitLoop(p, device, fences, values, any);
        } catch (IllegalStateException e) {
            return STATUS_INVALID_PARAMETER; // a fence went with its queue while this thread waited
        }
    }

    private static int awaitLoop(Process p, OsObjects.Device device, OsObjects.ProgressFence[] fences,
            MemorySegment values, boolean any) {
        for (;;) {
            int reached = 0;
            for (int i = 0; i < fences.length; i++) {
                if (fences[i].reached(values.getAtIndex(ValueLayout.JAVA_LONG, i))) {
                    reached++;
                }
            }
            if (any ? reached > 0 : reached == fences.length) {
                return STATUS_SUCCESS;
            }
            if (device.lost) {
                return STATUS_DEVICE_REMOVED;
            }
            if (p.isClosed() || device.state == ObjectState.DESTROYED) {
                return STATUS_INVALID_PARAMETER; // the fences went with their queues
            }
            try {
                int first = firstUnreached(fences, values);
                p.os.awaitFence(fences[first].value, values.getAtIndex(ValueLayout.JAVA_LONG, first), WAIT_SLICE_NANOS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return dev.umws.abi.ntstatus_h.STATUS_TIMEOUT;
            }
        }
    }

    private static int firstUnreached(OsObjects.ProgressFence[] fences, MemorySegment values) {
        for (int i = 0; i < fences.length; i++) {
            if (!fences[i].reached(values.getAtIndex(ValueLayout.JAVA_LONG, i))) {
                return i;
            }
        }
        return 0;
    }
}
