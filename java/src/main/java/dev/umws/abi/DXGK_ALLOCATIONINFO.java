package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_ALLOCATIONINFO {
 *     VOID *pPrivateDriverData;  UINT PrivateDriverDataSize;
 *     union { UINT Alignment; struct { UINT16 MinimumPageSize; UINT16 RecommendedPageSize; }; };
 *     SIZE_T Size;  SIZE_T PitchAlignedSize;    // bytes
 *     DXGK_SEGMENTBANKPREFERENCE HintedBank;  DXGK_SEGMENTPREFERENCE PreferredSegment;
 *     union { UINT SupportedReadSegmentSet; UINT MmuSet; };
 *     UINT SupportedWriteSegmentSet;  UINT EvictionSegmentSet;
 *     union { UINT MaximumRenamingListLength; UINT PhysicalAdapterIndex; };
 *     HANDLE hAllocation;                       // out: the KMD's handle
 *     union { DXGK_ALLOCATIONINFOFLAGS Flags; DXGK_ALLOCATIONINFOFLAGS_WDDM2_0 FlagsWddm2; };
 *     DXGK_ALLOCATIONUSAGEHINT *pAllocationUsageHint;
 *     UINT AllocationPriority;
 *     DXGK_ALLOCATIONINFOFLAGS2 Flags2;         // WDDM 3.0
 * } DXGK_ALLOCATIONINFO;                       // 88 bytes, align 8
 * }
 */
