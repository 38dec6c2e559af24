package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_CREATEDEVICE {
 *     union { D3DKMT_HANDLE hAdapter; VOID* pAdapter; };   // in: user-mode / kernel-mode caller
 *     D3DKMT_CREATEDEVICEFLAGS Flags;                      // in
 *     D3DKMT_HANDLE hDevice;                               // out
 *     D3DKMT_PTR(VOID*, pCommandBuffer);                   // out (D3D10-era render path)
 *     UINT CommandBufferSize;                              // out, bytes
 *     D3DKMT_PTR(D3DDDI_ALLOCATIONLIST*, pAllocationList); // out
 *     UINT AllocationListSize;                             // out, entries
 *     D3DKMT_PTR(D3DDDI_PATCHLOCATIONLIST*, pPatchLocationList);  // out
 *     UINT PatchLocationListSize;                          // out, entries
 * } D3DKMT_CREATEDEVICE;                  // 64 bytes, align 8, the same in every generation
 * }
 */
public final class D3DKMT_CREATEDEVICE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_CREATEDEVICE",
                Layouts.anonUnion(0,
                        JAVA_INT.withName("hAdapter"),
                        ADDRESS.withName("pAdapter")),
                D3DKMT_CREATEDEVICEFLAGS.layout().withName("Flags"),
                JAVA_INT.withName("hDevice"),
                ADDRESS.withName("pCommandBuffer"),
                JAVA_INT.withName("CommandBufferSize"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pAllocationList"),
                JAVA_INT.withName("AllocationListSize"),
                Layouts.pad("Padding1", 4),
                ADDRESS.withName("pPatchLocationList"),
                JAVA_INT.withName("PatchLocationListSize"),
                Layouts.pad("Padding2", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_CREATEDEVICE() {
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

    /** Byte offset of {@code hAdapter}. */
    public static final long hAdapter$OFFSET = Layouts.offsetOf($LAYOUT, "hAdapter");

    /** Getter for {@code D3DKMT_HANDLE hAdapter}. */
    public static int hAdapter(MemorySegment struct) {
        return struct.get(JAVA_INT, hAdapter$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hAdapter}. */
    public static void hAdapter(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hAdapter$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pAdapter}. */
    public static final long pAdapter$OFFSET = Layouts.offsetOf($LAYOUT, "pAdapter");

    /** Getter for {@code VOID * pAdapter}. */
    public static MemorySegment pAdapter(MemorySegment struct) {
        return struct.get(ADDRESS, pAdapter$OFFSET);
    }

    /** Setter for {@code VOID * pAdapter}. */
    public static void pAdapter(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pAdapter$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code D3DKMT_CREATEDEVICEFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DKMT_CREATEDEVICEFLAGS.sizeof());
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

    /** Byte offset of {@code pCommandBuffer}. */
    public static final long pCommandBuffer$OFFSET = Layouts.offsetOf($LAYOUT, "pCommandBuffer");

    /** Getter for {@code VOID * pCommandBuffer}. */
    public static MemorySegment pCommandBuffer(MemorySegment struct) {
        return struct.get(ADDRESS, pCommandBuffer$OFFSET);
    }

    /** Setter for {@code VOID * pCommandBuffer}. */
    public static void pCommandBuffer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pCommandBuffer$OFFSET, fieldValue);
    }

    /** Byte offset of {@code CommandBufferSize}. */
    public static final long CommandBufferSize$OFFSET = Layouts.offsetOf($LAYOUT, "CommandBufferSize");

    /** Getter for {@code UINT CommandBufferSize}. */
    public static int CommandBufferSize(MemorySegment struct) {
        return struct.get(JAVA_INT, CommandBufferSize$OFFSET);
    }

    /** Setter for {@code UINT CommandBufferSize}. */
    public static void CommandBufferSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, CommandBufferSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pAllocationList}. */
    public static final long pAllocationList$OFFSET = Layouts.offsetOf($LAYOUT, "pAllocationList");

    /** Getter for {@code D3DDDI_ALLOCATIONLIST * pAllocationList}. */
    public static MemorySegment pAllocationList(MemorySegment struct) {
        return struct.get(ADDRESS, pAllocationList$OFFSET);
    }

    /** Setter for {@code D3DDDI_ALLOCATIONLIST * pAllocationList}. */
    public static void pAllocationList(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pAllocationList$OFFSET, fieldValue);
    }

    /** Byte offset of {@code AllocationListSize}. */
    public static final long AllocationListSize$OFFSET = Layouts.offsetOf($LAYOUT, "AllocationListSize");

    /** Getter for {@code UINT AllocationListSize}. */
    public static int AllocationListSize(MemorySegment struct) {
        return struct.get(JAVA_INT, AllocationListSize$OFFSET);
    }

    /** Setter for {@code UINT AllocationListSize}. */
    public static void AllocationListSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, AllocationListSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pPatchLocationList}. */
    public static final long pPatchLocationList$OFFSET = Layouts.offsetOf($LAYOUT, "pPatchLocationList");

    /** Getter for {@code D3DDDI_PATCHLOCATIONLIST * pPatchLocationList}. */
    public static MemorySegment pPatchLocationList(MemorySegment struct) {
        return struct.get(ADDRESS, pPatchLocationList$OFFSET);
    }

    /** Setter for {@code D3DDDI_PATCHLOCATIONLIST * pPatchLocationList}. */
    public static void pPatchLocationList(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pPatchLocationList$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PatchLocationListSize}. */
    public static final long PatchLocationListSize$OFFSET = Layouts.offsetOf($LAYOUT, "PatchLocationListSize");

    /** Getter for {@code UINT PatchLocationListSize}. */
    public static int PatchLocationListSize(MemorySegment struct) {
        return struct.get(JAVA_INT, PatchLocationListSize$OFFSET);
    }

    /** Setter for {@code UINT PatchLocationListSize}. */
    public static void PatchLocationListSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PatchLocationListSize$OFFSET, fieldValue);
    }
}
