package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * {@snippet lang=c :
 * typedef struct _UNICODE_STRING {
 *     USHORT Length;                            // bytes, no terminator counted
 *     USHORT MaximumLength;                     // bytes
 *     PWSTR  Buffer;                            // UTF-16, need not be NUL-terminated
 * } UNICODE_STRING;                            // 16 bytes, align 8
 * }
 */
public final class UNICODE_STRING {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UNICODE_STRING",
                JAVA_SHORT.withName("Length"),
                JAVA_SHORT.withName("MaximumLength"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("Buffer"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UNICODE_STRING() {
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

    /** Byte offset of {@code Length}. */
    public static final long Length$OFFSET = Layouts.offsetOf($LAYOUT, "Length");

    /** Getter for {@code USHORT Length}. */
    public static short Length(MemorySegment struct) {
        return struct.get(JAVA_SHORT, Length$OFFSET);
    }

    /** Setter for {@code USHORT Length}. */
    public static void Length(MemorySegment struct, short fieldValue) {
        struct.set(JAVA_SHORT, Length$OFFSET, fieldValue);
    }

    /** Byte offset of {@code MaximumLength}. */
    public static final long MaximumLength$OFFSET = Layouts.offsetOf($LAYOUT, "MaximumLength");

    /** Getter for {@code USHORT MaximumLength}. */
    public static short MaximumLength(MemorySegment struct) {
        return struct.get(JAVA_SHORT, MaximumLength$OFFSET);
    }

    /** Setter for {@code USHORT MaximumLength}. */
    public static void MaximumLength(MemorySegment struct, short fieldValue) {
        struct.set(JAVA_SHORT, MaximumLength$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Buffer}. */
    public static final long Buffer$OFFSET = Layouts.offsetOf($LAYOUT, "Buffer");

    /** Getter for {@code PWSTR Buffer}. */
    public static MemorySegment Buffer(MemorySegment struct) {
        return struct.get(ADDRESS, Buffer$OFFSET);
    }

    /** Setter for {@code PWSTR Buffer}. */
    public static void Buffer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Buffer$OFFSET, fieldValue);
    }
}
