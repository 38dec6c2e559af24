package dev.umws.os;

import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A process's page memory: whole pages, page-aligned, zero, disjoint, alive with the process's arena. */
class UserPagesTest {
    @Test
    void handsOutWholeZeroPagesThatDoNotOverlap() {
        try (Arena arena = Arena.ofShared()) {
            UserPages pages = new UserPages(arena);
            MemorySegment ring = pages.allocate(64 * 1024);
            MemorySegment control = pages.allocate(100);
            MemorySegment big = pages.allocate(UserPages.CHUNK + 1);
            assertEquals(64 * 1024, ring.byteSize());
            assertEquals(UserPages.PAGE, control.byteSize());
            assertEquals(UserPages.CHUNK + UserPages.PAGE, big.byteSize());
            for (MemorySegment s : new MemorySegment[] {ring, control, big}) {
                assertEquals(0, s.address() % UserPages.PAGE, "page-aligned");
                assertEquals(-1L, s.mismatch(MemorySegment.ofArray(new byte[(int) s.byteSize()])), "zero");
                assertEquals(arena.scope(), s.scope());
            }
            assertTrue(control.address() >= ring.address() + ring.byteSize()
                    || control.address() + control.byteSize() <= ring.address(), "disjoint");
            control.set(ValueLayout.JAVA_LONG, 0, 42L);
            assertEquals(0L, ring.get(ValueLayout.JAVA_LONG, ring.byteSize() - 8));
        }
    }

    @Test
    void refusesNothingAndDiesWithItsArena() {
        Arena arena = Arena.ofShared();
        UserPages pages = new UserPages(arena);
        assertThrows(IllegalArgumentException.class, () -> pages.allocate(0));
        MemorySegment page = pages.allocate(1);
        arena.close();
        assertFalse(page.scope().isAlive());
    }
}
