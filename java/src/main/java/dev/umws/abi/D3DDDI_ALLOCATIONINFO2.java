package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDI_ALLOCATIONINFO2 {
 *     D3DKMT_HANDLE hAllocation;                          // out
 *     union { HANDLE hSection; CONST VOID* pSystemMem; }; // in: section (ExistingSection) or system memory
 *     D3DKMT_PTR(VOID*, pPrivateDriverData);              // in, out opt
 *     UINT PrivateDriverDataSize;                         // in, bytes
 *     D3DDDI_VIDEO_PRESENT_SOURCE_ID VidPnSourceId;       // in: a primary only
 *     union { struct { UINT Primary:1; UINT Stereo:1; UINT OverridePriority:1; UINT Reserved:29; };
 *             UINT Value; } Flags;
 *     D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS GpuVirtualAddress;    // out
 *     union { UINT Priority; D3DKMT_ALIGN64 ULONG_PTR Unused; };  // in, with OverridePriority
 *     D3DKMT_ALIGN64 ULONG_PTR Reserved[5];
 * } D3DDDI_ALLOCATIONINFO2;               // 96 bytes, align 8, the same in every generation
 * }
 * One element of {@code D3DKMT_CREATEALLOCATION.pAllocationInfo2}.
 */
public final class D3DDDI_ALLOCATIONINFO2 {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DDDI_ALLOCATIONINFO2",
                JAVA_INT.withName("hAllocation"),
                Layouts.pad("Padding0", 4),
                Layouts.anonUnion(0,
                        ADDRESS.withName("hSection"),
                        ADDRESS.withName("pSystemMem")),
                ADDRESS.withName("pPrivateDriverData"),
                JAVA_INT.withName("PrivateDriverDataSize"),
                JAVA_INT.withName("VidPnSourceId"),
                Flags.LAYOUT,
                Layouts.pad("Padding1", 4),
                JAVA_LONG.withName("GpuVirtualAddress"),
                Layouts.anonUnion(1,
                        JAVA_INT.withName("Priority"),
                        JAVA_LONG.withName("Unused")),
                MemoryLayout.sequenceLayout(5, JAVA_LONG).withName("Reserved"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DDDI_ALLOCATIONINFO2() {
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

    /** {@code Flags.Primary : 1} at bit 256. */
    public static final BitField Primary = new BitField("Flags.Primary", 256, 1);

    /** {@code Flags.Stereo : 1} at bit 257. */
    public static final BitField Stereo = new BitField("Flags.Stereo", 257, 1);

    /** {@code Flags.OverridePriority : 1} at bit 258. */
    public static final BitField OverridePriority = new BitField("Flags.OverridePriority", 258, 1);

    /** {@code Flags.Reserved : 29} at bit 259. */
    public static final BitField Flags_Reserved = new BitField("Flags.Reserved", 259, 29);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(Primary, Stereo, OverridePriority, Flags_Reserved);

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

    /** Byte offset of {@code hSection}. */
    public static final long hSection$OFFSET = Layouts.offsetOf($LAYOUT, "hSection");

    /** Getter for {@code HANDLE hSection}. */
    public static MemorySegment hSection(MemorySegment struct) {
        return struct.get(ADDRESS, hSection$OFFSET);
    }

    /** Setter for {@code HANDLE hSection}. */
    public static void hSection(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hSection$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pSystemMem}. */
    public static final long pSystemMem$OFFSET = Layouts.offsetOf($LAYOUT, "pSystemMem");

    /** Getter for {@code CONST VOID * pSystemMem}. */
    public static MemorySegment pSystemMem(MemorySegment struct) {
        return struct.get(ADDRESS, pSystemMem$OFFSET);
    }

    /** Setter for {@code CONST VOID * pSystemMem}. */
    public static void pSystemMem(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pSystemMem$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pPrivateDriverData}. */
    public static final long pPrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "pPrivateDriverData");

    /** Getter for {@code VOID * pPrivateDriverData}. */
    public static MemorySegment pPrivateDriverData(MemorySegment struct) {
        return struct.get(ADDRESS, pPrivateDriverData$OFFSET);
    }

    /** Setter for {@code VOID * pPrivateDriverData}. */
    public static void pPrivateDriverData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pPrivateDriverData$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PrivateDriverDataSize}. */
    public static final long PrivateDriverDataSize$OFFSET = Layouts.offsetOf($LAYOUT, "PrivateDriverDataSize");

