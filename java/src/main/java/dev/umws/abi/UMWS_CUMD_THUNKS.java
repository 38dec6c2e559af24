package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * The thunks the C UMD calls ({@code include/umws/umws_cumd.h}): function pointers to Java upcall stubs.
 */
public final class UMWS_CUMD_THUNKS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_CUMD_THUNKS",
                ADDRESS.withName("D3DKMTConnectDoorbell"),
                ADDRESS.withName("D3DKMTNotifyWorkSubmission"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_CUMD_THUNKS() {
    }

    /** The layout in the selected generation. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    /** Size in bytes. */
    public static long sizeof() {
        return $LAYOUT.byteSize();
    }

    /** A zeroed instance from {@code allocator}. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate($LAYOUT);
    }

    /** Byte offset of {@code D3DKMTConnectDoorbell}. */
    public static final long D3DKMTConnectDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "D3DKMTConnectDoorbell");

    /** Getter for {@code PFND3DKMT_CONNECTDOORBELL D3DKMTConnectDoorbell}. */
    public static MemorySegment D3DKMTConnectDoorbell(MemorySegment struct) {
        return struct.get(ADDRESS, D3DKMTConnectDoorbell$OFFSET);
    }

    /** Setter for {@code PFND3DKMT_CONNECTDOORBELL D3DKMTConnectDoorbell}. */
    public static void D3DKMTConnectDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, D3DKMTConnectDoorbell$OFFSET, fieldValue);
    }

    /** Byte offset of {@code D3DKMTNotifyWorkSubmission}. */
    public static final long D3DKMTNotifyWorkSubmission$OFFSET = Layouts.offsetOf($LAYOUT, "D3DKMTNotifyWorkSubmission");

    /** Getter for {@code PFND3DKMT_NOTIFYWORKSUBMISSION D3DKMTNotifyWorkSubmission}. */
    public static MemorySegment D3DKMTNotifyWorkSubmission(MemorySegment struct) {
        return struct.get(ADDRESS, D3DKMTNotifyWorkSubmission$OFFSET);
    }

    /** Setter for {@code PFND3DKMT_NOTIFYWORKSUBMISSION D3DKMTNotifyWorkSubmission}. */
    public static void D3DKMTNotifyWorkSubmission(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, D3DKMTNotifyWorkSubmission$OFFSET, fieldValue);
    }
}
