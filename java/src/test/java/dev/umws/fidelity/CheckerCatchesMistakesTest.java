package dev.umws.fidelity;

import dev.umws.abi.AbiCatalog.AbiType;
import dev.umws.abi.BitField;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL_FLAGS;
import dev.umws.abi.DXGKARG_CREATEDOORBELL_FLAGS;
import dev.umws.abi.DXGK_NODEMETADATA_FLAGS;
import dev.umws.abi.Generation;
import dev.umws.abi.Layouts;
import org.junit.jupiter.api.Test;

import java.lang.foreign.GroupLayout;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check that cannot fail proves nothing: deliberately wrong layouts (a moved member, a wrong
 * size, a wrong bit) must be reported by every ABI that runs, naming the member and both numbers.
 */
class CheckerCatchesMistakesTest {

    /** D3DKMT_CREATE_DOORBELL (G2) with hDoorbell and Padding1 swapped: hDoorbell at 68, C says 64. */
    private static AbiType movedMember() {
        GroupLayout l = Layouts.struct("D3DKMT_CREATE_DOORBELL",
                JAVA_INT.withName("hHwQueue"), JAVA_INT.withName("hRingBuffer"), JAVA_INT.withName("hRingBufferControl"),
                D3DKMT_CREATE_DOORBELL_FLAGS.layout().withName("Flags"), JAVA_INT.withName("PrivateDriverDataSize"),
                Layouts.pad("Padding0", 4), ADDRESS.withName("PrivateDriverData"),
                ADDRESS.withName("DoorbellCPUVirtualAddress"), ADDRESS.withName("DoorbellSecondaryCPUVirtualAddress"),
                ADDRESS.withName("DoorbellStatusCPUVirtualAddress"),
                ADDRESS.withName("HwQueueProgressFenceLastQueuedValueCPUVirtualAddress"),
                Layouts.pad("Padding1", 4), JAVA_INT.withName("hDoorbell"));
        return new AbiType("D3DKMT_CREATE_DOORBELL", "d3dkmthk.h", l, List.of());
    }

    /** D3DKMT_DESTROYHWQUEUE with an 8-byte handle: C says 4. */
    private static AbiType wrongSize() {
        return new AbiType("D3DKMT_DESTROYHWQUEUE", "d3dkmthk.h",
                Layouts.struct("D3DKMT_DESTROYHWQUEUE", JAVA_LONG.withName("hHwQueue")), List.of());
    }

    /** D3DKMT_CREATE_DOORBELL_FLAGS with RequireSecondaryCpuVA and ResizeRingBufferOperation swapped. */
    private static AbiType wrongBit() {
        return new AbiType("D3DKMT_CREATE_DOORBELL_FLAGS", "d3dkmthk.h", D3DKMT_CREATE_DOORBELL_FLAGS.layout(),
                List.of(new BitField("RequireSecondaryCpuVA", 1, 1), new BitField("ResizeRingBufferOperation", 0, 1),
                        new BitField("Reserved", 2, 30)));
    }

    /** G1's node flags with G2's Reserved (bit 5, 27 wide): G1 reserves from bit 4, 28 wide. */
    private static AbiType g2ReservedInG1NodeFlags() {
        return new AbiType("DXGK_NODEMETADATA_FLAGS", "d3dkmddi.h", DXGK_NODEMETADATA_FLAGS.layout(Generation.G1),
                List.of(DXGK_NODEMETADATA_FLAGS.ContextSchedulingSupported, DXGK_NODEMETADATA_FLAGS.RingBufferFenceRelease,
                        DXGK_NODEMETADATA_FLAGS.SupportTrackedWorkload, DXGK_NODEMETADATA_FLAGS.UserModeSubmission,
                        DXGK_NODEMETADATA_FLAGS.Reserved_G2));
    }

    /** G1's DXGKARG_CREATEDOORBELL_FLAGS with G2's bits: G1 has ResizeRingBufferOperation at bit 1. */
    private static AbiType g2BitsInG1CreateDoorbellFlags() {
        return new AbiType("DXGKARG_CREATEDOORBELL_FLAGS", "d3dkmddi.h", DXGKARG_CREATEDOORBELL_FLAGS.layout(Generation.G1),
                DXGKARG_CREATEDOORBELL_FLAGS.bits(Generation.G2));
    }

    @Test
    void everyRunningAbiTellsTheG1KernelFlagsFromTheG2Ones() {
        List<AbiReport> reports = Matrices.create("wrong-g1").check(Generation.G1,
                List.of(g2ReservedInG1NodeFlags(), g2BitsInG1CreateDoorbellFlags()), Abi.standard());
        int ran = 0;
        for (AbiReport r : reports) {
            if (r.outcome() == AbiReport.Outcome.SKIPPED) {
                continue;
            }
            ran++;
            String id = r.abi().id();
            String all = String.join("\n", r.mismatches());
            assertEquals(AbiReport.Outcome.FAILED, r.outcome(), id);
            assertTrue(all.contains("DXGK_NODEMETADATA_FLAGS.Reserved: bit offset Java 5, " + id + " 4"), id + ":\n" + all);
            assertTrue(all.contains("DXGK_NODEMETADATA_FLAGS.Reserved: bit width Java 27, " + id + " 28"), id + ":\n" + all);
            assertTrue(all.contains("DXGKARG_CREATEDOORBELL_FLAGS.ResizeRingBufferOperation: bit offset Java 0, " + id + " 1"),
                    id + ":\n" + all);
        }
        assertTrue(ran >= 1, "no ABI ran; the host gcc at least must");
    }

    @Test
    void everyRunningAbiReportsTheMovedMemberTheWrongSizeAndTheWrongBit() {
        List<AbiReport> reports = Matrices.create("wrong").check(Generation.G2,
                List.of(movedMember(), wrongSize(), wrongBit()), Abi.standard());
        int ran = 0;
        for (AbiReport r : reports) {
            if (r.outcome() == AbiReport.Outcome.SKIPPED) {
                continue;
            }
            ran++;
            String id = r.abi().id();
            String all = String.join("\n", r.mismatches());
            assertEquals(AbiReport.Outcome.FAILED, r.outcome(), id);
            assertTrue(all.contains("D3DKMT_CREATE_DOORBELL.hDoorbell: offset Java 68, " + id + " 64"), id + ":\n" + all);
            assertTrue(all.contains("D3DKMT_DESTROYHWQUEUE: size Java 8, " + id + " 4"), id + ":\n" + all);
            assertTrue(all.contains("D3DKMT_DESTROYHWQUEUE.hHwQueue: size Java 8, " + id + " 4"), id + ":\n" + all);
            assertTrue(all.contains("D3DKMT_CREATE_DOORBELL_FLAGS.RequireSecondaryCpuVA: bit offset Java 1, " + id + " 0"),
                    id + ":\n" + all);
            assertTrue(all.contains("the static assertions fail:"), id + ":\n" + all);
        }
        assertTrue(ran >= 1, "no ABI ran; the host gcc at least must");
    }
}
