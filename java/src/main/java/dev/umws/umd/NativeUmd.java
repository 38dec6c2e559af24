package dev.umws.umd;

import dev.umws.abi.UMWS_UMD_EXAMPLE_ARGS;
import dev.umws.abi.UMWS_UMD_EXAMPLE_RESULT;
import dev.umws.abi.ntstatus_h;
import dev.umws.abi.umws_umd_example_h;
import dev.umws.gpu.GpuConfig;
import dev.umws.nativelib.NativeFrames;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.nativelib.Platform;
import dev.umws.os.EntryPoints;
import dev.umws.os.Process;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Runs a native UMD library against the emulated OS: a shared library written in C against
 * {@code include/umws} that calls the shim's exported D3DKMT entry points, as a Windows UMD calls
 * gdi32's. The library is loaded after the shim, so that its dependency on the shim resolves to the
 * copy {@link NativeLibrary#lookup()} loaded (a second copy would have no OS behind it: every entry
 * point would answer STATUS_DEVICE_NOT_READY). Its entry points run on a new platform thread bound
 * to the emulated process they act for ({@link Process#bindCurrentThread}), and the caller waits.
 *
 * <p>How the loaders share the shim: Linux's glibc reuses a loaded library whose soname
 * ({@code libumws.so}) matches the UMD's DT_NEEDED entry, wherever either file lies; macOS's dyld
 * reuses the image loaded from the path the UMD's {@code @rpath} (its {@code @loader_path}, when
 * it lies next to the shim) names; Windows reuses a loaded module of the same name
 * ({@code umws.dll}). On Linux and macOS the lookup of a library also searches its dependencies, so
 * {@link #load} checks the copy the UMD sees against the loaded one and refuses a mismatch
 * ({@link #sharesShimVerified}); Windows' GetProcAddress does not search dependencies, and there the
 * first call's answer tells.
 *
 * <p>The calling convention of an entry point {@link #call} runs is
 * {@code NTSTATUS name(const ARGS *args, RESULT *result)}, the two structures the library's own
 * (umws_umd_example.h is the model). {@link #runExample} runs the example UMD built with the shim,
 * {@link #runEntry} another library's entry point of the example's convention.
 * Closing a NativeUmd unloads its library; the shim stays.
 *
 * <p>A fault inside the library cannot be caught in the JVM. Its crash report names the thread,
 * {@code umws-native-umd <entry point>}, and the Java frame {@link NativeFrames#UmdEntryPoint};
 * with {@code -Dumws.native.calls=log} the last line on stderr names the entry point too.
 */
public final class NativeUmd implements AutoCloseable {
    /** The example UMD library built with the shim ({@code native/umd_example}), found next to it. */
    public static final String EXAMPLE = "umws_umd_example";
    /** The example's entry point. */
    public static final String EXAMPLE_ENTRY = "umws_umd_example_run";
    /** The example's timed run, for benchmarks ({@link #timeExample}). */
    public static final String EXAMPLE_TIME_ENTRY = "umws_umd_example_time";
    /** A symbol of the shim every dependent library sees: how the copy a UMD links is compared. */
    private static final String SHIM_SYMBOL = "umws_thread_bind_process";
    private static final FunctionDescriptor ENTRY = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
    /** {@code NTSTATUS umws_umd_example_time(const ARGS *, RESULT *, uint64_t *ring_to_fence_ns)}. */
    private static final FunctionDescriptor TIMED_ENTRY = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS);

    private final Path path;
    private final Arena arena = Arena.ofShared();
    private final SymbolLookup lookup;
    private final boolean sharesShimVerified;

    private NativeUmd(Path path) {
        this.path = path;
        // The shim first: the UMD's dependency on it then resolves to this very copy.
        MemorySegment ours = NativeLibrary.lookup().find(SHIM_SYMBOL).orElseThrow(
                () -> new IllegalStateException("the umws library has no symbol " + SHIM_SYMBOL));
        try {
            lookup = SymbolLookup.libraryLookup(path, arena);
        } catch (IllegalArgumentException e) {
            arena.close();
            throw new IllegalStateException("the native UMD " + path + " did not load: " + e.getMessage(), e);
        }
        Optional<MemorySegment> theirs = lookup.find(SHIM_SYMBOL);
        if (theirs.isPresent() && theirs.get().address() != ours.address()) {
            arena.close();
            throw new IllegalStateException("the native UMD " + path + " reaches a second copy of the umws library, not "
                    + NativeLibrary.path() + ": its entry points would find no OS behind them");
        }
        sharesShimVerified = theirs.isPresent();
    }

    /**
     * Loads the native UMD library at {@code library} (after the shim).
     *
     * @throws IllegalStateException when it does not load or links another copy of the shim
     */
    public static NativeUmd load(Path library) {
        if (!Files.isRegularFile(library)) {
            throw new IllegalStateException("the native UMD " + library + " is not a file");
        }
        return new NativeUmd(library.toAbsolutePath());
    }

    /** The example UMD library next to the shim, or empty when it was not built. */
    public static Optional<Path> exampleLibrary() {
        return NativeLibrary.companion(EXAMPLE);
    }

    /**
     * Loads the example UMD library from next to the shim.
     *
     * @throws IllegalStateException naming the file and where it was looked for when it was not built
     */
    public static NativeUmd loadExample() {
        return load(exampleLibrary().orElseThrow(() -> new IllegalStateException(Platform.libraryFileName(EXAMPLE)
                + " is not next to the umws library " + NativeLibrary.path()
                + ": build it with the shim ('mvn package', or the CMake target " + EXAMPLE + ")")));
    }

    /** The library file. */
    public Path path() {
        return path;
    }

    /**
     * True when the loader showed that the library's view of the shim is the loaded copy (Linux,
     * macOS); false where the loader cannot say (Windows), though it shares the copy there too.
     */
    public boolean sharesShimVerified() {
        return sharesShimVerified;
    }

    /**
     * The address of the exported entry point {@code name}.
     *
     * @throws IllegalArgumentException when the library exports no such symbol
     */
    public MemorySegment entryPoint(String name) {
        return lookup.find(name).orElseThrow(
                () -> new IllegalArgumentException("the native UMD " + path + " exports no " + name));
    }

    /**
     * Runs {@code NTSTATUS name(args, result)} on a new platform thread bound to {@code process}
     * (null: bound to none, as a UMD's own thread that forgot to bind: its entry points answer
     * STATUS_ACCESS_DENIED, or STATUS_DEVICE_NOT_READY while the OS has made no process yet, which
     * is when it installs its dispatcher) and returns its NTSTATUS.
     * {@code args} and {@code result} are native memory the caller keeps alive; they are passed by
     * address, so they may belong to the caller's confined arena (it cannot close while this waits).
     */
    public int call(Process process, String name, MemorySegment args, MemorySegment result) {
        if (!args.isNative() || !result.isNative()) {
            throw new IllegalArgumentException("a native UMD takes native memory");
        }
        MethodHandle entry = Linker.nativeLinker().downcallHandle(entryPoint(name), ENTRY);
        MemorySegment a = MemorySegment.ofAddress(args.address());
        MemorySegment r = MemorySegment.ofAddress(result.address());
        return onBoundThread(process, "umws-native-umd " + name, () -> {
            try {
                return NativeFrames.UmdEntryPoint(entry, name, a, r);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        });
    }

    /**
     * What the example UMD reports (UMWS_UMD_EXAMPLE_RESULT): fences completed (summed over the
     * queues), doorbell stores, reconnects, notifies, notify races, aborts, and the first failure.
     */
    public record ExampleResult(long fencesCompleted, long rings, long reconnects, long notifies, long notifyRaces,
            long aborts, int firstFailure, int failedCall, long failedQueue) {
        /** True when nothing failed. */
        public boolean succeeded() {
            return firstFailure == ntstatus_h.STATUS_SUCCESS;
        }

        /** The failure as the library reported it, for messages ("none" when there was none). */
        public String failure() {
            if (succeeded()) {
                return "none";
            }
            return ntstatus_h.name(firstFailure) + " from " + umws_umd_example_h.callName(failedCall)
                    + (failedQueue == umws_umd_example_h.UMWS_UMD_EXAMPLE_NO_QUEUE ? "" : " (queue " + failedQueue + ")");
        }
    }

    /** What an entry point of the example's convention returned, and what it reported. */
    public record EntryResult(int status, ExampleResult reported) {
        /** True when it returned STATUS_SUCCESS and reported no failure. */
        public boolean succeeded() {
            return status == ntstatus_h.STATUS_SUCCESS && reported.succeeded();
        }
    }

    /**
     * Runs the example UMD ({@value #EXAMPLE_ENTRY}, include/umws/umws_umd_example.h) for
     * {@code process} (null: on a thread bound to none): {@code queues} queues in one context on
     * {@code engine}, {@code submissions} fences each, {@code batch} per ring, rings of
     * {@code ringBytes} (a power of two). It rings the global doorbell by adding 1 when the GPU has
     * one, as the Java UMD does.
     *
     * @throws IllegalStateException when what it returned is not what it reported
     */
    public ExampleResult runExample(Process process, int engine, int queues, int submissions, int batch, long ringBytes) {
        EntryResult run = runEntry(process, EXAMPLE_ENTRY, engine, queues, submissions, batch, ringBytes);
        return agreeing(EXAMPLE_ENTRY, run.status(), run.reported());
    }

    /**
     * Runs {@code entry}, an entry point of the example's convention
     * ({@code NTSTATUS entry(const UMWS_UMD_EXAMPLE_ARGS *, UMWS_UMD_EXAMPLE_RESULT *)}), with the
     * arguments {@link #runExample} gives the example, and returns what it returned and reported.
     *
     * @throws IllegalArgumentException when the library exports no {@code entry}
     */
    public EntryResult runEntry(Process process, String entry, int engine, int queues, int submissions, int batch,
            long ringBytes) {
        entryPoint(entry); // a missing symbol fails here, not on the bound thread
        try (Arena local = Arena.ofConfined()) {
            MemorySegment args = exampleArgs(local, process, engine, queues, submissions, batch, ringBytes);
            MemorySegment r = UMWS_UMD_EXAMPLE_RESULT.allocate(local);
            int status = call(process, entry, args, r);
            return new EntryResult(status, readResult(r));
        }
    }

    /** What {@link #timeExample} measured: the run's report, and per batch the ns from its packets to its fence seen. */
    public record TimedExample(ExampleResult result, long[] ringToFenceNs) {
    }

    /**
     * Runs the example's timed variant ({@value #EXAMPLE_TIME_ENTRY}, include/umws/umws_umd_example.h)
     * with the arguments of {@link #runExample}: the queues take turns, a batch each, and each batch
     * is waited for by spinning on its progress fence; the times come in the order the batches ran.
     * After a failure ({@code result().succeeded()} false) {@code ringToFenceNs} is empty.
     */
    public TimedExample timeExample(Process process, int engine, int queues, int submissions, int batch,
            long ringBytes) {
        if (queues < 1 || batch < 1 || submissions < 0) {
            throw new IllegalArgumentException("queues " + queues + ", batch " + batch + ", submissions " + submissions);
        }
        int batches = Math.multiplyExact(queues, (submissions + batch - 1) / batch);
        MethodHandle entry = Linker.nativeLinker().downcallHandle(entryPoint(EXAMPLE_TIME_ENTRY), TIMED_ENTRY);
        try (Arena local = Arena.ofConfined()) {
            MemorySegment args = exampleArgs(local, process, engine, queues, submissions, batch, ringBytes);
            MemorySegment r = UMWS_UMD_EXAMPLE_RESULT.allocate(local);
            MemorySegment times = local.allocate(JAVA_LONG, Math.max(1, batches));
            // by address: the bound thread may not touch this thread's confined segments
            MemorySegment a = MemorySegment.ofAddress(args.address());
            MemorySegment rr = MemorySegment.ofAddress(r.address());
            MemorySegment t = MemorySegment.ofAddress(times.address());
            int status = onBoundThread(process, "umws-native-umd " + EXAMPLE_TIME_ENTRY, () -> {
                try {
                    return (int) entry.invokeExact(a, rr, t);
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            });
            ExampleResult result = exampleResult(EXAMPLE_TIME_ENTRY, status, r);
            long timed = result.succeeded() ? batches : 0;
            return new TimedExample(result, times.asSlice(0, timed * JAVA_LONG.byteSize()).toArray(JAVA_LONG));
        }
    }

    private static MemorySegment exampleArgs(Arena arena, Process process, int engine, int queues, int submissions,
            int batch, long ringBytes) {
        MemorySegment args = UMWS_UMD_EXAMPLE_ARGS.allocate(arena);
        UMWS_UMD_EXAMPLE_ARGS.Engine(args, engine);
        UMWS_UMD_EXAMPLE_ARGS.Queues(args, queues);
        UMWS_UMD_EXAMPLE_ARGS.SubmissionsPerQueue(args, submissions);
        UMWS_UMD_EXAMPLE_ARGS.BatchSize(args, batch);
        UMWS_UMD_EXAMPLE_ARGS.RingSizeInBytes(args, ringBytes);
        boolean global = process != null && process.gpuConfig().placement() == GpuConfig.Placement.GLOBAL;
        UMWS_UMD_EXAMPLE_ARGS.Flags(args, global ? umws_umd_example_h.UMWS_UMD_EXAMPLE_FLAG_GLOBAL_DOORBELL : 0);
        return args;
    }

    /** What a UMWS_UMD_EXAMPLE_RESULT says. */
    private static ExampleResult readResult(MemorySegment r) {
        return new ExampleResult(UMWS_UMD_EXAMPLE_RESULT.FencesCompleted(r),
                UMWS_UMD_EXAMPLE_RESULT.Rings(r), UMWS_UMD_EXAMPLE_RESULT.Reconnects(r),
                UMWS_UMD_EXAMPLE_RESULT.Notifies(r), UMWS_UMD_EXAMPLE_RESULT.NotifyRaces(r),
                UMWS_UMD_EXAMPLE_RESULT.Aborts(r), UMWS_UMD_EXAMPLE_RESULT.FirstFailure(r),
                UMWS_UMD_EXAMPLE_RESULT.FailedCall(r), Integer.toUnsignedLong(UMWS_UMD_EXAMPLE_RESULT.FailedQueue(r)));
    }

    /** What an entry point reported, which must agree with what it returned. */
    private static ExampleResult exampleResult(String entry, int status, MemorySegment r) {
        return agreeing(entry, status, readResult(r));
    }

    /** {@code result}, when its first failure is what the entry point returned. */
    private static ExampleResult agreeing(String entry, int status, ExampleResult result) {
        if (status != result.firstFailure()) {
            throw new IllegalStateException(entry + " returned " + ntstatus_h.name(status) + " but reported "
                    + ntstatus_h.name(result.firstFailure()));
        }
        return result;
    }

    /**
     * Runs {@code body} on a new platform thread bound to {@code process} (null: to none) and
     * returns its value; what it throws is thrown here. A virtual thread could change carriers
     * between the binding and the native call, and the caller's thread may be bound to something
     * else: a thread of its own avoids both. The thread is a daemon, so that a native UMD that
     * never returns does not keep the JVM alive; an interrupt of the waiting caller abandons it.
     */
    public static <T> T onBoundThread(Process process, String threadName, Callable<T> body) {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = Thread.ofPlatform().name(threadName).daemon(true).unstarted(() -> {
            try {
                if (process == null) {
                    value.set(body.call());
                } else {
                    try (EntryPoints.Binding _ = process.bindCurrentThread()) {
                        value.set(body.call());
                    }
                }
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + threadName + " ran; it is left running", e);
        }
        Throwable e = thrown.get();
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(threadName + " failed", e);
        }
        return value.get();
    }

    /** Unloads the library (the shim stays loaded). No entry point of it may be running. */
    @Override
    public void close() {
        arena.close();
    }
}
