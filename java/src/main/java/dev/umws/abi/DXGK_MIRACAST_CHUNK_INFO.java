package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct {
 *     DXGK_MIRACAST_CHUNK_TYPE ChunkType;
 *     DXGK_MIRACAST_CHUNK_ID ChunkId;
 *     UINT ProcessingTime;
 *     UINT EncodeRate;
 * } DXGK_MIRACAST_CHUNK_INFO;             // 24 bytes
 * }
 */
public final class DXGK_MIRACAST_CHUNK_INFO {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_MIRACAST_CHUNK_INFO",
                JAVA_INT.withName("ChunkType"),
                Layouts.pad("Padding0", 4),
                DXGK_MIRACAST_CHUNK_ID.layout().withName("ChunkId"),
                JAVA_INT.withName("ProcessingTime"),
                JAVA_INT.withName("EncodeRate"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_MIRACAST_CHUNK_INFO() {
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

    /** Byte offset of {@code ChunkType}. */
    public static final long ChunkType$OFFSET = Layouts.offsetOf($LAYOUT, "ChunkType");

    /** Getter for {@code DXGK_MIRACAST_CHUNK_TYPE ChunkType}. */
    public static int ChunkType(MemorySegment struct) {
        return struct.get(JAVA_INT, ChunkType$OFFSET);
    }

    /** Setter for {@code DXGK_MIRACAST_CHUNK_TYPE ChunkType}. */
    public static void ChunkType(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, ChunkType$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ChunkId}. */
    public static final long ChunkId$OFFSET = Layouts.offsetOf($LAYOUT, "ChunkId");

    /** Slice of {@code DXGK_MIRACAST_CHUNK_ID ChunkId}. */
    public static MemorySegment ChunkId(MemorySegment struct) {
        return struct.asSlice(ChunkId$OFFSET, DXGK_MIRACAST_CHUNK_ID.sizeof());
    }

    /** Byte offset of {@code ProcessingTime}. */
    public static final long ProcessingTime$OFFSET = Layouts.offsetOf($LAYOUT, "ProcessingTime");

    /** Getter for {@code UINT ProcessingTime}. */
    public static int ProcessingTime(MemorySegment struct) {
        return struct.get(JAVA_INT, ProcessingTime$OFFSET);
    }

    /** Setter for {@code UINT ProcessingTime}. */
    public static void ProcessingTime(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, ProcessingTime$OFFSET, fieldValue);
    }

    /** Byte offset of {@code EncodeRate}. */
    public static final long EncodeRate$OFFSET = Layouts.offsetOf($LAYOUT, "EncodeRate");

    /** Getter for {@code UINT EncodeRate}. */
    public static int EncodeRate(MemorySegment struct) {
        return struct.get(JAVA_INT, EncodeRate$OFFSET);
    }

    /** Setter for {@code UINT EncodeRate}. */
    public static void EncodeRate(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, EncodeRate$OFFSET, fieldValue);
    }
}
