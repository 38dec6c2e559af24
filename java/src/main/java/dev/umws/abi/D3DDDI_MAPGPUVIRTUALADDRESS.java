package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct D3DDDI_MAPGPUVIRTUALADDRESS {
 *     D3DKMT_HANDLE hPagingQueue;                                 // in
 *     D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS BaseAddress;           // in opt
 *     D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS MinimumAddress;        // in opt
 *     D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS MaximumAddress;        // in opt
 *     D3DKMT_HANDLE hAllocation;                                  // in
 *     D3DKMT_ALIGN64 D3DGPU_SIZE_T OffsetInPages;                 // in: 4 KiB pages
 *     D3DKMT_ALIGN64 D3DGPU_SIZE_T SizeInPages;                   // in: 4 KiB pages
 *     D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE Protection;         // in
 *     D3DKMT_ALIGN64 UINT64 DriverProtection;                     // in
 *     UINT Reserved0;
 *     D3DKMT_ALIGN64 UINT64 Reserved1;
 *     D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS VirtualAddress;        // out
 *     D3DKMT_ALIGN64 UINT64 PagingFenceValue;                     // out
 * } D3DDDI_MAPGPUVIRTUALADDRESS;          // 104 bytes, align 8, the same in every generation
 * }
 * The argument of {@code D3DKMTMapGpuVirtualAddress}.
 */
public final class D3DDDI_MAPGPUVIRTUALADDRESS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DDDI_MAPGPUVIRTUALADDRESS",
                JAVA_INT.withName("hPagingQueue"),
                Layouts.pad("Padding0", 4),
                JAVA_LONG.withName("BaseAddress"),
                JAVA_LONG.withName("MinimumAddress"),
                JAVA_LONG.withName("MaximumAddress"),
                JAVA_INT.withName("hAllocation"),
                Layouts.pad("Padding1", 4),
                JAVA_LONG.withName("OffsetInPages"),
                JAVA_LONG.withName("SizeInPages"),
                D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE.layout().withName("Protection"),
                JAVA_LONG.withName("DriverProtection"),
                JAVA_INT.withName("Reserved0"),
                Layouts.pad("Padding2", 4),
                JAVA_LONG.withName("Reserved1"),
                JAVA_LONG.withName("VirtualAddress"),
                JAVA_LONG.withName("PagingFenceValue"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DDDI_MAPGPUVIRTUALADDRESS() {
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

    /** Byte offset of {@code hPagingQueue}. */
    public static final long hPagingQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hPagingQueue");

    /** Getter for {@code D3DKMT_HANDLE hPagingQueue}. */
    public static int hPagingQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, hPagingQueue$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hPagingQueue}. */
    public static void hPagingQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hPagingQueue$OFFSET, fieldValue);
    }

    /** Byte offset of {@code BaseAddress}. */
    public static final long BaseAddress$OFFSET = Layouts.offsetOf($LAYOUT, "BaseAddress");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS BaseAddress}. */
    public static long BaseAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, BaseAddress$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS BaseAddress}. */
    public static void BaseAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, BaseAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code MinimumAddress}. */
    public static final long MinimumAddress$OFFSET = Layouts.offsetOf($LAYOUT, "MinimumAddress");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS MinimumAddress}. */
    public static long MinimumAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, MinimumAddress$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS MinimumAddress}. */
    public static void MinimumAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, MinimumAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code MaximumAddress}. */
    public static final long MaximumAddress$OFFSET = Layouts.offsetOf($LAYOUT, "MaximumAddress");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS MaximumAddress}. */
    public static long MaximumAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, MaximumAddress$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS MaximumAddress}. */
    public static void MaximumAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, MaximumAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hAllocation}. */
    public static final long hAllocation$OFFSET = Layouts.offsetOf($LAYOUT, "hAllocation");

    /** Getter for {@code D3DKMT_HANDLE hAllocation}. */
    public static int hAllocation(MemorySegment struct) {
        return struct.get(JAVA_INT, hAllocation$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hAllocation}. */
    public static void hAllocation(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hAllocation$OFFSET, fieldValue);
    }

    /** Byte offset of {@code OffsetInPages}. */
    public static final long OffsetInPages$OFFSET = Layouts.offsetOf($LAYOUT, "OffsetInPages");

    /** Getter for {@code D3DGPU_SIZE_T OffsetInPages}. */
    public static long OffsetInPages(MemorySegment struct) {
        return struct.get(JAVA_LONG, OffsetInPages$OFFSET);
    }

    /** Setter for {@code D3DGPU_SIZE_T OffsetInPages}. */
    public static void OffsetInPages(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, OffsetInPages$OFFSET, fieldValue);
    }

    /** Byte offset of {@code SizeInPages}. */
    public static final long SizeInPages$OFFSET = Layouts.offsetOf($LAYOUT, "SizeInPages");

    /** Getter for {@code D3DGPU_SIZE_T SizeInPages}. */
    public static long SizeInPages(MemorySegment struct) {
        return struct.get(JAVA_LONG, SizeInPages$OFFSET);
    }

    /** Setter for {@code D3DGPU_SIZE_T SizeInPages}. */
    public static void SizeInPages(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, SizeInPages$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Protection}. */
    public static final long Protection$OFFSET = Layouts.offsetOf($LAYOUT, "Protection");

    /** Slice of {@code D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE Protection}. */
    public static MemorySegment Protection(MemorySegment struct) {
        return struct.asSlice(Protection$OFFSET, D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE.sizeof());
    }

    /** Byte offset of {@code DriverProtection}. */
    public static final long DriverProtection$OFFSET = Layouts.offsetOf($LAYOUT, "DriverProtection");

    /** Getter for {@code UINT64 DriverProtection}. */
    public static long DriverProtection(MemorySegment struct) {
        return struct.get(JAVA_LONG, DriverProtection$OFFSET);
    }

    /** Setter for {@code UINT64 DriverProtection}. */
    public static void DriverProtection(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, DriverProtection$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Reserved0}. */
    public static final long Reserved0$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved0");

    /** Getter for {@code UINT Reserved0}. */
    public static int Reserved0(MemorySegment struct) {
        return struct.get(JAVA_INT, Reserved0$OFFSET);
    }

    /** Setter for {@code UINT Reserved0}. */
    public static void Reserved0(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Reserved0$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Reserved1}. */
    public static final long Reserved1$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved1");

    /** Getter for {@code UINT64 Reserved1}. */
    public static long Reserved1(MemorySegment struct) {
        return struct.get(JAVA_LONG, Reserved1$OFFSET);
    }

    /** Setter for {@code UINT64 Reserved1}. */
    public static void Reserved1(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Reserved1$OFFSET, fieldValue);
    }

    /** Byte offset of {@code VirtualAddress}. */
    public static final long VirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "VirtualAddress");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS VirtualAddress}. */
    public static long VirtualAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, VirtualAddress$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS VirtualAddress}. */
    public static void VirtualAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, VirtualAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PagingFenceValue}. */
    public static final long PagingFenceValue$OFFSET = Layouts.offsetOf($LAYOUT, "PagingFenceValue");

    /** Getter for {@code UINT64 PagingFenceValue}. */
    public static long PagingFenceValue(MemorySegment struct) {
        return struct.get(JAVA_LONG, PagingFenceValue$OFFSET);
    }

    /** Setter for {@code UINT64 PagingFenceValue}. */
    public static void PagingFenceValue(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, PagingFenceValue$OFFSET, fieldValue);
    }
}
