package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_CREATEDEVICE {
 *     HANDLE hDevice;                           // in: OS handle, out: KMD handle
 *     union {
 *         DXGK_CREATEDEVICEFLAGS Flags;         // in
 *         DXGK_DEVICEINFO       *pInfo;         // out, obsolete
 *     };
 *     ULONG  Pasid;
 *     HANDLE hKmdProcess;
 * } DXGKARG_CREATEDEVICE;                      // 32 bytes, align 8
 * }
 */
public final class DXGKARG_CREATEDEVICE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_CREATEDEVICE",
                ADDRESS.withName("hDevice"),
                Layouts.anonUnion(0,
                        DXGK_CREATEDEVICEFLAGS.layout(g).withName("Flags"),
                        ADDRESS.withName("pInfo")),
                JAVA_INT.withName("Pasid"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("hKmdProcess"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_CREATEDEVICE() {
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

    /** Byte offset of {@code hDevice}. */
    public static final long hDevice$OFFSET = Layouts.offsetOf($LAYOUT, "hDevice");

    /** Getter for {@code HANDLE hDevice}. */
    public static MemorySegment hDevice(MemorySegment struct) {
        return struct.get(ADDRESS, hDevice$OFFSET);
    }

    /** Setter for {@code HANDLE hDevice}. */
    public static void hDevice(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hDevice$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGK_CREATEDEVICEFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGK_CREATEDEVICEFLAGS.sizeof());
    }

    /** Byte offset of {@code pInfo}. */
    public static final long pInfo$OFFSET = Layouts.offsetOf($LAYOUT, "pInfo");

    /** Getter for {@code DXGK_DEVICEINFO * pInfo}. */
    public static MemorySegment pInfo(MemorySegment struct) {
        return struct.get(ADDRESS, pInfo$OFFSET);
    }

    /** Setter for {@code DXGK_DEVICEINFO * pInfo}. */
    public static void pInfo(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pInfo$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Pasid}. */
    public static final long Pasid$OFFSET = Layouts.offsetOf($LAYOUT, "Pasid");

    /** Getter for {@code ULONG Pasid}. */
    public static int Pasid(MemorySegment struct) {
        return struct.get(JAVA_INT, Pasid$OFFSET);
    }

    /** Setter for {@code ULONG Pasid}. */
    public static void Pasid(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Pasid$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hKmdProcess}. */
    public static final long hKmdProcess$OFFSET = Layouts.offsetOf($LAYOUT, "hKmdProcess");

    /** Getter for {@code HANDLE hKmdProcess}. */
    public static MemorySegment hKmdProcess(MemorySegment struct) {
        return struct.get(ADDRESS, hKmdProcess$OFFSET);
    }

    /** Setter for {@code HANDLE hKmdProcess}. */
    public static void hKmdProcess(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hKmdProcess$OFFSET, fieldValue);
    }
}
