package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * One entry of the shim's own layout table ({@code include/umws/umws_abi.h}).
 *
 * <pre>
 *   0            8            16      20      24           32           40
 *   +------------+------------+-------+-------+------------+------------+
 *   | TypeName   | MemberName | Kind  | pad   | Position   | Extent     |
 *   +------------+------------+-------+-------+------------+------------+
 * </pre>
 */
public final class UMWS_ABI_ENTRY {
    public static final int UMWS_ABI_KIND_TYPE = 1;
    public static final int UMWS_ABI_KIND_FIELD = 2;
    public static final int UMWS_ABI_KIND_BITS = 3;
    public static final int UMWS_ABI_KIND_CONST = 4;

    private static final GroupLayout $LAYOUT = Layouts.struct("UMWS_ABI_ENTRY",
            ADDRESS.withName("TypeName"),
            ADDRESS.withName("MemberName"),
            JAVA_INT.withName("Kind"),
            Layouts.pad("Padding0", 4),
            JAVA_LONG.withName("Position"),
            JAVA_LONG.withName("Extent"));

    private UMWS_ABI_ENTRY() {
    }

    /** The layout; the same in every generation. */
    public static GroupLayout layout(Generation g) {
        return $LAYOUT;
    }

    public static GroupLayout layout() {
        return $LAYOUT;
    }

    public static long sizeof() {
        return $LAYOUT.byteSize();
    }

    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate($LAYOUT);
    }

    public static final long TypeName$OFFSET = Layouts.offsetOf($LAYOUT, "TypeName");
    public static final long MemberName$OFFSET = Layouts.offsetOf($LAYOUT, "MemberName");
    public static final long Kind$OFFSET = Layouts.offsetOf($LAYOUT, "Kind");
    public static final long Position$OFFSET = Layouts.offsetOf($LAYOUT, "Position");
    public static final long Extent$OFFSET = Layouts.offsetOf($LAYOUT, "Extent");

    /** Getter for {@code const char *TypeName}. */
    public static MemorySegment TypeName(MemorySegment struct) {
        return struct.get(ADDRESS, TypeName$OFFSET);
    }

    /** Getter for {@code const char *MemberName}. */
    public static MemorySegment MemberName(MemorySegment struct) {
        return struct.get(ADDRESS, MemberName$OFFSET);
    }

    /** Getter for {@code uint32_t Kind}. */
    public static int Kind(MemorySegment struct) {
        return struct.get(JAVA_INT, Kind$OFFSET);
    }

    /** Getter for {@code uint64_t Position}. */
    public static long Position(MemorySegment struct) {
        return struct.get(JAVA_LONG, Position$OFFSET);
    }

    /** Getter for {@code uint64_t Extent}. */
    public static long Extent(MemorySegment struct) {
        return struct.get(JAVA_LONG, Extent$OFFSET);
    }
}
