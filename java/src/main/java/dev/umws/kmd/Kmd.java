package dev.umws.kmd;

import java.lang.foreign.MemorySegment;

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

    /** A hardware context: the process's GPU VA space and the engine (node) it runs on. */
    record ContextInfo(long osHandle, dev.umws.gpu.VaSpace space, int engine) {
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

    /** DXGKARG_CREATEDOORBELL: builds data structures only; no physical doorbell yet. */
    int DxgkDdiCreateDoorbell(MemorySegment pArgs);

    /** DXGKARG_CONNECTDOORBELL: assigns a physical doorbell (may victimize one). */
    int DxgkDdiConnectDoorbell(MemorySegment pArgs);

    /** DXGKARG_DISCONNECTDOORBELL: must succeed. */
    int DxgkDdiDisconnectDoorbell(MemorySegment pArgs);

    /** DXGKARG_DESTROYDOORBELL: must succeed. */
    int DxgkDdiDestroyDoorbell(MemorySegment pArgs);

    /** DXGKARG_NOTIFYWORKSUBMISSION: must succeed. */
    int DxgkDdiNotifyWorkSubmission(MemorySegment pArgs);

    int DxgkDdiSuspendContext(long hContext);

    int DxgkDdiResumeContext(long hContext);

    /** Engine reset for TDR: the engine's queues stop for good. */
    int DxgkDdiResetEngine(int node);

    /** DxgkDdiInterruptRoutine, on the interrupt thread (DIRQL). */
    boolean DxgkDdiInterruptRoutine(int messageNumber);

    /** DxgkDdiDpcRoutine, on the DPC thread (DISPATCH_LEVEL). */
    void DxgkDdiDpcRoutine();
}
