package dev.umws.run;

import dev.umws.kmd.NativeKmd;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.nativelib.Platform;
import dev.umws.umd.NativeUmd;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * The drivers built with the shim, by the short names {@code umws run} takes: the reference KMD in
 * C ({@value #REFERENCE_KMD}), its broken twin ({@value #BROKEN_KMD}), and the example UMD
 * ({@value #EXAMPLE_UMD}). Any other name is a path.
 */
public final class NativeDrivers {
    /** The reference KMD in C ({@code native/kmd}). */
    public static final String REFERENCE_KMD = "reference";
    /** The reference KMD's broken twin, which breaks the one rule {@link #selectFault} chose. */
    public static final String BROKEN_KMD = "broken";
    /** The example UMD ({@code native/umd_example}). */
    public static final String EXAMPLE_UMD = "example";
    /** The broken twin's library. */
    public static final String BROKEN_LIBRARY = "umws_kmd_broken";
    /** The broken twin's export that chooses its fault (a KMD_FAULT_* value of native/kmd/reference_kmd.h). */
    public static final String SELECT_FAULT = "umws_kmd_broken_select";

    private NativeDrivers() {
    }

    /**
     * The KMD library {@code nameOrPath} names: a built-in one next to the shim, or a path.
     *
     * @throws IllegalStateException when a built-in one was not built
     */
    public static Path kmdLibrary(String nameOrPath) {
        return switch (nameOrPath) {
            case REFERENCE_KMD -> NativeKmd.companion(NativeKmd.REFERENCE_LIBRARY);
            case BROKEN_KMD -> NativeKmd.companion(BROKEN_LIBRARY);
            default -> Path.of(nameOrPath);
        };
    }

    /**
     * The UMD library {@code nameOrPath} names: the example next to the shim, or a path.
     *
     * @throws IllegalStateException when the example was not built
     */
    public static Path umdLibrary(String nameOrPath) {
        if (!nameOrPath.equals(EXAMPLE_UMD)) {
            return Path.of(nameOrPath);
        }
        return NativeUmd.exampleLibrary().orElseThrow(() -> new IllegalStateException("the example UMD "
                + Platform.libraryFileName(NativeUmd.EXAMPLE) + " is not next to the shim " + NativeLibrary.path()
                + ": build it with 'mvn -B package' (CMake target " + NativeUmd.EXAMPLE + ")"));
    }

    /**
     * Chooses the rule the broken twin breaks in the adapter it starts next ({@value #SELECT_FAULT}).
     * The choice belongs to the library, not to {@code kmd}: it holds for every driver object of it
     * until chosen again.
     *
     * @throws IllegalArgumentException when {@code kmd} is not the broken twin, or it refuses the fault
     */
    public static void selectFault(NativeKmd kmd, int fault) {
        MemorySegment select = kmd.find(SELECT_FAULT).orElseThrow(() -> new IllegalArgumentException(
                kmd.library() + " exports no " + SELECT_FAULT + ": only the broken twin (" + BROKEN_KMD
                        + ") has faults to choose"));
        int status;
        try {
            status = (int) Linker.nativeLinker().downcallHandle(select, FunctionDescriptor.of(JAVA_INT, JAVA_INT))
                    .invokeExact(fault);
        } catch (Throwable t) {
            throw new IllegalStateException(SELECT_FAULT, t);
        }
        if (status != 0) {
            throw new IllegalArgumentException(SELECT_FAULT + "(" + fault + ") returned "
                    + dev.umws.abi.ntstatus_h.name(status) + ": no such fault");
        }
    }
}
