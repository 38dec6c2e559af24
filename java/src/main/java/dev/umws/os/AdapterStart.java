package dev.umws.os;

import dev.umws.abi.DXGK_NODEMETADATA_FLAGS;
import dev.umws.abi.DXGK_USERMODESUBMISSION_CAPS;
import dev.umws.abi.Generation;
import dev.umws.abi.d3dukmdt_h;
import dev.umws.kmd.Kmd;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * What the OS reads of a KMD when an adapter starts, and what it requires of it. The checks are
 * those the Windows 11 23H2 kernel (build 22631) makes before it lets an adapter with
 * user-mode-submission nodes run; a driver it would refuse is refused here (the exception names
 * every reason, and each is reported as rule 12).
 * <ul>
 *   <li>every node's DXGK_NODEMETADATA_FLAGS: a UserModeSubmission node must also set
 *       ContextSchedulingSupported; the reserved bits below 16 must be clear (bits 16..31 are not
 *       looked at: the documented alternative layout keeps MaxInFlightHwQueueBuffers there);</li>
 *   <li>with any UMS node: DXGKQAITYPE_USERMODESUBMISSION_CAPS (28 bytes) must succeed, with
 *       DoorbellSizeInBytes in 1..16 KiB, no flag but SecondaryDoorbellSupported, and the secondary
 *       size in 1..16 KiB when it is supported;</li>
 *   <li>with any UMS node: the six DDIs of {@link Kmd#UMS_DDIS} are provided.</li>
 * </ul>
 */
final class AdapterStart {
    /** The largest doorbell the kernel accepts (bytes). */
    static final int MAX_DOORBELL_BYTES = 16 * 1024;
    static final long PAGE = 4096;

    private AdapterStart() {
    }

    /** The UMS caps the OS keeps: they size every doorbell VA and decide secondary VAs. */
    record Caps(boolean secondarySupported, int doorbellSizeInBytes, int secondarySizeInBytes) {
        static final Caps NONE = new Caps(false, 0, 0);

        /** The doorbell VA: DoorbellSizeInBytes rounded up to whole pages. */
        int doorbellPages() {
            return pages(doorbellSizeInBytes);
        }

        int secondaryPages() {
            return pages(secondarySizeInBytes);
        }

        private static int pages(int bytes) {
            return (int) ((bytes + PAGE - 1) / PAGE);
        }
    }

    /** What a started adapter knows of its nodes and caps. */
    record Adapter(Caps caps, int[] nodeFlags) {
        boolean userModeSubmission(int node) {
            return node >= 0 && node < nodeFlags.length
                    && (nodeFlags[node] & DXGK_NODEMETADATA_FLAGS.UserModeSubmission.intMask()) != 0;
        }
    }

    /** Node-metadata bits below 16 that the selected generation leaves reserved. */
    static int reservedNodeBits(Generation g) {
        int firstReserved = switch (g) {
            case G1 -> 4; // the 22631 kernel: bits 4..15 must be zero
            case G2 -> 5; // bit 4 is SupportBuildTestCommandBuffer
            case G3 -> 6; // bit 5 is SupportFaultAndStall
        };
        return 0xFFFF & ~((1 << firstReserved) - 1);
    }

    static Adapter query(Kmd kmd, int nodes, ViolationSink violations) {
        List<String> refusals = new ArrayList<>();
        int[] flags = new int[nodes];
        boolean anyUms = false;
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment f = DXGK_NODEMETADATA_FLAGS.allocate(scratch);
            for (int node = 0; node < nodes; node++) {
                f.fill((byte) 0);
                int s = kmd.DxgkDdiGetNodeMetadata(node, f);
                if (s != STATUS_SUCCESS) {
                    refusals.add("DxgkDdiGetNodeMetadata(node " + node + ") returned " + dev.umws.abi.ntstatus_h.name(s));
                    continue;
                }
                flags[node] = DXGK_NODEMETADATA_FLAGS.Value(f);
                checkNode(node, flags[node], refusals);
                anyUms |= (flags[node] & DXGK_NODEMETADATA_FLAGS.UserModeSubmission.intMask()) != 0;
            }
            Caps caps = Caps.NONE;
            if (anyUms) {
                caps = queryCaps(kmd, scratch, refusals);
                for (String ddi : Kmd.UMS_DDIS) {
                    if (!kmd.provides(ddi)) {
                        refusals.add("a user-mode-submission node needs " + ddi + ", which the driver does not provide");
                    }
                }
            }
            if (!refusals.isEmpty()) {
                for (String r : refusals) {
                    violations.report(Rule.R12_ADAPTER_START, "adapter", "DxgkDdiStartDevice", r);
                }
                throw new AdapterRefusedException("the adapter does not start (Windows would refuse this driver): "
                        + String.join("; ", refusals));
            }
            return new Adapter(caps, flags);
        }
    }

    private static void checkNode(int node, int flags, List<String> refusals) {
        int ums = DXGK_NODEMETADATA_FLAGS.UserModeSubmission.intMask();
        int scheduling = DXGK_NODEMETADATA_FLAGS.ContextSchedulingSupported.intMask();
        if ((flags & ums) != 0 && (flags & scheduling) == 0) {
            refusals.add("node " + node + " reports UserModeSubmission without ContextSchedulingSupported");
        }
        int reserved = flags & reservedNodeBits(Generation.SELECTED);
        if (reserved != 0) {
            refusals.add("node " + node + " sets reserved node-metadata bits 0x" + Integer.toHexString(reserved));
        }
    }

    private static Caps queryCaps(Kmd kmd, Arena scratch, List<String> refusals) {
        MemorySegment caps = DXGK_USERMODESUBMISSION_CAPS.allocate(scratch);
        int s = kmd.DxgkDdiQueryAdapterInfo(d3dukmdt_h.DXGKQAITYPE_USERMODESUBMISSION_CAPS, caps);
        if (s != STATUS_SUCCESS) {
            refusals.add("DXGKQAITYPE_USERMODESUBMISSION_CAPS returned " + dev.umws.abi.ntstatus_h.name(s));
            return Caps.NONE;
        }
        int flags = DXGK_USERMODESUBMISSION_CAPS.Flags.Value(DXGK_USERMODESUBMISSION_CAPS.Flags(caps));
        int size = DXGK_USERMODESUBMISSION_CAPS.DoorbellSizeInBytes(caps);
        int secondarySize = DXGK_USERMODESUBMISSION_CAPS.SecondaryDoorbellSizeInBytes(caps);
        boolean secondary = (flags & DXGK_USERMODESUBMISSION_CAPS.SecondaryDoorbellSupported.intMask()) != 0;
        if ((flags & ~DXGK_USERMODESUBMISSION_CAPS.SecondaryDoorbellSupported.intMask()) != 0) {
            refusals.add("the caps set reserved flag bits 0x" + Integer.toHexString(flags));
        }
        if (size < 1 || size > MAX_DOORBELL_BYTES) {
            refusals.add("DoorbellSizeInBytes " + Integer.toUnsignedString(size) + " is outside 1..16384");
        }
        if (secondary && (secondarySize < 1 || secondarySize > MAX_DOORBELL_BYTES)) {
            refusals.add("SecondaryDoorbellSizeInBytes " + Integer.toUnsignedString(secondarySize) + " is outside 1..16384");
        }
        return new Caps(secondary, size, secondary ? secondarySize : 0);
    }
}
