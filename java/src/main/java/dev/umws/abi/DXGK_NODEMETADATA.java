package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_NODEMETADATA {          // d3dkmdt.h
 *     DXGK_ENGINE_TYPE        EngineType;
 *     WCHAR                   FriendlyName[DXGK_MAX_METADATA_NAME_LENGTH];  // 32 UTF-16 units
 *     DXGK_NODEMETADATA_FLAGS Flags;
 *     BOOLEAN                 GpuMmuSupported;
 *     BOOLEAN                 IoMmuSupported;
 * } DXGK_NODEMETADATA;                         // 76 bytes, align 4
 * }
 * {@code DXGKARG_GETNODEMETADATA} is this type. Learn's syntax also shows a {@code UINT32 Reserved} after
 * {@code Flags}: the {@code #else} branch of the WDDM 2.2 guard around {@code Flags}, not a member of WDDM
 * 3.x.
 */
public final class DXGK_NODEMETADATA {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_NODEMETADATA",
                JAVA_INT.withName("EngineType"),
                MemoryLayout.sequenceLayout(32, JAVA_SHORT).withName("FriendlyName"),
                DXGK_NODEMETADATA_FLAGS.layout(g).withName("Flags"),
                JAVA_BYTE.withName("GpuMmuSupported"),
                JAVA_BYTE.withName("IoMmuSupported"),
                Layouts.pad("Padding0", 2));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_NODEMETADATA() {
    }

    /** The layout in the selected generation. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    /** Size in bytes. */
    public static long sizeof() {
        return $LAYOUT.byteSize();
    }

    /** A zeroed instance from {@code allocator}. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate($LAYOUT);
    }

    /** Byte offset of {@code EngineType}. */
    public static final long EngineType$OFFSET = Layouts.offsetOf($LAYOUT, "EngineType");

    /** Getter for {@code DXGK_ENGINE_TYPE EngineType}. */
    public static int EngineType(MemorySegment struct) {
        return struct.get(JAVA_INT, EngineType$OFFSET);
    }

    /** Setter for {@code DXGK_ENGINE_TYPE EngineType}. */
    public static void EngineType(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, EngineType$OFFSET, fieldValue);
    }

    /** Byte offset of {@code FriendlyName}. */
    public static final long FriendlyName$OFFSET = Layouts.offsetOf($LAYOUT, "FriendlyName");

    /** Slice of {@code WCHAR FriendlyName[32]} (64 bytes). */
    public static MemorySegment FriendlyName(MemorySegment struct) {
        return struct.asSlice(FriendlyName$OFFSET, 64);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGK_NODEMETADATA_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGK_NODEMETADATA_FLAGS.sizeof());
    }

    /** Byte offset of {@code GpuMmuSupported}. */
    public static final long GpuMmuSupported$OFFSET = Layouts.offsetOf($LAYOUT, "GpuMmuSupported");

    /** Getter for {@code BOOLEAN GpuMmuSupported}. */
    public static byte GpuMmuSupported(MemorySegment struct) {
        return struct.get(JAVA_BYTE, GpuMmuSupported$OFFSET);
    }

    /** Setter for {@code BOOLEAN GpuMmuSupported}. */
    public static void GpuMmuSupported(MemorySegment struct, byte fieldValue) {
        struct.set(JAVA_BYTE, GpuMmuSupported$OFFSET, fieldValue);
    }

    /** Byte offset of {@code IoMmuSupported}. */
    public static final long IoMmuSupported$OFFSET = Layouts.offsetOf($LAYOUT, "IoMmuSupported");

    /** Getter for {@code BOOLEAN IoMmuSupported}. */
    public static byte IoMmuSupported(MemorySegment struct) {
        return struct.get(JAVA_BYTE, IoMmuSupported$OFFSET);
    }

    /** Setter for {@code BOOLEAN IoMmuSupported}. */
    public static void IoMmuSupported(MemorySegment struct, byte fieldValue) {
        struct.set(JAVA_BYTE, IoMmuSupported$OFFSET, fieldValue);
    }
}
