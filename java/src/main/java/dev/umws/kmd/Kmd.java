package dev.umws.kmd;

import java.lang.foreign.MemorySegment;
import java.util.List;

import static dev.umws.abi.ntstatus_h.STATUS_NOT_IMPLEMENTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * A kernel-mode driver as the emulated OS sees it: the DDIs it calls, with the names of the
 * documentation so that a stack trace reads like it. The doorbell and hardware-queue DDIs take
 * the real DXGKARG_* structures in native memory and return NTSTATUS. Contexts and allocations,
 * whose WDDM structures the mirror does not carry, take small records.
 *
 * <p>Pluggable: {@link ReferenceKmd} drives the emulated GPU; a user can supply their own, and the
 * verifier wraps whichever is plugged in.
 */
public interface Kmd {

    /** A GPU-visible allocation as the OS made it: mapped at gpuVa in the process's GPU VA space. */
    record AllocationInfo(long osHandle, long gpuVa, long sizeInBytes, boolean resident) {
    }

    /**
     * A hardware context: the process's GPU VA space, the engine (node) it runs on, its device (the
     * KMD's handle), and the UMD's private data (the OS's copy, valid during the DDI; NULL when none).
     */
    record ContextInfo(long osHandle, dev.umws.gpu.VaSpace space, int engine, long hDevice, MemorySegment privateData) {
    }

    /** A process that opened the adapter: its GPU VA space (a native KMD reaches it through the testbed's services). */
    record ProcessInfo(long osHandle, dev.umws.gpu.VaSpace space) {
    }

    /** A device: the KMD's handle of the process it belongs to. */
    record DeviceInfo(long osHandle, long hKmdProcess) {
    }

    /**
     * DxgkDdiCreateProcess, when a process opens the adapter; the KMD's handle goes to
     * {@code hKmdProcess[0]}. A driver that keeps no per-process state needs none of the four
     * process and device DDIs: the defaults answer success with handle 0.
     */
    default int DxgkDdiCreateProcess(ProcessInfo info, long[] hKmdProcess) {
        hKmdProcess[0] = 0;
        return STATUS_SUCCESS;
    }

    /** DxgkDdiDestroyProcess, after the process's last device is gone. */
    default void DxgkDdiDestroyProcess(long hKmdProcess) {
    }

    /** DxgkDdiCreateDevice; the KMD's handle goes to {@code hDevice[0]}. */
    default int DxgkDdiCreateDevice(DeviceInfo info, long[] hDevice) {
        hDevice[0] = 0;
        return STATUS_SUCCESS;
    }

    /** DxgkDdiDestroyDevice, after the device's contexts and allocations are gone. */
    default void DxgkDdiDestroyDevice(long hDevice) {
    }

    int DxgkDdiStartDevice(DxgkrnlInterface dxgkrnl);

    void DxgkDdiStopDevice();

    /** DXGKQAITYPE_USERMODESUBMISSION_CAPS fills a DXGK_USERMODESUBMISSION_CAPS. */
    int DxgkDdiQueryAdapterInfo(int type, MemorySegment output);

    /** Fills a DXGK_NODEMETADATA_FLAGS for node {@code node}. */
    int DxgkDdiGetNodeMetadata(int node, MemorySegment flags);

    /** Returns the KMD's handle in {@code hAllocation[0]}. */
    int DxgkDdiCreateAllocation(AllocationInfo info, long[] hAllocation);

    void DxgkDdiDestroyAllocation(long hAllocation);

    int DxgkDdiCreateContext(ContextInfo info, long[] hContext);

    void DxgkDdiDestroyContext(long hContext);

    /** pCreateHwQueue: DXGKARG_CREATEHWQUEUE; hHwQueue in = runtime handle, out = driver handle. */
    int DxgkDdiCreateHwQueue(long hHwContext, MemorySegment pCreateHwQueue);

    int DxgkDdiDestroyHwQueue(long hHwQueue);