public final class DXGK_ALLOCATIONINFO {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_ALLOCATIONINFO",
                ADDRESS.withName("pPrivateDriverData"),
                JAVA_INT.withName("PrivateDriverDataSize"),
                Layouts.anonUnion(0,
                        JAVA_INT.withName("Alignment"),
                        MemoryLayout.structLayout(JAVA_SHORT.withName("MinimumPageSize"), JAVA_SHORT.withName("RecommendedPageSize"))
                                .withName(Layouts.ANON + "1")),
                JAVA_LONG.withName("Size"),
                JAVA_LONG.withName("PitchAlignedSize"),
                DXGK_SEGMENTBANKPREFERENCE.layout(g).withName("HintedBank"),
                D3DDDI_SEGMENTPREFERENCE.layout(g).withName("PreferredSegment"),
                Layouts.anonUnion(2,
                        JAVA_INT.withName("SupportedReadSegmentSet"),
                        JAVA_INT.withName("MmuSet")),
                JAVA_INT.withName("SupportedWriteSegmentSet"),
                JAVA_INT.withName("EvictionSegmentSet"),
                Layouts.anonUnion(3,
                        JAVA_INT.withName("MaximumRenamingListLength"),
                        JAVA_INT.withName("PhysicalAdapterIndex")),
                ADDRESS.withName("hAllocation"),
                Layouts.anonUnion(4,
                        DXGK_ALLOCATIONINFOFLAGS.layout(g).withName("Flags"),
                        DXGK_ALLOCATIONINFOFLAGS_WDDM2_0.layout(g).withName("FlagsWddm2")),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pAllocationUsageHint"),
                JAVA_INT.withName("AllocationPriority"),
                DXGK_ALLOCATIONINFOFLAGS2.layout(g).withName("Flags2"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_ALLOCATIONINFO() {
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

    /** Byte offset of {@code Alignment}. */
    public static final long Alignment$OFFSET = Layouts.offsetOf($LAYOUT, "Alignment");

    /** Getter for {@code UINT Alignment}. */
    public static int Alignment(MemorySegment struct) {
        return struct.get(JAVA_INT, Alignment$OFFSET);
    }

    /** Setter for {@code UINT Alignment}. */
    public static void Alignment(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Alignment$OFFSET, fieldValue);
    }

    /** Byte offset of {@code MinimumPageSize}. */
    public static final long MinimumPageSize$OFFSET = Layouts.offsetOf($LAYOUT, "MinimumPageSize");

    /** Getter for {@code UINT16 MinimumPageSize}. */
    public static short MinimumPageSize(MemorySegment struct) {
        return struct.get(JAVA_SHORT, MinimumPageSize$OFFSET);
    }

    /** Setter for {@code UINT16 MinimumPageSize}. */
    public static void MinimumPageSize(MemorySegment struct, short fieldValue) {
        struct.set(JAVA_SHORT, MinimumPageSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code RecommendedPageSize}. */
    public static final long RecommendedPageSize$OFFSET = Layouts.offsetOf($LAYOUT, "RecommendedPageSize");

    /** Getter for {@code UINT16 RecommendedPageSize}. */
    public static short RecommendedPageSize(MemorySegment struct) {
        return struct.get(JAVA_SHORT, RecommendedPageSize$OFFSET);
    }

    /** Setter for {@code UINT16 RecommendedPageSize}. */
    public static void RecommendedPageSize(MemorySegment struct, short fieldValue) {
        struct.set(JAVA_SHORT, RecommendedPageSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Size}. */
    public static final long Size$OFFSET = Layouts.offsetOf($LAYOUT, "Size");

    /** Getter for {@code SIZE_T Size}. */
    public static long Size(MemorySegment struct) {
        return struct.get(JAVA_LONG, Size$OFFSET);
    }

    /** Setter for {@code SIZE_T Size}. */
    public static void Size(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Size$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PitchAlignedSize}. */
    public static final long PitchAlignedSize$OFFSET = Layouts.offsetOf($LAYOUT, "PitchAlignedSize");

    /** Getter for {@code SIZE_T PitchAlignedSize}. */
    public static long PitchAlignedSize(MemorySegment struct) {
        return struct.get(JAVA_LONG, PitchAlignedSize$OFFSET);
    }

    /** Setter for {@code SIZE_T PitchAlignedSize}. */
    public static void PitchAlignedSize(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, PitchAlignedSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code HintedBank}. */
    public static final long HintedBank$OFFSET = Layouts.offsetOf($LAYOUT, "HintedBank");

    /** Slice of {@code DXGK_SEGMENTBANKPREFERENCE HintedBank}. */
    public static MemorySegment HintedBank(MemorySegment struct) {
        return struct.asSlice(HintedBank$OFFSET, DXGK_SEGMENTBANKPREFERENCE.sizeof());
    }

    /** Byte offset of {@code PreferredSegment}. */
    public static final long PreferredSegment$OFFSET = Layouts.offsetOf($LAYOUT, "PreferredSegment");

    /** Slice of {@code DXGK_SEGMENTPREFERENCE PreferredSegment}. */
    public static MemorySegment PreferredSegment(MemorySegment struct) {
        return struct.asSlice(PreferredSegment$OFFSET, D3DDDI_SEGMENTPREFERENCE.sizeof());
    }

    /** Byte offset of {@code SupportedReadSegmentSet}. */
    public static final long SupportedReadSegmentSet$OFFSET = Layouts.offsetOf($LAYOUT, "SupportedReadSegmentSet");

    /** Getter for {@code UINT SupportedReadSegmentSet}. */
    public static int SupportedReadSegmentSet(MemorySegment struct) {
        return struct.get(JAVA_INT, SupportedReadSegmentSet$OFFSET);
    }

    /** Setter for {@code UINT SupportedReadSegmentSet}. */
    public static void SupportedReadSegmentSet(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, SupportedReadSegmentSet$OFFSET, fieldValue);
    }

    /** Byte offset of {@code MmuSet}. */
    public static final long MmuSet$OFFSET = Layouts.offsetOf($LAYOUT, "MmuSet");

    /** Getter for {@code UINT MmuSet}. */
    public static int MmuSet(MemorySegment struct) {
        return struct.get(JAVA_INT, MmuSet$OFFSET);
    }

    /** Setter for {@code UINT MmuSet}. */
    public static void MmuSet(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, MmuSet$OFFSET, fieldValue);
    }

    /** Byte offset of {@code SupportedWriteSegmentSet}. */
    public static final long SupportedWriteSegmentSet$OFFSET = Layouts.offsetOf($LAYOUT, "SupportedWriteSegmentSet");

    /** Getter for {@code UINT SupportedWriteSegmentSet}. */
    public static int SupportedWriteSegmentSet(MemorySegment struct) {
        return struct.get(JAVA_INT, SupportedWriteSegmentSet$OFFSET);
    }

    /** Setter for {@code UINT SupportedWriteSegmentSet}. */
    public static void SupportedWriteSegmentSet(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, SupportedWriteSegmentSet$OFFSET, fieldValue);
    }

    /** Byte offset of {@code EvictionSegmentSet}. */
    public static final long EvictionSegmentSet$OFFSET = Layouts.offsetOf($LAYOUT, "EvictionSegmentSet");

