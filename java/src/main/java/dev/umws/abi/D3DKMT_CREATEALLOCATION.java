package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_CREATEALLOCATION {
 *     D3DKMT_HANDLE hDevice;                              // in
 *     D3DKMT_HANDLE hResource;                            // in/out
 *     D3DKMT_HANDLE hGlobalShare;                         // out
 *     D3DKMT_PTR(CONST VOID*, pPrivateRuntimeData);       // in
 *     UINT PrivateRuntimeDataSize;                        // in, bytes
 *     union { D3DKMT_CREATESTANDARDALLOCATION* pStandardAllocation; CONST VOID* pPrivateDriverData; };
 *     UINT PrivateDriverDataSize;                         // in, bytes
 *     UINT NumAllocations;                                // in
 *     union { D3DDDI_ALLOCATIONINFO* pAllocationInfo; D3DDDI_ALLOCATIONINFO2* pAllocationInfo2; };
 *     D3DKMT_CREATEALLOCATIONFLAGS Flags;                 // in
 *     D3DKMT_PTR(HANDLE, hPrivateRuntimeResourceHandle);  // in: opaque, for event tracing
 * } D3DKMT_CREATEALLOCATION;              // 72 bytes, align 8, the same in every generation
 * }
 * The argument of {@code D3DKMTCreateAllocation2}, which reads {@code pAllocationInfo2}.
 */
