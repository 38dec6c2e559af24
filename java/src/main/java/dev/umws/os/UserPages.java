package dev.umws.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A process's whole-page memory (allocations, progress-fence pages, last-queued pages, status
 * pages), committed the way Windows commits it: demand-zero pages, resident once first written.
 * A 64 KiB ring is 16 pages and a 4 KiB page is one, with no rounding slack: the pages come from
 * 1 MiB chunks the operating system maps ({@code mmap}, anonymous and private; {@code VirtualAlloc}
 * on Windows), carved page by page and kept until the process ends (as its allocations are), and
 * unmapped when the process's arena closes.
 *
 * <p>{@code Arena.allocate(bytes, 4096)} would instead take {@code bytes + 4095} from malloc and
 * zero all of it, so every page of it is resident at once, written or not, and one page more
 * than asked: 17 pages for a 64 KiB ring, 2 for a 4 KiB one. Where the OS's calls cannot be
 * found that is still the fallback.
 *
 * <p>On Linux the chunks are marked {@code MADV_NOHUGEPAGE}: under transparent huge pages
 * "always" one written page would otherwise make a whole 2 MiB huge page resident. Thread-safe;
 * never calls out while holding its lock (a leaf below every OS lock).
 */
final class UserPages {
    static final long PAGE = 4096;
    /** Bytes mapped at a time; a larger allocation gets a mapping of its own. */
    static final long CHUNK = 1 << 20;

    private final Arena arena;
    private MemorySegment chunk;
    private long used;

    UserPages(Arena arena) {
        this.arena = arena;
    }

    /** {@code bytes} rounded up to whole pages, page-aligned and zero, alive while the process's arena is. */
    synchronized MemorySegment allocate(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("bytes must be positive: " + bytes);
        }
        long size = (bytes + PAGE - 1) / PAGE * PAGE;
        if (!Os.AVAILABLE) {
            return arena.allocate(size, PAGE);
        }
        if (size > CHUNK) {
            return Os.map(size, arena);
        }
        if (chunk == null || used + size > CHUNK) {
            chunk = Os.map(CHUNK, arena); // the old chunk's tail stays unwritten: never resident
            used = 0;
        }
        MemorySegment s = chunk.asSlice(used, size);
        used += size;
        return s;
    }

    /** The operating system's page calls, or {@link #AVAILABLE} false where they are not found. */
    private static final class Os {
        private static final Linker LINKER = Linker.nativeLinker();
        private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
        private static final boolean LINUX = System.getProperty("os.name", "").startsWith("Linux");
        private static final int PROT_READ_WRITE = 0x3;
        private static final int MAP_PRIVATE = 0x02;
        /** MAP_ANONYMOUS: 0x20 on Linux, 0x1000 on macOS and the BSDs. */
        private static final int MAP_ANONYMOUS = LINUX ? 0x20 : 0x1000;
        private static final int MADV_NOHUGEPAGE = 15; // Linux
        private static final int MEM_COMMIT_RESERVE = 0x3000;
        private static final int MEM_RELEASE = 0x8000;
        private static final int PAGE_READWRITE = 0x04;

        /** mmap(addr, len, prot, flags, fd, off) or VirtualAlloc(addr, size, type, protect). */
        private static final MethodHandle MAP;
        /** munmap(addr, len) or VirtualFree(addr, 0, MEM_RELEASE). */
        private static final MethodHandle UNMAP;
        /** madvise(addr, len, advice), Linux only. */
        private static final MethodHandle ADVISE;
        static final boolean AVAILABLE;

        static {
            SymbolLookup lookup = WINDOWS ? SymbolLookup.libraryLookup("kernel32", Arena.global())
                    : LINKER.defaultLookup();
            Optional<MemorySegment> map = lookup.find(WINDOWS ? "VirtualAlloc" : "mmap");
            Optional<MemorySegment> unmap = lookup.find(WINDOWS ? "VirtualFree" : "munmap");
            MAP = map.map(a -> LINKER.downcallHandle(a, WINDOWS
                    ? FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT)
                    : FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG)))
                    .orElse(null);
            UNMAP = unmap.map(a -> LINKER.downcallHandle(a, WINDOWS
                    ? FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT)
                    : FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG))).orElse(null);
            ADVISE = LINUX ? lookup.find("madvise").map(a -> LINKER.downcallHandle(a,
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT))).orElse(null) : null;
            AVAILABLE = MAP != null && UNMAP != null;
        }

        /** {@code bytes} of fresh pages, unmapped when {@code arena} closes. */
        static MemorySegment map(long bytes, Arena arena) {
            MemorySegment at;
            try {
                at = WINDOWS
                        ? (MemorySegment) MAP.invokeExact(MemorySegment.NULL, bytes, MEM_COMMIT_RESERVE, PAGE_READWRITE)
                        : (MemorySegment) MAP.invokeExact(MemorySegment.NULL, bytes, PROT_READ_WRITE,
                                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0L);
                if (at.address() == 0 || at.address() == -1L) {
                    throw new OutOfMemoryError("the OS refused " + bytes + " bytes of pages");
                }
                if (ADVISE != null) {
                    int ignored = (int) ADVISE.invokeExact(at, bytes, MADV_NOHUGEPAGE); // refused: no matter
                }
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            return at.reinterpret(bytes, arena, start -> unmap(start, bytes));
        }

        private static void unmap(MemorySegment at, long bytes) {
            try {
                int ignored = WINDOWS ? (int) UNMAP.invokeExact(at, 0L, MEM_RELEASE)
                        : (int) UNMAP.invokeExact(at, bytes);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
