package dev.umws.os;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import static dev.umws.abi.ntstatus_h.STATUS_ACCESS_VIOLATION;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UserMemory's rules for a caller's segment, each answered with a status, never an exception or a crash. */
class UserMemoryTest {
    private static final long ARGS = 72; // bytes: a G2 D3DKMT_CREATE_DOORBELL, a typical thunk argument
    private static final long WILD = 0x10;
    private static final long TOP = -4096L; // the last page of the address space

    private Arena os;
    private final List<MemorySegment> pages = new ArrayList<>();

    @BeforeEach
    void openOsMemory() {
        os = Arena.ofConfined();
    }

    @AfterEach
    void freePages() {
        pages.forEach(TestPages::free);
        os.close();
    }

    private MemorySegment page(int access) {
        MemorySegment p = TestPages.page(access);
        pages.add(p);
        return p;
    }

    /**
     * {@code op} on a freed pointer: a page unmapped just before, with nothing allocated in between,
     * so that no new mapping can have taken its place (a write there would land in it).
     */
    private static int onFreedPage(Function<MemorySegment, Integer> op) {
        return op.apply(freedSegment());
    }

    private MemorySegment osBytes(long bytes, int fill) {
        return os.allocate(bytes).fill((byte) fill);
    }

    private static boolean all(MemorySegment s, int value) {
        for (long i = 0; i < s.byteSize(); i++) {
            if (s.get(JAVA_BYTE, i) != (byte) value) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPattern(MemorySegment s, long from) {
        for (long i = 0; i < s.byteSize(); i++) {
            if (s.get(JAVA_BYTE, i) != TestPages.pattern(from + i)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void readsACallersNativeBufferIntoOsMemory() {
        MemorySegment user = page(TestPages.READWRITE);
        user.asSlice(100, ARGS).fill((byte) 0x3C);
        MemorySegment into = osBytes(ARGS, 0);
        assertEquals(STATUS_SUCCESS, UserMemory.read(user.asSlice(100), ARGS, into));
        assertTrue(all(into, 0x3C));
        assertEquals(STATUS_SUCCESS, UserMemory.read(page(TestPages.READONLY).asSlice(4000), ARGS, into));
        assertTrue(isPattern(into, 4000));
    }

    @Test
    void writesOsMemoryIntoACallersNativeBuffer() {
        MemorySegment user = page(TestPages.READWRITE);
        assertEquals(STATUS_SUCCESS, UserMemory.write(user.asSlice(TestPages.BYTES - ARGS), osBytes(ARGS, 0x77)));
        assertTrue(all(user.asSlice(TestPages.BYTES - ARGS), 0x77));
        assertTrue(all(user.asSlice(0, TestPages.BYTES - ARGS), 0));
    }

    @Test
    void nullAndTheNullSegmentAreAccessViolations() {
        MemorySegment into = osBytes(ARGS, 0);
        for (MemorySegment user : new MemorySegment[] {null, MemorySegment.NULL, MemorySegment.NULL.reinterpret(ARGS)}) {
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(user, ARGS, into));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(user, 0, into), "even for no bytes");
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(user, into));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.writable(user, ARGS));
        }
    }

    @Test
    void aSegmentOfAClosedArenaIsAnAccessViolation() {
        MemorySegment into = osBytes(ARGS, 0);
        for (Arena arena : new Arena[] {Arena.ofConfined(), Arena.ofShared()}) {
            MemorySegment user = arena.allocate(ARGS);
            arena.close();
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(user, ARGS, into));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(user, into));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.writable(user, ARGS));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(user, 0, into), "dead memory, even for no bytes");
        }
    }

    @Test
    void anotherThreadsConfinedSegmentIsAnAccessViolation() throws InterruptedException {
        AtomicReference<MemorySegment> lent = new AtomicReference<>();
        CountDownLatch made = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread owner = new Thread(() -> {
            try (Arena arena = Arena.ofConfined()) {
                lent.set(arena.allocate(ARGS));
                made.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        owner.start();
        made.await();
        try {
            MemorySegment into = osBytes(ARGS, 0);
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(lent.get(), ARGS, into));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(lent.get(), into));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.writable(lent.get(), ARGS));
        } finally {
            done.countDown();
            owner.join();
        }
    }

    @Test
    void aHeapSegmentIsCopiedWithinItsBoundsWithoutAProbe() {
        byte[] heap = new byte[100];
        heap[0] = 9;
        heap[71] = 8;
        MemorySegment into = osBytes(ARGS, 0);
        assertEquals(STATUS_SUCCESS, UserMemory.read(MemorySegment.ofArray(heap), ARGS, into));
        assertEquals(9, into.get(JAVA_BYTE, 0));
        assertEquals(8, into.get(JAVA_BYTE, 71));
        assertEquals(STATUS_SUCCESS, UserMemory.write(MemorySegment.ofArray(heap).asSlice(28), osBytes(ARGS, 0x55)));
        assertEquals(0x55, heap[28]);
        assertEquals(0x55, heap[99]);
        assertEquals(0, heap[27], "before the slice: untouched");
        assertEquals(STATUS_SUCCESS, UserMemory.writable(MemorySegment.ofArray(heap), 100));
    }

    @Test
    void aHeapSegmentShorterThanTheCopyIsAnAccessViolation() {
        byte[] heap = new byte[(int) ARGS - 1];
        MemorySegment into = osBytes(ARGS, 0);
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(MemorySegment.ofArray(heap), ARGS, into));
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(MemorySegment.ofArray(heap), osBytes(ARGS, 1)));
        assertTrue(all(MemorySegment.ofArray(heap), 0), "nothing written");
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.writable(MemorySegment.ofArray(new long[8]), ARGS));
    }

    @Test
    void aRawPointerIsProbedAtItsAddress() {
        MemorySegment rw = page(TestPages.READWRITE);
        MemorySegment raw = MemorySegment.ofAddress(rw.address() + 8);
        MemorySegment into = osBytes(ARGS, 0);
        assertEquals(STATUS_SUCCESS, UserMemory.write(raw, osBytes(ARGS, 0x21)));
        assertTrue(all(rw.asSlice(8, ARGS), 0x21));
        assertEquals(STATUS_SUCCESS, UserMemory.read(raw, ARGS, into));
        assertTrue(all(into, 0x21));
        assertEquals(STATUS_SUCCESS, UserMemory.writable(raw, ARGS));
        for (long wild : new long[] {WILD, TOP, page(TestPages.NONE).address()}) {
            MemorySegment bad = MemorySegment.ofAddress(wild);
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(bad, ARGS, into), Long.toHexString(wild));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(bad, into), Long.toHexString(wild));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.writable(bad, ARGS), Long.toHexString(wild));
        }
        assertEquals(STATUS_ACCESS_VIOLATION, onFreedPage(p -> UserMemory.read(MemorySegment.ofAddress(p.address()), ARGS, into)));
        assertEquals(STATUS_ACCESS_VIOLATION, onFreedPage(p -> UserMemory.write(MemorySegment.ofAddress(p.address()), into)));
        assertEquals(STATUS_ACCESS_VIOLATION, onFreedPage(p -> UserMemory.writable(MemorySegment.ofAddress(p.address()), ARGS)));
    }

    @Test
    void aNativeBufferShorterThanTheCopyIsAnAccessViolationThoughTheBytesAfterItAreMapped() {
        MemorySegment rw = page(TestPages.READWRITE);
        MemorySegment user = rw.asSlice(0, 16);
        MemorySegment into = osBytes(ARGS, 0);
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(user, ARGS, into));
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(user, osBytes(ARGS, 0x44)));
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.writable(user, ARGS));
        assertTrue(all(rw, 0), "nothing written");
        assertEquals(STATUS_SUCCESS, UserMemory.read(user, 16, into), "as long as it says it is");
    }

    @Test
    void aLongEnoughSegmentOverUnmappedOrProtectedMemoryIsAnAccessViolation() {
        MemorySegment into = osBytes(ARGS, 0);
        MemorySegment from = osBytes(ARGS, 0x66);
        MemorySegment none = page(TestPages.NONE);
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(none, ARGS, into));
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(none, from));
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.writable(none, ARGS));
        assertEquals(STATUS_ACCESS_VIOLATION, onFreedPage(p -> UserMemory.read(p, ARGS, into)));
        assertEquals(STATUS_ACCESS_VIOLATION, onFreedPage(p -> UserMemory.write(p, from)));
        assertEquals(STATUS_ACCESS_VIOLATION, onFreedPage(p -> UserMemory.writable(p, ARGS)));
        MemorySegment ro = page(TestPages.READONLY);
        assertEquals(STATUS_SUCCESS, UserMemory.read(ro, ARGS, into));
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(ro.asSlice(8), from));
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.writable(ro, ARGS));
        assertTrue(isPattern(ro, 0), "a failed write changes nothing");
    }

    @Test
    void aReadOnlySegmentIsNeverAWriteDestination() {
        MemorySegment rw = page(TestPages.READWRITE);
        MemorySegment from = osBytes(ARGS, 0x12);
        for (MemorySegment user : new MemorySegment[] {rw.asReadOnly(), MemorySegment.ofArray(new byte[100]).asReadOnly()}) {
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(user, from));
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(user, osBytes(0, 0)), "whatever the size");
            assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.writable(user, ARGS));
            assertTrue(all(user, 0));
            assertEquals(STATUS_SUCCESS, UserMemory.read(user, ARGS, osBytes(ARGS, 0)), "a source may be read-only");
        }
    }

    @Test
    void writableLeavesTheBytesAsTheyWere() {
        MemorySegment rw = page(TestPages.READWRITE).fill((byte) 0x5E);
        assertEquals(STATUS_SUCCESS, UserMemory.writable(rw, TestPages.BYTES));
        assertTrue(all(rw, 0x5E));
    }

    @Test
    void noBytesIsSuccessWithoutTouchingAnything() {
        MemorySegment into = osBytes(ARGS, 0);
        MemorySegment none = osBytes(0, 0);
        for (MemorySegment user : new MemorySegment[] {page(TestPages.NONE), MemorySegment.ofAddress(WILD)}) {
            assertEquals(STATUS_SUCCESS, UserMemory.read(user, 0, into));
            assertEquals(STATUS_SUCCESS, UserMemory.write(user, none));
            assertEquals(STATUS_SUCCESS, UserMemory.writable(user, 0));
        }
        assertEquals(STATUS_SUCCESS, onFreedPage(p -> UserMemory.read(p, 0, into)));
        assertEquals(STATUS_SUCCESS, onFreedPage(p -> UserMemory.write(p, none)));
    }

    @Test
    void osMemoryOnTheHeapGoesThroughANativeBuffer() {
        MemorySegment ro = page(TestPages.READONLY);
        byte[] into = new byte[(int) ARGS];
        assertEquals(STATUS_SUCCESS, UserMemory.read(ro.asSlice(10), ARGS, MemorySegment.ofArray(into)));
        assertTrue(isPattern(MemorySegment.ofArray(into), 10));
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.read(page(TestPages.NONE), ARGS, MemorySegment.ofArray(into)));
        MemorySegment rw = page(TestPages.READWRITE);
        byte[] from = new byte[(int) ARGS];
        java.util.Arrays.fill(from, (byte) 0x31);
        assertEquals(STATUS_SUCCESS, UserMemory.write(rw, MemorySegment.ofArray(from)));
        assertArrayEquals(from, rw.asSlice(0, ARGS).toArray(JAVA_BYTE));
        assertEquals(STATUS_ACCESS_VIOLATION, UserMemory.write(ro, MemorySegment.ofArray(from)));
    }

    @Test
    void anOsBufferThatCannotHoldTheCopyIsATestbedBug() {
        MemorySegment rw = page(TestPages.READWRITE);
        assertThrows(IllegalArgumentException.class, () -> UserMemory.read(rw, ARGS, osBytes(ARGS - 1, 0)));
        assertThrows(IllegalArgumentException.class, () -> UserMemory.read(rw, ARGS, osBytes(ARGS, 0).asReadOnly()));
        assertThrows(IllegalArgumentException.class, () -> UserMemory.read(rw, -1, osBytes(ARGS, 0)));
        assertThrows(IllegalArgumentException.class, () -> UserMemory.writable(rw, -1));
    }

    /**
     * Every kind of caller segment, every operation, sizes from 0 to 1 MiB: a status each, no
     * exception. Each segment is made just before its call (a freed page must not be mapped again
     * in between); a raw pointer into a test page is only used for sizes within the page, since
     * whatever is mapped after the page is not the test's to write.
     */
    @Test
    void noCallerSegmentMakesItThrow() {
        MemorySegment rw = page(TestPages.READWRITE);
        MemorySegment ro = page(TestPages.READONLY);
        MemorySegment noAccess = page(TestPages.NONE);
        MemorySegment user72 = os.allocate(ARGS);
        List<Supplier<MemorySegment>> users = List.of(
                () -> null, () -> MemorySegment.NULL, UserMemoryTest::deadSegment, () -> MemorySegment.ofAddress(WILD),
                () -> MemorySegment.ofAddress(TOP), () -> rw, () -> rw.asSlice(0, 8), rw::asReadOnly, () -> ro,
                () -> noAccess, () -> MemorySegment.ofArray(new byte[64]), () -> MemorySegment.ofArray(new int[1024]),
                () -> user72, UserMemoryTest::freedSegment);
        long[] sizes = {0, 1, ARGS, TestPages.BYTES, TestPages.BYTES + 1, 1 << 20};
        MemorySegment big = osBytes(1 << 20, 0x0F);
        for (long bytes : sizes) {
            MemorySegment mine = big.asSlice(0, bytes);
            List<Supplier<MemorySegment>> all = new ArrayList<>(users);
            if (bytes <= TestPages.BYTES) {
                all.add(() -> MemorySegment.ofAddress(rw.address()));
            }
            for (Supplier<MemorySegment> user : all) {
                String what = bytes + " bytes";
                int r = assertDoesNotThrow(() -> UserMemory.read(user.get(), bytes, mine), what);
                int w = assertDoesNotThrow(() -> UserMemory.write(user.get(), mine), what);
                int c = assertDoesNotThrow(() -> UserMemory.writable(user.get(), bytes), what);
                for (int s : new int[] {r, w, c}) {
                    assertTrue(s == STATUS_SUCCESS || s == STATUS_ACCESS_VIOLATION, what + ": " + Integer.toHexString(s));
                }
            }
        }
    }

    private static MemorySegment deadSegment() {
        Arena closed = Arena.ofConfined();
        MemorySegment dead = closed.allocate(ARGS);
        closed.close();
        return dead;
    }

    /** A freed pointer: a test page unmapped just now. */
    private static MemorySegment freedSegment() {
        MemorySegment p = TestPages.page(TestPages.READWRITE);
        TestPages.free(p);
        return p;
    }
}
