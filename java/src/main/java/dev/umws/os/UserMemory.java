package dev.umws.os;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static dev.umws.abi.ntstatus_h.STATUS_ACCESS_VIOLATION;
import static dev.umws.abi.ntstatus_h.STATUS_INSUFFICIENT_RESOURCES;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Copies between the caller's ("user") memory and the OS's own memory the way the Windows kernel
 * probes and captures a D3DKMT thunk's arguments: a bad user pointer is answered with
 * STATUS_ACCESS_VIOLATION, never a crash. Native memory goes through the shim's guarded copies
 * ({@code include/umws/umws_probe.h}), which answer a fault instead of taking one, so even
 * {@code MemorySegment.ofAddress(0x10)} is only an answer.
 *
 * <p>The caller's segment may be any Java segment. Its rules, in the order they are applied:
 * <ol>
 *   <li>{@code null}, or a native segment at address 0 ({@code MemorySegment.NULL}): access violation.
 *   <li>A segment whose scope is no longer alive (its arena was closed), or that this thread may not
 *       access (another thread's confined arena): access violation; the exception FFM would throw
 *       never escapes, and a scope closed during the copy is answered the same way.
 *   <li>Writes only: a read-only segment ({@code asReadOnly}) as the destination: access violation,
 *       whatever the size.
 *   <li>{@code bytes == 0}: success; nothing is touched.
 *   <li>A heap segment: a plain, bounds-checked copy (heap memory cannot reach native code through
 *       these critical downcalls, and needs no probe: it is always mapped); access violation when
 *       it is shorter than {@code bytes}.
 *   <li>A native segment of byteSize 0, what {@code MemorySegment.ofAddress} gives: a raw pointer,
 *       probed at its address for {@code bytes}.
 *   <li>A native segment with {@code 0 < byteSize < bytes}: access violation, a short user buffer
 *       (the caller said how long it is; the bytes after it are not the caller's to lend).
 *   <li>A native segment with {@code byteSize >= bytes} of an arena (confined, shared or automatic):
 *       a plain copy, with no system call. The Java runtime guarantees that such memory is mapped
 *       and writable while its arena lives (only the restricted {@code reinterpret(size, arena, ..)}
 *       could break that, and its caller vouches for the memory); an arena closed during the copy
 *       is an access violation. This keeps a Java driver's per-interrupt and per-submission calls
 *       (DxgkCbNotifyInterrupt, D3DKMTNotifyWorkSubmission) at the cost of a copy.
 *   <li>Any other native segment with {@code byteSize >= bytes} (the global scope, where
 *       {@code MemorySegment.ofAddress(..).reinterpret(..)} lands): probed; its memory may still be
 *       unmapped or protected, which is an access violation too.
 * </ol>
 * A write is all or nothing: every page of the destination is checked writable before a byte is
 * written. STATUS_INSUFFICIENT_RESOURCES means the operating system refused the means (the POSIX
 * fallback's pipe: out of file descriptors).
 *
 * <p>The OS's side ({@code into} of a read, {@code from} of a write) is the testbed's own memory:
 * native or heap, it must be alive, accessible and large enough, or an IllegalArgumentException
 * reports the testbed bug. A heap segment there costs a bounce through a native buffer.
 *
 * <p>The downcalls are critical ({@code Linker.Option.critical(false)}): they never call back into
 * Java and take one or a few system calls, so the thread-state transition is not worth its cost;
 * a copy of several MiB delays safepoints for its few milliseconds.
 */
final class UserMemory {
    private static final int PROBE_OK = 0;
    private static final int PROBE_FAULT = -1;
    private static final int PROBE_EPLATFORM = -2;

    /** The scope of {@code MemorySegment.ofAddress} and of the global arena: no lifetime vouches for it. */
    private static final MemorySegment.Scope GLOBAL = Arena.global().scope();

    private UserMemory() {
    }

    /** Downcall handles of {@code umws_probe.h}, bound at first use; a missing symbol fails with its name. */
    private static final class Probe {
        static final MethodHandle READ = handle("umws_probe_read", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle WRITE = handle("umws_probe_write", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle WRITABLE = handle("umws_probe_writable", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));

        private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
            MemorySegment symbol = NativeLibrary.lookup().find(name)
                    .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name));
            return Linker.nativeLinker().downcallHandle(symbol, descriptor, Linker.Option.critical(false));
        }
    }

    /**
     * Copies {@code bytes} from the caller's memory {@code from} into the OS's memory {@code into}
     * ({@code into.byteSize() >= bytes}). STATUS_SUCCESS or STATUS_ACCESS_VIOLATION (see the class
     * rules); after a violation {@code into}'s first {@code bytes} are unspecified.
     */
    static int read(MemorySegment from, long bytes, MemorySegment into) {
        requireOsMemory(into, bytes, "into");
        if (into.isReadOnly()) {
            throw new IllegalArgumentException("the OS's buffer 'into' is read-only");
        }
        Way way = way(from, bytes, false);
        if (way != Way.PROBE) {
            return way == Way.DIRECT ? plainCopy(from, into, bytes) : way.answer;
        }
        if (into.isNative()) {
            return status(probe(Probe.READ, into, from, bytes));
        }
        try (Arena bounce = Arena.ofConfined()) {
            MemorySegment b = bounce.allocate(bytes);
            int rc = probe(Probe.READ, b, from, bytes);
            if (rc == PROBE_OK) {
                MemorySegment.copy(b, 0, into, 0, bytes);
            }
            return status(rc);
        }
    }

    /**
     * Copies all of the OS's {@code from} into the caller's memory {@code to}, all or nothing.
     * STATUS_SUCCESS or STATUS_ACCESS_VIOLATION (see the class rules).
     */
    static int write(MemorySegment to, MemorySegment from) {
        long bytes = from.byteSize();
        requireOsMemory(from, bytes, "from");
        Way way = way(to, bytes, true);
        if (way != Way.PROBE) {
            return way == Way.DIRECT ? plainCopy(from, to, bytes) : way.answer;
        }
        if (from.isNative()) {
            return status(probe(Probe.WRITE, to, from, bytes));
        }
        try (Arena bounce = Arena.ofConfined()) {
            MemorySegment b = bounce.allocate(bytes);
            MemorySegment.copy(from, 0, b, 0, bytes);
            return status(probe(Probe.WRITE, to, b, bytes));
        }
    }

    /**
     * STATUS_SUCCESS when all of the caller's first {@code bytes} at {@code to} may be written
     * (see the class rules), found without changing them; STATUS_ACCESS_VIOLATION otherwise.
     */
    static int writable(MemorySegment to, long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a negative size: " + bytes);
        }
        Way way = way(to, bytes, true);
        if (way != Way.PROBE) {
            return way.answer; // an arena's memory is writable while it lives
        }
        try {
            return status((int) Probe.WRITABLE.invokeExact(to, bytes));
        } catch (IllegalStateException | WrongThreadException e) {
            return STATUS_ACCESS_VIOLATION;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** How the caller's memory is reached: not at all, not needed, a plain copy, or the shim's probe. */
    private enum Way {
        VIOLATION(STATUS_ACCESS_VIOLATION), NOTHING(STATUS_SUCCESS), DIRECT(STATUS_SUCCESS), PROBE(STATUS_SUCCESS);

        /** The answer when nothing is copied (DIRECT: the answer of a writability check). */
        final int answer;

        Way(int answer) {
            this.answer = answer;
        }
    }

    /** The class rules 1 to 9 for the caller's {@code user}, {@code bytes} long, as a source or destination. */
    private static Way way(MemorySegment user, long bytes, boolean destination) {
        if (unusable(user) || (destination && user.isReadOnly())) {
            return Way.VIOLATION;
        }
        if (bytes == 0) {
            return Way.NOTHING;
        }
        if (shortOf(user, bytes)) {
            return Way.VIOLATION;
        }
        return !user.isNative() || ofAnArena(user, bytes) ? Way.DIRECT : Way.PROBE;
    }

    /** Rules 1 and 2: NULL, a closed scope, or another thread's confined memory. */
    private static boolean unusable(MemorySegment user) {
        return user == null || (user.isNative() && user.address() == 0) || !user.scope().isAlive()
                || !user.isAccessibleBy(Thread.currentThread());
    }

    /**
     * Rule 8: native memory an arena allocated, which the runtime keeps mapped while it is alive,
     * with the whole range inside the segment (a native segment of byteSize 0 is a raw pointer).
     */
    private static boolean ofAnArena(MemorySegment user, long bytes) {
        return user.byteSize() >= bytes && !user.scope().equals(GLOBAL);
    }

    /** Rules 5 and 8: a bounds-checked copy; an arena closed or handed to another thread meanwhile is a fault. */
    private static int plainCopy(MemorySegment from, MemorySegment to, long bytes) {
        try {
            MemorySegment.copy(from, 0, to, 0, bytes);
            return STATUS_SUCCESS;
        } catch (IllegalStateException | WrongThreadException e) {
            return STATUS_ACCESS_VIOLATION;
        }
    }

    /** Rules 5 and 7: shorter than {@code bytes}, unless a native segment of byteSize 0 (a raw pointer). */
    private static boolean shortOf(MemorySegment user, long bytes) {
        long size = user.byteSize();
        return size < bytes && !(user.isNative() && size == 0);
    }

    /** Calls a copy: (trusted or untrusted destination, source, bytes). A scope closed meanwhile is a fault. */
    private static int probe(MethodHandle copy, MemorySegment dst, MemorySegment src, long bytes) {
        try {
            return (int) copy.invokeExact(dst, src, bytes);
        } catch (IllegalStateException | WrongThreadException e) {
            return PROBE_FAULT;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static int status(int rc) {
        return switch (rc) {
            case PROBE_OK -> STATUS_SUCCESS;
            case PROBE_FAULT -> STATUS_ACCESS_VIOLATION;
            case PROBE_EPLATFORM -> STATUS_INSUFFICIENT_RESOURCES;
            default -> throw new IllegalStateException("umws_probe answered " + rc);
        };
    }

    private static void requireOsMemory(MemorySegment os, long bytes, String name) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a negative size: " + bytes);
        }
        if (os == null || !os.scope().isAlive() || !os.isAccessibleBy(Thread.currentThread())) {
            throw new IllegalArgumentException("the OS's buffer '" + name + "' is not usable by this thread");
        }
        if (os.byteSize() < bytes) {
            throw new IllegalArgumentException("the OS's buffer '" + name + "' holds " + os.byteSize() + " bytes, not " + bytes);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
