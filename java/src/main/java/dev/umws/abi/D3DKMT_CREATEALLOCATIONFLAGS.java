package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_CREATEALLOCATIONFLAGS {
 *     UINT CreateResource:1; UINT CreateShared:1; UINT NonSecure:1; UINT CreateProtected:1;
 *     UINT RestrictSharedAccess:1; UINT ExistingSysMem:1; UINT NtSecuritySharing:1; UINT ReadOnly:1;
 *     UINT CreateWriteCombined:1; UINT CreateCached:1; UINT SwapChainBackBuffer:1; UINT CrossAdapter:1;
 *     UINT OpenCrossAdapter:1; UINT PartialSharedCreation:1; UINT Zeroed:1; UINT WriteWatch:1;
 *     UINT StandardAllocation:1; UINT ExistingSection:1; UINT AllowNotZeroed:1; UINT PhysicallyContiguous:1;
 *     UINT NoKmdAccess:1; UINT SharedDisplayable:1;
 *     UINT NoImplicitSynchronization:1; UINT Reserved:9;  // G2, G3 (WDDM 3.2)
 *     UINT Reserved:10;                                   // G1 instead
 * } D3DKMT_CREATEALLOCATIONFLAGS;         // 4 bytes
 * }
 * A plain bit-field word: the header has no {@code Value} member, so the Java layout calls the word
 * {@code $word}.
 */
public final class D3DKMT_CREATEALLOCATIONFLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_CREATEALLOCATIONFLAGS",
                JAVA_INT.withName("$word"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_CREATEALLOCATIONFLAGS() {
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

    /** {@code CreateResource : 1} at bit 0. */
    public static final BitField CreateResource = new BitField("CreateResource", 0, 1);

    /** {@code CreateShared : 1} at bit 1. */
    public static final BitField CreateShared = new BitField("CreateShared", 1, 1);

    /** {@code NonSecure : 1} at bit 2. */
    public static final BitField NonSecure = new BitField("NonSecure", 2, 1);

    /** {@code CreateProtected : 1} at bit 3. */
    public static final BitField CreateProtected = new BitField("CreateProtected", 3, 1);

    /** {@code RestrictSharedAccess : 1} at bit 4. */
    public static final BitField RestrictSharedAccess = new BitField("RestrictSharedAccess", 4, 1);

    /** {@code ExistingSysMem : 1} at bit 5. */
    public static final BitField ExistingSysMem = new BitField("ExistingSysMem", 5, 1);

    /** {@code NtSecuritySharing : 1} at bit 6. */
    public static final BitField NtSecuritySharing = new BitField("NtSecuritySharing", 6, 1);

    /** {@code ReadOnly : 1} at bit 7. */
    public static final BitField ReadOnly = new BitField("ReadOnly", 7, 1);

    /** {@code CreateWriteCombined : 1} at bit 8. */
    public static final BitField CreateWriteCombined = new BitField("CreateWriteCombined", 8, 1);

    /** {@code CreateCached : 1} at bit 9. */
    public static final BitField CreateCached = new BitField("CreateCached", 9, 1);

    /** {@code SwapChainBackBuffer : 1} at bit 10. */
    public static final BitField SwapChainBackBuffer = new BitField("SwapChainBackBuffer", 10, 1);

    /** {@code CrossAdapter : 1} at bit 11. */
    public static final BitField CrossAdapter = new BitField("CrossAdapter", 11, 1);

    /** {@code OpenCrossAdapter : 1} at bit 12. */
    public static final BitField OpenCrossAdapter = new BitField("OpenCrossAdapter", 12, 1);

    /** {@code PartialSharedCreation : 1} at bit 13. */
    public static final BitField PartialSharedCreation = new BitField("PartialSharedCreation", 13, 1);

    /** {@code Zeroed : 1} at bit 14. */
    public static final BitField Zeroed = new BitField("Zeroed", 14, 1);

    /** {@code WriteWatch : 1} at bit 15. */
    public static final BitField WriteWatch = new BitField("WriteWatch", 15, 1);

    /** {@code StandardAllocation : 1} at bit 16. */
    public static final BitField StandardAllocation = new BitField("StandardAllocation", 16, 1);

    /** {@code ExistingSection : 1} at bit 17. */
    public static final BitField ExistingSection = new BitField("ExistingSection", 17, 1);

    /** {@code AllowNotZeroed : 1} at bit 18. */
    public static final BitField AllowNotZeroed = new BitField("AllowNotZeroed", 18, 1);

    /** {@code PhysicallyContiguous : 1} at bit 19. */
    public static final BitField PhysicallyContiguous = new BitField("PhysicallyContiguous", 19, 1);

    /** {@code NoKmdAccess : 1} at bit 20. */
    public static final BitField NoKmdAccess = new BitField("NoKmdAccess", 20, 1);

    /** {@code SharedDisplayable : 1} at bit 21. */
    public static final BitField SharedDisplayable = new BitField("SharedDisplayable", 21, 1);

    /** {@code NoImplicitSynchronization : 1} at bit 22 (G2, G3: WDDM 3.2). */
    public static final BitField NoImplicitSynchronization = new BitField("NoImplicitSynchronization", 22, 1);

    /** {@code Reserved : 9} at bit 23 (G2, G3). */
    public static final BitField Reserved_G2 = new BitField("Reserved", 23, 9);

    /** {@code Reserved : 10} at bit 22 (G1). */
    public static final BitField Reserved_G1 = new BitField("Reserved", 22, 10);

    private static final List<BitField> COMMON = List.of(
            CreateResource, CreateShared, NonSecure, CreateProtected, RestrictSharedAccess,
            ExistingSysMem, NtSecuritySharing, ReadOnly, CreateWriteCombined, CreateCached,
            SwapChainBackBuffer, CrossAdapter, OpenCrossAdapter, PartialSharedCreation, Zeroed,
            WriteWatch, StandardAllocation, ExistingSection, AllowNotZeroed,
            PhysicallyContiguous, NoKmdAccess, SharedDisplayable);

    /** Every bit-field member of generation {@code g}, in declaration order. */
    public static List<BitField> bits(Generation g) {
        List<BitField> out = new ArrayList<>(COMMON);
        if (g == Generation.G1) {
            out.add(Reserved_G1);
        } else {
            out.add(NoImplicitSynchronization);
            out.add(Reserved_G2);
        }
        return List.copyOf(out);
    }

    /** Every bit-field member of the selected generation. */
    public static final List<BitField> BITS = bits(Generation.SELECTED);

    /** The whole 4-byte word (C gives it no name; the Java layout calls it {@code $word}). */
    public static int word(MemorySegment struct) {
        return struct.get(JAVA_INT, 0);
    }

    /** Sets the whole 4-byte word. */
    public static void word(MemorySegment struct, int value) {
        struct.set(JAVA_INT, 0, value);
    }
}
