package dev.umws.os;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One process's doorbell status slots, as Windows keeps them: 64-byte slots in 4 KiB pages that
 * the process's doorbells share (a page holds 64). Only the OS writes them.
 *
 * <pre>
 *   page (4096 bytes, OS memory)          slot (64 bytes)
 *   +--------+--------+-----+--------+     +----------------------+---------------------+
 *   | slot 0 | slot 1 | ... | slot63 |     | status: UINT64, low  | unused (zero)       |
 *   +--------+--------+-----+--------+     | 32 bits hold it      | 56 bytes            |
 *                                          +----------------------+---------------------+
 * </pre>
 *
 * A slot starts at DISCONNECTED_RETRY, stored as 32 bits, before the KMD hears of the doorbell;
 * every later status is a 64-bit store. The UMD gets the slot's address, and a Java UMD a
 * read-only view of it ({@link Slot#userView}) that closes when the doorbell is destroyed, so that
 * reading the status after destroy fails instead of reading a slot another doorbell now uses.
 * Freed slots are reused first. Guarded by the process lock.
 */
final class StatusSlots {
    static final long SLOT_BYTES = 64;
    private static final long PAGE = 4096;
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final UserPages memory;
    private final Deque<MemorySegment> free = new ArrayDeque<>();

    /** A slot in use: the OS's writable view and the UMD's read-only one. */
    static final class Slot {
        final MemorySegment os;
        private final Arena viewScope = Arena.ofShared();
        final MemorySegment userView;

        private Slot(MemorySegment os) {
            this.os = os;
            this.userView = MemorySegment.ofAddress(os.address()).reinterpret(Long.BYTES, viewScope, null).asReadOnly();
        }

        long address() {
            return os.address();
        }

        /** The first status: 32 bits, release (the kernel's initial store is a DWORD). */
        void initialRelease(int status) {
            INT.setRelease(os, 0L, status); // the upper half is zero: the slot was cleared
        }

        /** A later status: the whole 64-bit word, release. */
        void writeRelease(int status) {
            LONG.setRelease(os, 0L, Integer.toUnsignedLong(status));
        }

        long readAcquire() {
            return (long) LONG.getAcquire(os, 0L);
        }
    }

    StatusSlots(UserPages memory) {
        this.memory = memory;
    }

    /** A slot holding {@code initial} (32-bit store); {@code newPage} hears of each page it takes. */
    Slot allocate(int initial, java.util.function.Consumer<MemorySegment> newPage) {
        if (free.isEmpty()) {
            MemorySegment page = memory.allocate(PAGE);
            newPage.accept(page);
            for (long off = PAGE - SLOT_BYTES; off >= 0; off -= SLOT_BYTES) {
                free.push(page.asSlice(off, SLOT_BYTES));
            }
        }
        MemorySegment s = free.pop();
        s.fill((byte) 0);
        Slot slot = new Slot(s);
        slot.initialRelease(initial);
        return slot;
    }

    /** Frees a slot: the UMD's view closes; the slot is the next one handed out. */
    void free(Slot slot) {
        slot.viewScope.close();
        free.push(slot.os);
    }
}
