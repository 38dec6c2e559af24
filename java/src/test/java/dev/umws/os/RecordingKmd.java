package dev.umws.os;

import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL_FLAGS;
import dev.umws.abi.DXGKARG_CREATEDOORBELL;
import dev.umws.abi.DXGKARG_CREATEDOORBELL_FLAGS;
import dev.umws.abi.DXGKARG_CREATEHWQUEUE;
import dev.umws.kmd.ReferenceKmd;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * The reference KMD with a log of the DDIs the OS calls and of what it hands them, and answers a
 * test may impose. What it records is copied during the call: private data pointers are valid only then.
 */
class RecordingKmd extends ReferenceKmd {
    final List<String> calls = new ArrayList<>();
    int createHwQueueFlags;
    /** The OS handle of the last queue created (what the callback names it by). */
    long createHwQueueKey;
    long createHwQueuePddAddress;
    byte[] createHwQueuePdd;
    long createHwQueueFenceVa;
    int createDoorbellFlags;
    /** The OS handle of the last doorbell created (G1, G2: DXGKARG_CREATEDOORBELL.hDoorbell in). */
    long createDoorbellKey;
    long createDoorbellPddAddress;
    byte[] createDoorbellPdd;
    int connectFlags;
    /** The OS's callbacks, as the KMD got them. */
    dev.umws.kmd.DxgkrnlInterface callbacks() {
        return os();
    }

    /** Bytes the KMD writes into the private data it is handed (in/out), or null. */
    byte[] writePdd;
    /** Answers imposed instead of the reference KMD's (null: its own). */
    IntSupplier createHwQueueAnswer;
    IntSupplier createDoorbellAnswer;
    IntSupplier connectAnswer;
    IntSupplier notifyAnswer;

    private synchronized void log(String ddi) {
        calls.add(ddi);
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    synchronized void clear() {
        calls.clear();
    }

    private void writeBack(MemorySegment pdd, int size) {
        if (writePdd != null && size > 0) {
            pdd.reinterpret(size).copyFrom(MemorySegment.ofArray(writePdd).asSlice(0, Math.min(size, writePdd.length)));
        }
    }

    @Override
    public int DxgkDdiCreateHwQueue(long hHwContext, MemorySegment args) {
        log("DxgkDdiCreateHwQueue");
        createHwQueueFlags = D3DDDI_CREATEHWQUEUEFLAGS.Value(DXGKARG_CREATEHWQUEUE.Flags(args));
        createHwQueueKey = DXGKARG_CREATEHWQUEUE.hHwQueue(args).address();
        int size = DXGKARG_CREATEHWQUEUE.PrivateDriverDataSize(args);
        createHwQueuePddAddress = DXGKARG_CREATEHWQUEUE.pPrivateDriverData(args).address();
        createHwQueuePdd = size == 0 ? new byte[0]
                : DXGKARG_CREATEHWQUEUE.pPrivateDriverData(args).reinterpret(size).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        createHwQueueFenceVa = DXGKARG_CREATEHWQUEUE.HwQueueProgressFenceGPUVirtualAddress(args);
        writeBack(DXGKARG_CREATEHWQUEUE.pPrivateDriverData(args), size);
        if (createHwQueueAnswer != null) {
            int s = createHwQueueAnswer.getAsInt();
            if (s == STATUS_SUCCESS) {
                DXGKARG_CREATEHWQUEUE.hHwQueue(args, MemorySegment.ofAddress(0x5151_0000L + calls.size()));
            }
            return s;
        }
        return super.DxgkDdiCreateHwQueue(hHwContext, args);
    }

    @Override
    public int DxgkDdiDestroyHwQueue(long hHwQueue) {
        log("DxgkDdiDestroyHwQueue");
        return super.DxgkDdiDestroyHwQueue(hHwQueue);
    }

    @Override
    public int DxgkDdiFlushHwQueue(MemorySegment args) {
        log("DxgkDdiFlushHwQueue");
        return super.DxgkDdiFlushHwQueue(args);
    }

    @Override
    public int DxgkDdiCreateDoorbell(MemorySegment args) {
        log("DxgkDdiCreateDoorbell");
        createDoorbellFlags = DXGKARG_CREATEDOORBELL_FLAGS.Value(DXGKARG_CREATEDOORBELL.Flags(args));
        if (!Fixture.G3) {
            createDoorbellKey = DXGKARG_CREATEDOORBELL.hDoorbell(args).address();
        }
        int size = DXGKARG_CREATEDOORBELL.PrivateDriverDataSize(args);
        createDoorbellPddAddress = DXGKARG_CREATEDOORBELL.PrivateDriverData(args).address();
        createDoorbellPdd = size == 0 ? new byte[0]
                : DXGKARG_CREATEDOORBELL.PrivateDriverData(args).reinterpret(size).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        writeBack(DXGKARG_CREATEDOORBELL.PrivateDriverData(args), size);
        return createDoorbellAnswer != null ? createDoorbellAnswer.getAsInt() : super.DxgkDdiCreateDoorbell(args);
    }

    @Override
    public int DxgkDdiConnectDoorbell(MemorySegment args) {
        log("DxgkDdiConnectDoorbell");
        connectFlags = DXGKARG_CONNECTDOORBELL_FLAGS.Value(DXGKARG_CONNECTDOORBELL.Flags(args));
        return connectAnswer != null ? connectAnswer.getAsInt() : super.DxgkDdiConnectDoorbell(args);
    }

    @Override
    public int DxgkDdiDisconnectDoorbell(MemorySegment args) {
        log("DxgkDdiDisconnectDoorbell");
        return super.DxgkDdiDisconnectDoorbell(args);
    }

    @Override
    public int DxgkDdiDestroyDoorbell(MemorySegment args) {
        log("DxgkDdiDestroyDoorbell");
        return super.DxgkDdiDestroyDoorbell(args);
    }

    @Override
    public int DxgkDdiNotifyWorkSubmission(MemorySegment args) {
        log("DxgkDdiNotifyWorkSubmission");
        return notifyAnswer != null ? notifyAnswer.getAsInt() : super.DxgkDdiNotifyWorkSubmission(args);
    }
}
