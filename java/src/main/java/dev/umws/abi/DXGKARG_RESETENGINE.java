package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_RESETENGINE {
 *     UINT NodeOrdinal;                         // in
 *     UINT EngineOrdinal;                       // in
 *     UINT LastAbortedFenceId;                  // out
 * } DXGKARG_RESETENGINE;                       // 12 bytes, align 4
 * }
 */
public final class DXGKARG_RESETENGINE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_RESETENGINE",
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"),
                JAVA_INT.withName("LastAbortedFenceId"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_RESETENGINE() {
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

    /** Byte offset of {@code NodeOrdinal}. */
    public static final long NodeOrdinal$OFFSET = Layouts.offsetOf($LAYOUT, "NodeOrdinal");

    /** Getter for {@code UINT NodeOrdinal}. */
    public static int NodeOrdinal(MemorySegment struct) {
        return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
    }

    /** Setter for {@code UINT NodeOrdinal}. */
    public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
    }

    /** Byte offset of {@code EngineOrdinal}. */
    public static final long EngineOrdinal$OFFSET = Layouts.offsetOf($LAYOUT, "EngineOrdinal");

    /** Getter for {@code UINT EngineOrdinal}. */
    public static int EngineOrdinal(MemorySegment struct) {
        return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
    }

    /** Setter for {@code UINT EngineOrdinal}. */
    public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
    }

    /** Byte offset of {@code LastAbortedFenceId}. */
    public static final long LastAbortedFenceId$OFFSET = Layouts.offsetOf($LAYOUT, "LastAbortedFenceId");

    /** Getter for {@code UINT LastAbortedFenceId}. */
    public static int LastAbortedFenceId(MemorySegment struct) {
        return struct.get(JAVA_INT, LastAbortedFenceId$OFFSET);
    }

    /** Setter for {@code UINT LastAbortedFenceId}. */
    public static void LastAbortedFenceId(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, LastAbortedFenceId$OFFSET, fieldValue);
    }
}
