package dev.umws.os;

import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which emulated process owns which memory the OS handed out (allocations, progress fences,
 * last-queued values, status slots). Every emulated process lives in this one address space, so a
 * pointer that is valid memory of process A is readable from process B; on Windows it would name
 * nothing in B's address space. A thunk argument or private data pointer into another process's
 * memory is therefore STATUS_ACCESS_VIOLATION, as it would be there.
 */
final class UserRanges {
    private record Range(long end, Process owner) {
    }

    private final TreeMap<Long, Range> ranges = new TreeMap<>();

    synchronized void add(MemorySegment memory, Process owner) {
        ranges.put(memory.address(), new Range(memory.address() + memory.byteSize(), owner));
    }

    synchronized void forget(Process owner) {
        ranges.values().removeIf(r -> r.owner() == owner);
    }

    /** True when [address, address + bytes) overlaps memory of a process other than {@code caller}. */
    synchronized boolean ownedByAnother(Process caller, long address, long bytes) {
        long end = address + Math.max(bytes, 1);
        Map.Entry<Long, Range> e = ranges.floorEntry(address);
        if (e != null && e.getValue().end() > address && e.getValue().owner() != caller) {
            return true;
        }
        for (Map.Entry<Long, Range> next : ranges.subMap(address, false, end, false).entrySet()) {
            if (next.getValue().owner() != caller) {
                return true;
            }
        }
        return false;
    }
}
