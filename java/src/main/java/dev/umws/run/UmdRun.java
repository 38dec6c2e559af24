package dev.umws.run;

import dev.umws.umd.NativeUmd;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One run of a native UMD in an emulated process of its own: the library, the entry point
 * ({@code NTSTATUS entry(const UMWS_UMD_EXAMPLE_ARGS *, UMWS_UMD_EXAMPLE_RESULT *)}, the example's
 * convention) and the arguments it gets: {@code queues} queues in one context on {@code engine},
 * {@code submissions} fences each, {@code batch} per doorbell ring, rings of {@code ringBytes}
 * (a power of two, bytes).
 */
public record UmdRun(Path library, String entry, int engine, int queues, int submissions, int batch, long ringBytes) {
    /** The entry point a run calls unless told otherwise: the example UMD's. */
    public static final String DEFAULT_ENTRY = NativeUmd.EXAMPLE_ENTRY;

    public UmdRun {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(entry, "entry");
        if (entry.isBlank()) {
            throw new IllegalArgumentException("an empty entry point name");
        }
        if (engine < 0 || queues < 1 || submissions < 0 || batch < 1) {
            throw new IllegalArgumentException("engine " + engine + ", queues " + queues + ", submissions " + submissions
                    + ", batch " + batch + ": need engine >= 0, queues >= 1, submissions >= 0, batch >= 1");
        }
        if (ringBytes <= 0 || Long.bitCount(ringBytes) != 1) {
            throw new IllegalArgumentException("ring size must be a power of two (bytes): " + ringBytes);
        }
    }

    /** {@link #DEFAULT_ENTRY} of {@code library}: 6 queues on engine 0, 200 fences each, 4 per ring, 4096-byte rings. */
    public static UmdRun of(Path library) {
        return new UmdRun(library, DEFAULT_ENTRY, 0, 6, 200, 4, 4096);
    }

    /** The example UMD built with the shim ({@link NativeUmd#exampleLibrary}), as {@link #of}. */
    public static UmdRun example() {
        return of(NativeDrivers.umdLibrary(NativeDrivers.EXAMPLE_UMD));
    }

    public UmdRun withEntry(String name) {
        return new UmdRun(library, name, engine, queues, submissions, batch, ringBytes);
    }

    public UmdRun onEngine(int e) {
        return new UmdRun(library, entry, e, queues, submissions, batch, ringBytes);
    }

    /** {@code n} queues, {@code fences} submissions each, {@code perRing} per doorbell ring. */
    public UmdRun withWork(int n, int fences, int perRing) {
        return new UmdRun(library, entry, engine, n, fences, perRing, ringBytes);
    }

    public UmdRun withRingBytes(long bytes) {
        return new UmdRun(library, entry, engine, queues, submissions, batch, bytes);
    }

    /** The fences the run should complete: every submission of every queue. */
    public long expectedFences() {
        return (long) queues * submissions;
    }

    /** "file:entry", for messages. */
    public String label() {
        return library.getFileName() + ":" + entry;
    }
}