    /** Getter for {@code UINT PrivateDriverDataSize}. */
    public static int PrivateDriverDataSize(MemorySegment struct) {
        return struct.get(JAVA_INT, PrivateDriverDataSize$OFFSET);
    }

    /** Setter for {@code UINT PrivateDriverDataSize}. */
    public static void PrivateDriverDataSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PrivateDriverDataSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code VidPnSourceId}. */
    public static final long VidPnSourceId$OFFSET = Layouts.offsetOf($LAYOUT, "VidPnSourceId");

    /** Getter for {@code D3DDDI_VIDEO_PRESENT_SOURCE_ID VidPnSourceId}. */
    public static int VidPnSourceId(MemorySegment struct) {
        return struct.get(JAVA_INT, VidPnSourceId$OFFSET);
    }

    /** Setter for {@code D3DDDI_VIDEO_PRESENT_SOURCE_ID VidPnSourceId}. */
    public static void VidPnSourceId(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, VidPnSourceId$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code union { ... } Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, Flags.LAYOUT.byteSize());
    }

    /** Byte offset of {@code GpuVirtualAddress}. */
    public static final long GpuVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "GpuVirtualAddress");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS GpuVirtualAddress}. */
    public static long GpuVirtualAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, GpuVirtualAddress$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS GpuVirtualAddress}. */
    public static void GpuVirtualAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, GpuVirtualAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Priority}. */
    public static final long Priority$OFFSET = Layouts.offsetOf($LAYOUT, "Priority");

    /** Getter for {@code UINT Priority}. */
    public static int Priority(MemorySegment struct) {
        return struct.get(JAVA_INT, Priority$OFFSET);
    }

    /** Setter for {@code UINT Priority}. */
    public static void Priority(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Priority$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Unused}. */
    public static final long Unused$OFFSET = Layouts.offsetOf($LAYOUT, "Unused");

    /** Getter for {@code ULONG_PTR Unused}. */
    public static long Unused(MemorySegment struct) {
        return struct.get(JAVA_LONG, Unused$OFFSET);
    }

    /** Setter for {@code ULONG_PTR Unused}. */
    public static void Unused(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Unused$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Reserved}. */
    public static final long Reserved$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved");

    /** Slice of {@code ULONG_PTR Reserved[5]}. */
    public static MemorySegment Reserved(MemorySegment struct) {
        return struct.asSlice(Reserved$OFFSET, $LAYOUT.select(MemoryLayout.PathElement.groupElement("Reserved")).byteSize());
    }

    /**
     * {@snippet lang=c : union { struct { ... }; UINT Value; } Flags }
     * The bits here count from bit 0 of the {@code Value} word; the class's own {@link #BITS} count
     * from bit 0 of the whole structure ({@code Flags} starts at byte 32, so bit 256).
     */
    public static final class Flags {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.union("Flags",
                JAVA_INT.withName("Value"));

        private Flags() {
        }

        /** {@code Primary : 1} at bit 0 of the {@code Value} word. */
        public static final BitField Primary = new BitField("Primary", 0, 1);

        /** {@code Stereo : 1} at bit 1 of the {@code Value} word. */
        public static final BitField Stereo = new BitField("Stereo", 1, 1);

        /** {@code OverridePriority : 1} at bit 2 of the {@code Value} word. */
        public static final BitField OverridePriority = new BitField("OverridePriority", 2, 1);

        /** {@code Reserved : 29} at bit 3 of the {@code Value} word. */
        public static final BitField Reserved = new BitField("Reserved", 3, 29);

        /** Byte offset of {@code Value} within {@code Flags}. */
        public static final long Value$OFFSET = Layouts.offsetOf(LAYOUT, "Value");

        /** Getter for {@code UINT Value}, given the slice {@code D3DDDI_ALLOCATIONINFO2.Flags(struct)}. */
        public static int Value(MemorySegment flags) {
            return flags.get(JAVA_INT, Value$OFFSET);
        }

        /** Setter for {@code UINT Value}, given the slice {@code D3DDDI_ALLOCATIONINFO2.Flags(struct)}. */
        public static void Value(MemorySegment flags, int fieldValue) {
            flags.set(JAVA_INT, Value$OFFSET, fieldValue);
        }
    }
}
