package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The argument of the testbed's {@code umws_create_allocation} ({@code include/umws/umws_os.h}):
 * OS-made memory a native UMD writes at CpuVirtualAddress and the GPU reaches at GpuVirtualAddress.
 */
public final class UMWS_CREATEALLOCATION {

    /** The layout in header generation {@code g} (the same in all). */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_CREATEALLOCATION",
                JAVA_INT.withName("hDevice"),
                JAVA_INT.withName("hAllocation"),
                JAVA_LONG.withName("SizeInBytes"),
                ADDRESS.withName("CpuVirtualAddress"),
                JAVA_LONG.withName("GpuVirtualAddress"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_CREATEALLOCATION() {
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

    public static final long hDevice$OFFSET = Layouts.offsetOf($LAYOUT, "hDevice");
    public static final long hAllocation$OFFSET = Layouts.offsetOf($LAYOUT, "hAllocation");
    public static final long SizeInBytes$OFFSET = Layouts.offsetOf($LAYOUT, "SizeInBytes");
    public static final long CpuVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "CpuVirtualAddress");
    public static final long GpuVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "GpuVirtualAddress");

    public static int hDevice(MemorySegment struct) {
        return struct.get(JAVA_INT, hDevice$OFFSET);
    }

    public static void hDevice(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hDevice$OFFSET, fieldValue);
    }

    public static int hAllocation(MemorySegment struct) {
        return struct.get(JAVA_INT, hAllocation$OFFSET);
    }

    public static void hAllocation(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hAllocation$OFFSET, fieldValue);
    }

    public static long SizeInBytes(MemorySegment struct) {
        return struct.get(JAVA_LONG, SizeInBytes$OFFSET);
    }

    public static void SizeInBytes(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, SizeInBytes$OFFSET, fieldValue);
    }

    public static MemorySegment CpuVirtualAddress(MemorySegment struct) {
        return struct.get(ADDRESS, CpuVirtualAddress$OFFSET);
    }

    public static void CpuVirtualAddress(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, CpuVirtualAddress$OFFSET, fieldValue);
    }

    public static long GpuVirtualAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, GpuVirtualAddress$OFFSET);
    }

    public static void GpuVirtualAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, GpuVirtualAddress$OFFSET, fieldValue);
    }
}
