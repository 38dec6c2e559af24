package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_SUBMITCOMMANDTOHWQUEUE {
 *     D3DKMT_HANDLE hHwQueue;
 *     D3DKMT_ALIGN64 UINT64 HwQueueProgressFenceId;
 *     D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS CommandBuffer;
 *     UINT CommandLength;                       // bytes
 *     UINT PrivateDriverDataSize;               // bytes
 *     D3DKMT_PTR(VOID*, pPrivateDriverData);
 *     UINT NumPrimaries;
 *     D3DKMT_PTR(D3DKMT_HANDLE CONST*, WrittenPrimaries);
 * } D3DKMT_SUBMITCOMMANDTOHWQUEUE;        // 56 bytes
 * }
 * Refused for queues created with {@code UserModeSubmission}.
 */
public final class D3DKMT_SUBMITCOMMANDTOHWQUEUE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_SUBMITCOMMANDTOHWQUEUE",
                JAVA_INT.withName("hHwQueue"),
                Layouts.pad("Padding0", 4),
                JAVA_LONG.withName("HwQueueProgressFenceId"),
                JAVA_LONG.withName("CommandBuffer"),
                JAVA_INT.withName("CommandLength"),
                JAVA_INT.withName("PrivateDriverDataSize"),
                ADDRESS.withName("pPrivateDriverData"),
                JAVA_INT.withName("NumPrimaries"),
                Layouts.pad("Padding1", 4),
                ADDRESS.withName("WrittenPrimaries"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_SUBMITCOMMANDTOHWQUEUE() {
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

    /** Byte offset of {@code hHwQueue}. */
    public static final long hHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueue");

    /** Getter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static int hHwQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, hHwQueue$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hHwQueue$OFFSET, fieldValue);
    }

    /** Byte offset of {@code HwQueueProgressFenceId}. */
    public static final long HwQueueProgressFenceId$OFFSET = Layouts.offsetOf($LAYOUT, "HwQueueProgressFenceId");

    /** Getter for {@code UINT64 HwQueueProgressFenceId}. */
    public static long HwQueueProgressFenceId(MemorySegment struct) {
        return struct.get(JAVA_LONG, HwQueueProgressFenceId$OFFSET);
    }

    /** Setter for {@code UINT64 HwQueueProgressFenceId}. */
    public static void HwQueueProgressFenceId(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, HwQueueProgressFenceId$OFFSET, fieldValue);
    }

    /** Byte offset of {@code CommandBuffer}. */
    public static final long CommandBuffer$OFFSET = Layouts.offsetOf($LAYOUT, "CommandBuffer");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS CommandBuffer}. */
    public static long CommandBuffer(MemorySegment struct) {
        return struct.get(JAVA_LONG, CommandBuffer$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS CommandBuffer}. */
    public static void CommandBuffer(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, CommandBuffer$OFFSET, fieldValue);
    }

    /** Byte offset of {@code CommandLength}. */
    public static final long CommandLength$OFFSET = Layouts.offsetOf($LAYOUT, "CommandLength");

    /** Getter for {@code UINT CommandLength}. */
    public static int CommandLength(MemorySegment struct) {
        return struct.get(JAVA_INT, CommandLength$OFFSET);
    }

    /** Setter for {@code UINT CommandLength}. */
    public static void CommandLength(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, CommandLength$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PrivateDriverDataSize}. */
    public static final long PrivateDriverDataSize$OFFSET = Layouts.offsetOf($LAYOUT, "PrivateDriverDataSize");

    /** Getter for {@code UINT PrivateDriverDataSize}. */
    public static int PrivateDriverDataSize(MemorySegment struct) {
        return struct.get(JAVA_INT, PrivateDriverDataSize$OFFSET);
    }

    /** Setter for {@code UINT PrivateDriverDataSize}. */
    public static void PrivateDriverDataSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PrivateDriverDataSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pPrivateDriverData}. */
    public static final long pPrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "pPrivateDriverData");

    /** Getter for {@code VOID * pPrivateDriverData}. */
    public static MemorySegment pPrivateDriverData(MemorySegment struct) {
        return struct.get(ADDRESS, pPrivateDriverData$OFFSET);
    }

    /** Setter for {@code VOID * pPrivateDriverData}. */
    public static void pPrivateDriverData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pPrivateDriverData$OFFSET, fieldValue);
    }

    /** Byte offset of {@code NumPrimaries}. */
    public static final long NumPrimaries$OFFSET = Layouts.offsetOf($LAYOUT, "NumPrimaries");

    /** Getter for {@code UINT NumPrimaries}. */
    public static int NumPrimaries(MemorySegment struct) {
        return struct.get(JAVA_INT, NumPrimaries$OFFSET);
    }

    /** Setter for {@code UINT NumPrimaries}. */
    public static void NumPrimaries(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, NumPrimaries$OFFSET, fieldValue);
    }

    /** Byte offset of {@code WrittenPrimaries}. */
    public static final long WrittenPrimaries$OFFSET = Layouts.offsetOf($LAYOUT, "WrittenPrimaries");

    /** Getter for {@code const D3DKMT_HANDLE * WrittenPrimaries}. */
    public static MemorySegment WrittenPrimaries(MemorySegment struct) {
        return struct.get(ADDRESS, WrittenPrimaries$OFFSET);
    }

    /** Setter for {@code const D3DKMT_HANDLE * WrittenPrimaries}. */
    public static void WrittenPrimaries(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, WrittenPrimaries$OFFSET, fieldValue);
    }
}