    /*
     * The six DDIs a user-mode-submission adapter must provide (the 22631 kernel refuses to start
     * an adapter that reports a UMS node without all six). Their defaults stand for a NULL entry in
     * DRIVER_INITIALIZATION_DATA: the OS's DDI wrapper answers STATUS_NOT_IMPLEMENTED for them,
     * and provides(name) is false until a class implements the method.
     */

    /** DXGKARG_CREATEDOORBELL: builds data structures only; no physical doorbell yet. */
    default int DxgkDdiCreateDoorbell(MemorySegment pArgs) {
        return STATUS_NOT_IMPLEMENTED;
    }

    /** DXGKARG_CONNECTDOORBELL: assigns a physical doorbell (may victimize one). */
    default int DxgkDdiConnectDoorbell(MemorySegment pArgs) {
        return STATUS_NOT_IMPLEMENTED;
    }

    /** DXGKARG_DISCONNECTDOORBELL: must succeed. */
    default int DxgkDdiDisconnectDoorbell(MemorySegment pArgs) {
        return STATUS_NOT_IMPLEMENTED;
    }

    /** DXGKARG_DESTROYDOORBELL: must succeed. */
    default int DxgkDdiDestroyDoorbell(MemorySegment pArgs) {
        return STATUS_NOT_IMPLEMENTED;
    }

    /** DXGKARG_NOTIFYWORKSUBMISSION: must succeed. */
    default int DxgkDdiNotifyWorkSubmission(MemorySegment pArgs) {
        return STATUS_NOT_IMPLEMENTED;
    }

    /**
     * DXGKARG_FLUSHHWQUEUE: the queue's work leaves the hardware. The emulated OS calls it when it
     * tears a queue down, after the doorbell is gone and before DxgkDdiDestroyHwQueue, with Event
     * NULL (the KMD completes before it returns).
     */
    default int DxgkDdiFlushHwQueue(MemorySegment pArgs) {
        return STATUS_NOT_IMPLEMENTED;
    }

    /** The user-mode-submission DDIs an adapter with a UMS node must provide. */
    List<String> UMS_DDIS = List.of("DxgkDdiCreateDoorbell", "DxgkDdiConnectDoorbell", "DxgkDdiDisconnectDoorbell",
            "DxgkDdiDestroyDoorbell", "DxgkDdiNotifyWorkSubmission", "DxgkDdiFlushHwQueue");

    /**
     * Whether this driver provides DDI {@code ddi} (its DRIVER_INITIALIZATION_DATA entry is not
     * NULL): true when some class implements the method, false when only the interface's default
     * stands for it. A wrapper around another KMD answers for the wrapped one.
     */
    default boolean provides(String ddi) {
        for (java.lang.reflect.Method m : getClass().getMethods()) {
            if (m.getName().equals(ddi)) {
                return m.getDeclaringClass() != Kmd.class;
            }
        }
        return false;
    }

    int DxgkDdiSuspendContext(long hContext);

    int DxgkDdiResumeContext(long hContext);

    /** Engine reset for TDR: the engine's queues stop for good. */
    int DxgkDdiResetEngine(int node);

    /**
     * Connects a native driver's DxgkDdiInterruptRoutine to the GPU's interrupt thread, which then
     * calls it directly; {@code afterIsr} runs after each ISR that made callbacks (with their count).
     * False (the default) when the OS is to call {@link #DxgkDdiInterruptRoutine} itself.
     */
    default boolean connectNativeInterrupt(int messageNumber, java.util.function.IntConsumer afterIsr) {
        return false;
    }

    /** DxgkDdiInterruptRoutine, on the interrupt thread (DIRQL). */
    boolean DxgkDdiInterruptRoutine(int messageNumber);

    /** DxgkDdiDpcRoutine, on the DPC thread (DISPATCH_LEVEL). */
    void DxgkDdiDpcRoutine();
}
