package dev.umws.bench;

import dev.umws.kmd.Kmd;
import dev.umws.kmd.NativeKmd;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.nativelib.Platform;

import java.util.Optional;

/**
 * The two reference KMDs an experiment can start the emulated OS with: {@link ReferenceKmd} in
 * Java (its ISR is a Java method the GPU's interrupt thread reaches through a Panama upcall) and
 * its C twin {@code umws_kmd_reference} (its ISR is C on the interrupt thread; only its
 * DxgkCbNotifyInterrupt and DxgkCbQueueDpc calls cross into Java, as upcalls).
 */
enum BenchKmd {
    JAVA("Java KMD (ReferenceKmd)"),
    NATIVE("C KMD (umws_kmd_reference)");

    final String label;

    BenchKmd(String label) {
        this.label = label;
    }

    /** A fresh driver for one OS; {@link #release} it after that OS closed. */
    Kmd create() {
        return this == JAVA ? new ReferenceKmd() : NativeKmd.reference();
    }

    /** Frees a native driver's object (a Java one has nothing to free). Only after its OS closed. */
    static void release(Kmd kmd) {
        if (kmd instanceof NativeKmd n) {
            n.close();
        }
    }

    /** Why the C KMD cannot be measured here (its library was not built), or empty when it can. */
    static Optional<String> nativeUnavailable() {
        return NativeLibrary.companion(NativeKmd.REFERENCE_LIBRARY).isPresent() ? Optional.empty()
                : Optional.of(Platform.libraryFileName(NativeKmd.REFERENCE_LIBRARY) + " is not next to the umws library "
                        + NativeLibrary.path());
    }
}
