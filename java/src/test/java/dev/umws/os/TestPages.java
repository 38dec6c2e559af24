package dev.umws.os;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Pages with a chosen access from the shim's test support ({@code umws_probe_test_page}), to lend
 * to {@link UserMemory} as a caller's memory: no access, read-only (a known pattern) or read-write.
 */
final class TestPages {
    static final int NONE = 0;
    static final int READONLY = 1;
    static final int READWRITE = 2;
    /** Bytes of a test page (at least; the system's page may be larger). */
    static final long BYTES = 4096;

    private static final MethodHandle PAGE = handle("umws_probe_test_page", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    private static final MethodHandle FREE = handle("umws_probe_test_page_free", FunctionDescriptor.of(JAVA_INT, ADDRESS));

    private TestPages() {
    }

    /** A fresh page with {@code access}, as a segment of {@link #BYTES}. */
    static MemorySegment page(int access) {
        try {
            MemorySegment p = (MemorySegment) PAGE.invokeExact(access);
            if (p.address() == 0) {
                throw new IllegalStateException("umws_probe_test_page(" + access + ") failed");
            }
            return p.reinterpret(BYTES);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Unmaps the page: its address is then a freed pointer. */
    static void free(MemorySegment page) {
        try {
            if ((int) FREE.invokeExact(page) != 0) {
                throw new IllegalStateException("umws_probe_test_page_free failed");
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Byte i of a read-only page (UMWS_PROBE_PAGE_PATTERN). */
    static byte pattern(long i) {
        return (byte) (i % 251 + 1);
    }

    /**
     * The bad pointers a caller may pass, as raw addresses (byteSize 0, what a native caller hands
     * over): a page with no access, a read-only page and a page already unmapped. Freed on close.
     */
    static final class Bad implements AutoCloseable {
        private final MemorySegment noAccess = page(NONE);
        private final MemorySegment readOnly = page(READONLY);

        MemorySegment noAccess() {
            return MemorySegment.ofAddress(noAccess.address());
        }

        MemorySegment readOnly() {
            return MemorySegment.ofAddress(readOnly.address());
        }

        /**
         * A page unmapped just now. Made at each call: the next mapping anywhere in the process is
         * likely to reuse a freed address, after which it would be readable again.
         */
        MemorySegment freed() {
            MemorySegment f = page(READWRITE);
            free(f);
            return MemorySegment.ofAddress(f.address());
        }

        @Override
        public void close() {
            free(noAccess);
            free(readOnly);
        }
    }

    private static MethodHandle handle(String name, FunctionDescriptor d) {
        return Linker.nativeLinker().downcallHandle(NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name)), d);
    }
}
