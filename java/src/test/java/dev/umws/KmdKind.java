package dev.umws;

import dev.umws.kmd.Kmd;
import dev.umws.kmd.NativeKmd;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import org.junit.jupiter.params.provider.Arguments;

import java.util.stream.Stream;

/**
 * The two reference KMDs a suite runs against: the Java {@link ReferenceKmd} and its C twin
 * ({@code native/kmd}, loaded through {@link NativeKmd#reference()}). A parameterized test takes
 * the kind and makes a fresh driver per OS with {@link #create()}.
 */
public enum KmdKind {
    JAVA,
    NATIVE;

    /**
     * A fresh driver of this kind. A native one's upcalls go when its OS closes (the adapter
     * stops); its driver object, a few hundred bytes, stays until the JVM ends unless closed.
     */
    public Kmd create() {
        return this == JAVA ? new ReferenceKmd() : NativeKmd.reference();
    }

    /** Each kind with each detection mode: {@code @MethodSource("dev.umws.KmdKind#withDetectModes")}. */
    public static Stream<Arguments> withDetectModes() {
        return Stream.of(values()).flatMap(k -> Stream.of(GpuConfig.DetectMode.values()).map(m -> Arguments.of(k, m)));
    }
}
