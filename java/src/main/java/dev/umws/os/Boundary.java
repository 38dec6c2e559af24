package dev.umws.os;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static dev.umws.abi.ntstatus_h.STATUS_ACCESS_VIOLATION;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * Capture, as a kernel does: every thunk copies its argument structure, and any private data it
 * names, from the caller's memory into OS memory before it looks at a single field, and works on
 * that copy only; its outputs go back, on success only, through the same guarded kind of copy. A
 * caller's bad pointer (unmapped, wild, too short, read-only for an output, another emulated
 * process's memory, a closed Java segment) is STATUS_ACCESS_VIOLATION and changes nothing. The KMD
 * is handed the OS's copies, valid only during its DDI. ({@link UserMemory} does the guarded copies.)
 */
final class Boundary {
    private Boundary() {
    }

    /**
     * The OS's copy of the caller's {@code size}-byte structure at {@code user}, allocated in
     * {@code into}; null when it cannot be read (or, for a structure with outputs, written), with
     * STATUS_ACCESS_VIOLATION in {@code status[0]}. A structure with outputs is probed for writing
     * now, before the thunk acts, so that the write-back cannot fail after the OS changed something.
     */
    static MemorySegment capture(Process p, MemorySegment user, long size, Arena into, boolean withOutputs,
            int[] status) {
        MemorySegment copy = into.allocate(size, 8);
        if (!readable(p, user, size, copy) || (withOutputs && UserMemory.writable(user, size) != STATUS_SUCCESS)) {
            status[0] = STATUS_ACCESS_VIOLATION;
            return null;
        }
        return copy;
    }

    /** Private data the structure names: its OS copy (NULL for size 0), or null after status[0] = AV. */
    static MemorySegment copyIn(Process p, MemorySegment pointer, long size, Arena into, boolean inOut, int[] status) {
        if (size == 0) {
            return MemorySegment.NULL;
        }
        return capture(p, pointer, size, into, inOut, status);
    }

    private static boolean readable(Process p, MemorySegment user, long size, MemorySegment copy) {
        if (user != null && user.isNative() && p.os.userMemory.ownedByAnother(p, user.address(), size)) {
            return false;
        }
        return UserMemory.read(user, size, copy) == STATUS_SUCCESS;
    }

    /** Private data pointer and size agree: both zero or both non-zero (either way, or INVALID_PARAMETER). */
    static boolean agree(MemorySegment pointer, long size) {
        return (pointer.address() == 0) == (size == 0);
    }

    /** Writes the OS's copy back over the caller's structure or buffer: STATUS_SUCCESS or an access violation. */
    static int writeBack(MemorySegment user, MemorySegment copy) {
        return copy.byteSize() == 0 ? STATUS_SUCCESS : UserMemory.write(user, copy);
    }
}
