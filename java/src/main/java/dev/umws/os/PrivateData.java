package dev.umws.os;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Private driver data as the kernel passes it: the caller's pointer and size must agree (a pointer
 * with size 0 is refused as well as a size with no pointer), the KMD is handed the OS's own copy,
 * valid only during the DDI, and the copy goes back to the caller's buffer only when the call
 * succeeded.
 */
final class PrivateData {
    /**
     * The largest copy the OS makes (bytes). The 22631 kernel sets no bound on a queue's private
     * data and answers STATUS_NO_MEMORY when its pool cannot hold the copy; here that happens above
     * this size.
     */
    static final long MAX_COPY = 64L * 1024 * 1024;

    private PrivateData() {
    }

    /** Pointer and size agree: both zero or both non-zero. */
    static boolean agree(MemorySegment pointer, long size) {
        return (pointer.address() == 0) == (size == 0);
    }

    /** The OS's copy of {@code size} bytes at {@code pointer} (NULL for size 0), in {@code into}. */
    static MemorySegment copyIn(Arena into, MemorySegment pointer, long size) {
        if (size == 0) {
            return MemorySegment.NULL;
        }
        MemorySegment copy = into.allocate(size, 8);
        copy.copyFrom(pointer.reinterpret(size));
        return copy;
    }

    /** Copies the OS's copy back to the caller's buffer (after a successful call). */
    static void copyBack(MemorySegment copy, MemorySegment pointer) {
        if (copy.byteSize() > 0) {
            pointer.reinterpret(copy.byteSize()).copyFrom(copy);
        }
    }
}