public final class D3DKMT_CREATEALLOCATION {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_CREATEALLOCATION",
                JAVA_INT.withName("hDevice"),
                JAVA_INT.withName("hResource"),
                JAVA_INT.withName("hGlobalShare"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pPrivateRuntimeData"),
                JAVA_INT.withName("PrivateRuntimeDataSize"),
                Layouts.pad("Padding1", 4),
                Layouts.anonUnion(0,
                        ADDRESS.withName("pStandardAllocation"),
                        ADDRESS.withName("pPrivateDriverData")),
                JAVA_INT.withName("PrivateDriverDataSize"),
                JAVA_INT.withName("NumAllocations"),
                Layouts.anonUnion(1,
                        ADDRESS.withName("pAllocationInfo"),
                        ADDRESS.withName("pAllocationInfo2")),
                D3DKMT_CREATEALLOCATIONFLAGS.layout(g).withName("Flags"),
                Layouts.pad("Padding2", 4),
                ADDRESS.withName("hPrivateRuntimeResourceHandle"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_CREATEALLOCATION() {
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

    /** Getter for {@code D3DKMT_HANDLE hDevice}. */
    public static int hDevice(MemorySegment struct) {
        return struct.get(JAVA_INT, hDevice$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hDevice}. */
    public static void hDevice(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hDevice$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hResource}. */
    public static final long hResource$OFFSET = Layouts.offsetOf($LAYOUT, "hResource");

    /** Getter for {@code D3DKMT_HANDLE hResource}. */
    public static int hResource(MemorySegment struct) {
        return struct.get(JAVA_INT, hResource$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hResource}. */
    public static void hResource(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hResource$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hGlobalShare}. */
    public static final long hGlobalShare$OFFSET = Layouts.offsetOf($LAYOUT, "hGlobalShare");

    /** Getter for {@code D3DKMT_HANDLE hGlobalShare}. */
    public static int hGlobalShare(MemorySegment struct) {
        return struct.get(JAVA_INT, hGlobalShare$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hGlobalShare}. */
    public static void hGlobalShare(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hGlobalShare$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pPrivateRuntimeData}. */
    public static final long pPrivateRuntimeData$OFFSET = Layouts.offsetOf($LAYOUT, "pPrivateRuntimeData");

    /** Getter for {@code CONST VOID * pPrivateRuntimeData}. */
    public static MemorySegment pPrivateRuntimeData(MemorySegment struct) {
        return struct.get(ADDRESS, pPrivateRuntimeData$OFFSET);
    }

    /** Setter for {@code CONST VOID * pPrivateRuntimeData}. */
    public static void pPrivateRuntimeData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pPrivateRuntimeData$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PrivateRuntimeDataSize}. */
    public static final long PrivateRuntimeDataSize$OFFSET = Layouts.offsetOf($LAYOUT, "PrivateRuntimeDataSize");

    /** Getter for {@code UINT PrivateRuntimeDataSize}. */
    public static int PrivateRuntimeDataSize(MemorySegment struct) {
        return struct.get(JAVA_INT, PrivateRuntimeDataSize$OFFSET);
    }

    /** Setter for {@code UINT PrivateRuntimeDataSize}. */
    public static void PrivateRuntimeDataSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PrivateRuntimeDataSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pStandardAllocation}. */
    public static final long pStandardAllocation$OFFSET = Layouts.offsetOf($LAYOUT, "pStandardAllocation");

    /** Getter for {@code D3DKMT_CREATESTANDARDALLOCATION * pStandardAllocation}. */
    public static MemorySegment pStandardAllocation(MemorySegment struct) {
        return struct.get(ADDRESS, pStandardAllocation$OFFSET);
    }

    /** Setter for {@code D3DKMT_CREATESTANDARDALLOCATION * pStandardAllocation}. */
    public static void pStandardAllocation(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pStandardAllocation$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pPrivateDriverData}. */
    public static final long pPrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "pPrivateDriverData");

    /** Getter for {@code CONST VOID * pPrivateDriverData}. */
    public static MemorySegment pPrivateDriverData(MemorySegment struct) {
        return struct.get(ADDRESS, pPrivateDriverData$OFFSET);
    }

    /** Setter for {@code CONST VOID * pPrivateDriverData}. */
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

    /** Byte offset of {@code NumAllocations}. */
    public static final long NumAllocations$OFFSET = Layouts.offsetOf($LAYOUT, "NumAllocations");

    /** Getter for {@code UINT NumAllocations}. */
    public static int NumAllocations(MemorySegment struct) {
        return struct.get(JAVA_INT, NumAllocations$OFFSET);
    }

    /** Setter for {@code UINT NumAllocations}. */
    public static void NumAllocations(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, NumAllocations$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pAllocationInfo}. */
    public static final long pAllocationInfo$OFFSET = Layouts.offsetOf($LAYOUT, "pAllocationInfo");

    /** Getter for {@code D3DDDI_ALLOCATIONINFO * pAllocationInfo}. */
    public static MemorySegment pAllocationInfo(MemorySegment struct) {
        return struct.get(ADDRESS, pAllocationInfo$OFFSET);
    }

    /** Setter for {@code D3DDDI_ALLOCATIONINFO * pAllocationInfo}. */
    public static void pAllocationInfo(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pAllocationInfo$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pAllocationInfo2}. */
    public static final long pAllocationInfo2$OFFSET = Layouts.offsetOf($LAYOUT, "pAllocationInfo2");

    /** Getter for {@code D3DDDI_ALLOCATIONINFO2 * pAllocationInfo2}. */
    public static MemorySegment pAllocationInfo2(MemorySegment struct) {
        return struct.get(ADDRESS, pAllocationInfo2$OFFSET);
    }

    /** Setter for {@code D3DDDI_ALLOCATIONINFO2 * pAllocationInfo2}. */
    public static void pAllocationInfo2(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pAllocationInfo2$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code D3DKMT_CREATEALLOCATIONFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DKMT_CREATEALLOCATIONFLAGS.sizeof());
    }

    /** Byte offset of {@code hPrivateRuntimeResourceHandle}. */
    public static final long hPrivateRuntimeResourceHandle$OFFSET = Layouts.offsetOf($LAYOUT, "hPrivateRuntimeResourceHandle");

    /** Getter for {@code HANDLE hPrivateRuntimeResourceHandle}. */
    public static MemorySegment hPrivateRuntimeResourceHandle(MemorySegment struct) {
        return struct.get(ADDRESS, hPrivateRuntimeResourceHandle$OFFSET);
    }

    /** Setter for {@code HANDLE hPrivateRuntimeResourceHandle}. */
    public static void hPrivateRuntimeResourceHandle(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hPrivateRuntimeResourceHandle$OFFSET, fieldValue);
    }
}