    /** Getter for {@code UINT EvictionSegmentSet}. */
    public static int EvictionSegmentSet(MemorySegment struct) {
        return struct.get(JAVA_INT, EvictionSegmentSet$OFFSET);
    }

    /** Setter for {@code UINT EvictionSegmentSet}. */
    public static void EvictionSegmentSet(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, EvictionSegmentSet$OFFSET, fieldValue);
    }

    /** Byte offset of {@code MaximumRenamingListLength}. */
    public static final long MaximumRenamingListLength$OFFSET = Layouts.offsetOf($LAYOUT, "MaximumRenamingListLength");

    /** Getter for {@code UINT MaximumRenamingListLength}. */
    public static int MaximumRenamingListLength(MemorySegment struct) {
        return struct.get(JAVA_INT, MaximumRenamingListLength$OFFSET);
    }

    /** Setter for {@code UINT MaximumRenamingListLength}. */
    public static void MaximumRenamingListLength(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, MaximumRenamingListLength$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PhysicalAdapterIndex}. */
    public static final long PhysicalAdapterIndex$OFFSET = Layouts.offsetOf($LAYOUT, "PhysicalAdapterIndex");

    /** Getter for {@code UINT PhysicalAdapterIndex}. */
    public static int PhysicalAdapterIndex(MemorySegment struct) {
        return struct.get(JAVA_INT, PhysicalAdapterIndex$OFFSET);
    }

    /** Setter for {@code UINT PhysicalAdapterIndex}. */
    public static void PhysicalAdapterIndex(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PhysicalAdapterIndex$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hAllocation}. */
    public static final long hAllocation$OFFSET = Layouts.offsetOf($LAYOUT, "hAllocation");

    /** Getter for {@code HANDLE hAllocation}. */
    public static MemorySegment hAllocation(MemorySegment struct) {
        return struct.get(ADDRESS, hAllocation$OFFSET);
    }

    /** Setter for {@code HANDLE hAllocation}. */
    public static void hAllocation(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hAllocation$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGK_ALLOCATIONINFOFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGK_ALLOCATIONINFOFLAGS.sizeof());
    }

    /** Byte offset of {@code FlagsWddm2}. */
    public static final long FlagsWddm2$OFFSET = Layouts.offsetOf($LAYOUT, "FlagsWddm2");

    /** Slice of {@code DXGK_ALLOCATIONINFOFLAGS_WDDM2_0 FlagsWddm2}. */
    public static MemorySegment FlagsWddm2(MemorySegment struct) {
        return struct.asSlice(FlagsWddm2$OFFSET, DXGK_ALLOCATIONINFOFLAGS_WDDM2_0.sizeof());
    }

    /** Byte offset of {@code pAllocationUsageHint}. */
    public static final long pAllocationUsageHint$OFFSET = Layouts.offsetOf($LAYOUT, "pAllocationUsageHint");

    /** Getter for {@code DXGK_ALLOCATIONUSAGEHINT * pAllocationUsageHint}. */
    public static MemorySegment pAllocationUsageHint(MemorySegment struct) {
        return struct.get(ADDRESS, pAllocationUsageHint$OFFSET);
    }

    /** Setter for {@code DXGK_ALLOCATIONUSAGEHINT * pAllocationUsageHint}. */
    public static void pAllocationUsageHint(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pAllocationUsageHint$OFFSET, fieldValue);
    }

    /** Byte offset of {@code AllocationPriority}. */
    public static final long AllocationPriority$OFFSET = Layouts.offsetOf($LAYOUT, "AllocationPriority");

    /** Getter for {@code UINT AllocationPriority}. */
    public static int AllocationPriority(MemorySegment struct) {
        return struct.get(JAVA_INT, AllocationPriority$OFFSET);
    }

    /** Setter for {@code UINT AllocationPriority}. */
    public static void AllocationPriority(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, AllocationPriority$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags2}. */
    public static final long Flags2$OFFSET = Layouts.offsetOf($LAYOUT, "Flags2");

    /** Slice of {@code DXGK_ALLOCATIONINFOFLAGS2 Flags2}. */
    public static MemorySegment Flags2(MemorySegment struct) {
        return struct.asSlice(Flags2$OFFSET, DXGK_ALLOCATIONINFOFLAGS2.sizeof());
    }
}
