package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_START_INFO {
 *     ULONG RequiredDmaQueueEntry;
 *     GUID  AdapterGuid;                        // 16 bytes, align 4
 *     LUID  AdapterLuid;                        // 8 bytes, align 4
 * } DXGK_START_INFO;                           // 28 bytes, align 4
 * }
 */
public final class DXGK_START_INFO {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_START_INFO",
                JAVA_INT.withName("RequiredDmaQueueEntry"),
                AdapterGuid.LAYOUT,
                AdapterLuid.LAYOUT);
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_START_INFO() {
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

    /** Byte offset of {@code RequiredDmaQueueEntry}. */
    public static final long RequiredDmaQueueEntry$OFFSET = Layouts.offsetOf($LAYOUT, "RequiredDmaQueueEntry");

    /** Getter for {@code ULONG RequiredDmaQueueEntry}. */
    public static int RequiredDmaQueueEntry(MemorySegment struct) {
        return struct.get(JAVA_INT, RequiredDmaQueueEntry$OFFSET);
    }

    /** Setter for {@code ULONG RequiredDmaQueueEntry}. */
    public static void RequiredDmaQueueEntry(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, RequiredDmaQueueEntry$OFFSET, fieldValue);
    }

    /** Byte offset of {@code AdapterGuid}. */
    public static final long AdapterGuid$OFFSET = Layouts.offsetOf($LAYOUT, "AdapterGuid");

    /** Slice of {@code GUID AdapterGuid}. */
    public static MemorySegment AdapterGuid(MemorySegment struct) {
        return struct.asSlice(AdapterGuid$OFFSET, AdapterGuid.LAYOUT.byteSize());
    }

    /** Byte offset of {@code AdapterLuid}. */
    public static final long AdapterLuid$OFFSET = Layouts.offsetOf($LAYOUT, "AdapterLuid");

    /** Slice of {@code LUID AdapterLuid}. */
    public static MemorySegment AdapterLuid(MemorySegment struct) {
        return struct.asSlice(AdapterLuid$OFFSET, AdapterLuid.LAYOUT.byteSize());
    }

    /** {@snippet lang=c : GUID AdapterGuid } */
    public static final class AdapterGuid {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("AdapterGuid",
                JAVA_INT.withName("Data1"),
                JAVA_SHORT.withName("Data2"),
                JAVA_SHORT.withName("Data3"),
                Layouts.bytes("Data4", 8));

        private AdapterGuid() {
        }

        /** Byte offset of {@code Data1}. */
        public static final long Data1$OFFSET = Layouts.offsetOf(LAYOUT, "Data1");

        /** Getter for {@code ULONG Data1}. */
        public static int Data1(MemorySegment struct) {
            return struct.get(JAVA_INT, Data1$OFFSET);
        }

        /** Setter for {@code ULONG Data1}. */
        public static void Data1(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, Data1$OFFSET, fieldValue);
        }

        /** Byte offset of {@code Data2}. */
        public static final long Data2$OFFSET = Layouts.offsetOf(LAYOUT, "Data2");

        /** Getter for {@code USHORT Data2}. */
        public static short Data2(MemorySegment struct) {
            return struct.get(JAVA_SHORT, Data2$OFFSET);
        }

        /** Setter for {@code USHORT Data2}. */
        public static void Data2(MemorySegment struct, short fieldValue) {
            struct.set(JAVA_SHORT, Data2$OFFSET, fieldValue);
        }

        /** Byte offset of {@code Data3}. */
        public static final long Data3$OFFSET = Layouts.offsetOf(LAYOUT, "Data3");

        /** Getter for {@code USHORT Data3}. */
        public static short Data3(MemorySegment struct) {
            return struct.get(JAVA_SHORT, Data3$OFFSET);
        }

        /** Setter for {@code USHORT Data3}. */
        public static void Data3(MemorySegment struct, short fieldValue) {
            struct.set(JAVA_SHORT, Data3$OFFSET, fieldValue);
        }

        /** Byte offset of {@code Data4}. */
        public static final long Data4$OFFSET = Layouts.offsetOf(LAYOUT, "Data4");

        /** Slice of {@code UCHAR Data4[8]} (8 bytes). */
        public static MemorySegment Data4(MemorySegment struct) {
            return struct.asSlice(Data4$OFFSET, 8);
        }
    }

    /** {@snippet lang=c : LUID AdapterLuid } */
    public static final class AdapterLuid {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("AdapterLuid",
                JAVA_INT.withName("LowPart"),
                JAVA_INT.withName("HighPart"));

        private AdapterLuid() {
        }

        /** Byte offset of {@code LowPart}. */
        public static final long LowPart$OFFSET = Layouts.offsetOf(LAYOUT, "LowPart");

        /** Getter for {@code ULONG LowPart}. */
        public static int LowPart(MemorySegment struct) {
            return struct.get(JAVA_INT, LowPart$OFFSET);
        }

        /** Setter for {@code ULONG LowPart}. */
        public static void LowPart(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, LowPart$OFFSET, fieldValue);
        }

        /** Byte offset of {@code HighPart}. */
        public static final long HighPart$OFFSET = Layouts.offsetOf(LAYOUT, "HighPart");

        /** Getter for {@code LONG HighPart}. */
        public static int HighPart(MemorySegment struct) {
            return struct.get(JAVA_INT, HighPart$OFFSET);
        }

        /** Setter for {@code LONG HighPart}. */
        public static void HighPart(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, HighPart$OFFSET, fieldValue);
        }
    }
}
