package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_CONNECTDOORBELL {
 *     HANDLE hDoorbell;                         // in (G1, G2) / hHwQueue (G3)
 *     DXGKARG_CONNECTDOORBELL_FLAGS Flags;      // in
 *     void *KernelCpuVirtualAddress;            // out (G1, G2) / PHYSICAL_ADDRESS PhysicalAddress (G3)
 *     void *SecondaryKernelCpuVirtualAddress;   // out opt (G1, G2) / SecondaryPhysicalAddress (G3)
 *     D3DDDI_DOORBELLSTATUS Status;             // out: CONNECTED or CONNECTED_NOTIFY_KMD only
 * } DXGKARG_CONNECTDOORBELL;              // 40 bytes
 * }
 */
public final class DXGKARG_CONNECTDOORBELL {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        List<MemoryLayout> m = new ArrayList<>();
        if (g == Generation.G1 || g == Generation.G2) {
            m.add(ADDRESS.withName("hDoorbell"));
        }
        if (g == Generation.G3) {
            m.add(ADDRESS.withName("hHwQueue"));
        }
        m.add(DXGKARG_CONNECTDOORBELL_FLAGS.layout().withName("Flags"));
        m.add(Layouts.pad("Padding0", 4));
        if (g == Generation.G1 || g == Generation.G2) {
            m.add(ADDRESS.withName("KernelCpuVirtualAddress"));
            m.add(ADDRESS.withName("SecondaryKernelCpuVirtualAddress"));
        }
        if (g == Generation.G3) {
            m.add(JAVA_LONG.withName("PhysicalAddress"));
            m.add(JAVA_LONG.withName("SecondaryPhysicalAddress"));
        }
        m.add(JAVA_INT.withName("Status"));
        m.add(Layouts.pad("Padding1", 4));
        return Layouts.struct("DXGKARG_CONNECTDOORBELL", m.toArray(MemoryLayout[]::new));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_CONNECTDOORBELL() {
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

    /** Byte offset of {@code hDoorbell}; -1 in generations without it. */
    public static final long hDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "hDoorbell");

    /** Getter for {@code HANDLE hDoorbell}. */
    public static MemorySegment hDoorbell(MemorySegment struct) {
        return struct.get(ADDRESS, Layouts.require(hDoorbell$OFFSET, "DXGKARG_CONNECTDOORBELL", "hDoorbell"));
    }

    /** Setter for {@code HANDLE hDoorbell}. */
    public static void hDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(hDoorbell$OFFSET, "DXGKARG_CONNECTDOORBELL", "hDoorbell"), fieldValue);
    }

    /** Byte offset of {@code hHwQueue}; -1 in generations without it. */
    public static final long hHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueue");

    /** Getter for {@code HANDLE hHwQueue}. */
    public static MemorySegment hHwQueue(MemorySegment struct) {
        return struct.get(ADDRESS, Layouts.require(hHwQueue$OFFSET, "DXGKARG_CONNECTDOORBELL", "hHwQueue"));
    }

    /** Setter for {@code HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(hHwQueue$OFFSET, "DXGKARG_CONNECTDOORBELL", "hHwQueue"), fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGKARG_CONNECTDOORBELL_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGKARG_CONNECTDOORBELL_FLAGS.sizeof());
    }

    /** Byte offset of {@code KernelCpuVirtualAddress}; -1 in generations without it. */
    public static final long KernelCpuVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "KernelCpuVirtualAddress");

    /** Getter for {@code void * KernelCpuVirtualAddress}. */
    public static MemorySegment KernelCpuVirtualAddress(MemorySegment struct) {
        return struct.get(ADDRESS, Layouts.require(KernelCpuVirtualAddress$OFFSET, "DXGKARG_CONNECTDOORBELL", "KernelCpuVirtualAddress"));
    }

    /** Setter for {@code void * KernelCpuVirtualAddress}. */
    public static void KernelCpuVirtualAddress(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(KernelCpuVirtualAddress$OFFSET, "DXGKARG_CONNECTDOORBELL", "KernelCpuVirtualAddress"), fieldValue);
    }

    /** Byte offset of {@code SecondaryKernelCpuVirtualAddress}; -1 in generations without it. */
    public static final long SecondaryKernelCpuVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "SecondaryKernelCpuVirtualAddress");

    /** Getter for {@code void * SecondaryKernelCpuVirtualAddress}. */
    public static MemorySegment SecondaryKernelCpuVirtualAddress(MemorySegment struct) {
        return struct.get(ADDRESS, Layouts.require(SecondaryKernelCpuVirtualAddress$OFFSET, "DXGKARG_CONNECTDOORBELL", "SecondaryKernelCpuVirtualAddress"));
    }

    /** Setter for {@code void * SecondaryKernelCpuVirtualAddress}. */
    public static void SecondaryKernelCpuVirtualAddress(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(SecondaryKernelCpuVirtualAddress$OFFSET, "DXGKARG_CONNECTDOORBELL", "SecondaryKernelCpuVirtualAddress"), fieldValue);
    }

    /** Byte offset of {@code PhysicalAddress}; -1 in generations without it. */
    public static final long PhysicalAddress$OFFSET = Layouts.offsetOf($LAYOUT, "PhysicalAddress");

    /** Getter for {@code PHYSICAL_ADDRESS PhysicalAddress}. */
    public static long PhysicalAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, Layouts.require(PhysicalAddress$OFFSET, "DXGKARG_CONNECTDOORBELL", "PhysicalAddress"));
    }

    /** Setter for {@code PHYSICAL_ADDRESS PhysicalAddress}. */
    public static void PhysicalAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Layouts.require(PhysicalAddress$OFFSET, "DXGKARG_CONNECTDOORBELL", "PhysicalAddress"), fieldValue);
    }

    /** Byte offset of {@code SecondaryPhysicalAddress}; -1 in generations without it. */
    public static final long SecondaryPhysicalAddress$OFFSET = Layouts.offsetOf($LAYOUT, "SecondaryPhysicalAddress");

    /** Getter for {@code PHYSICAL_ADDRESS SecondaryPhysicalAddress}. */
    public static long SecondaryPhysicalAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, Layouts.require(SecondaryPhysicalAddress$OFFSET, "DXGKARG_CONNECTDOORBELL", "SecondaryPhysicalAddress"));
    }

    /** Setter for {@code PHYSICAL_ADDRESS SecondaryPhysicalAddress}. */
    public static void SecondaryPhysicalAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Layouts.require(SecondaryPhysicalAddress$OFFSET, "DXGKARG_CONNECTDOORBELL", "SecondaryPhysicalAddress"), fieldValue);
    }

    /** Byte offset of {@code Status}. */
    public static final long Status$OFFSET = Layouts.offsetOf($LAYOUT, "Status");

    /** Getter for {@code D3DDDI_DOORBELLSTATUS Status}. */
    public static int Status(MemorySegment struct) {
        return struct.get(JAVA_INT, Status$OFFSET);
    }

    /** Setter for {@code D3DDDI_DOORBELLSTATUS Status}. */
    public static void Status(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Status$OFFSET, fieldValue);
    }
}
