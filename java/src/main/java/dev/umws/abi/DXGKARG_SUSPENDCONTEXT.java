package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_SUSPENDCONTEXT {
 *     HANDLE hContext;
 *     UINT64 contextSuspendFence;               // reported in SUSPEND_CONTEXT_COMPLETED
 * } DXGKARG_SUSPENDCONTEXT;                    // 16 bytes, align 8
 * }
 */
public final class DXGKARG_SUSPENDCONTEXT {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_SUSPENDCONTEXT",
                ADDRESS.withName("hContext"),
                JAVA_LONG.withName("contextSuspendFence"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_SUSPENDCONTEXT() {
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

    /** Byte offset of {@code hContext}. */
    public static final long hContext$OFFSET = Layouts.offsetOf($LAYOUT, "hContext");

    /** Getter for {@code HANDLE hContext}. */
    public static MemorySegment hContext(MemorySegment struct) {
        return struct.get(ADDRESS, hContext$OFFSET);
    }

    /** Setter for {@code HANDLE hContext}. */
    public static void hContext(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hContext$OFFSET, fieldValue);
    }

    /** Byte offset of {@code contextSuspendFence}. */
    public static final long contextSuspendFence$OFFSET = Layouts.offsetOf($LAYOUT, "contextSuspendFence");

    /** Getter for {@code UINT64 contextSuspendFence}. */
    public static long contextSuspendFence(MemorySegment struct) {
        return struct.get(JAVA_LONG, contextSuspendFence$OFFSET);
    }

    /** Setter for {@code UINT64 contextSuspendFence}. */
    public static void contextSuspendFence(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, contextSuspendFence$OFFSET, fieldValue);
    }
}
