package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.DXGK_NODEMETADATA_FLAGS;
import dev.umws.abi.DXGK_USERMODESUBMISSION_CAPS;
import dev.umws.abi.Generation;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.function.IntUnaryOperator;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter starts only with a driver Windows would accept (rule 12). */
class AdapterStartTest {
    private static final int UMS = DXGK_NODEMETADATA_FLAGS.UserModeSubmission.intMask();
    private static final int SCHEDULING = DXGK_NODEMETADATA_FLAGS.ContextSchedulingSupported.intMask();

    /** A reference KMD whose node flags or caps the test rewrites. */
    private static final class Misreporting extends ReferenceKmd {
        private final IntUnaryOperator nodeFlags;
        private final java.util.function.Consumer<MemorySegment> caps;
        private final String missingDdi;

        Misreporting(IntUnaryOperator nodeFlags, java.util.function.Consumer<MemorySegment> caps, String missingDdi) {
            this.nodeFlags = nodeFlags;
            this.caps = caps;
            this.missingDdi = missingDdi;
        }

        @Override
        public int DxgkDdiGetNodeMetadata(int node, MemorySegment flags) {
            int s = super.DxgkDdiGetNodeMetadata(node, flags);
            DXGK_NODEMETADATA_FLAGS.Value(flags, nodeFlags.applyAsInt(DXGK_NODEMETADATA_FLAGS.Value(flags)));
            return s;
        }

        @Override
        public int DxgkDdiQueryAdapterInfo(int type, MemorySegment output) {
            int s = super.DxgkDdiQueryAdapterInfo(type, output);
            caps.accept(output);
            return s;
        }

        @Override
        public boolean provides(String ddi) {
            return !ddi.equals(missingDdi) && super.provides(ddi);
        }
    }

    /** The start's refusal, with what the verifier saw. */
    private static String refusal(Misreporting kmd, Verifier v) {
        AdapterRefusedException e = assertThrows(AdapterRefusedException.class,
                () -> Dxgkrnl.start(Fixture.CONFIG, kmd, v).close());
        assertFalse(v.of(Rule.R12_ADAPTER_START).isEmpty());
        return e.getMessage();
    }

    @Test
    @Pins("ST-1")
    void aUserModeSubmissionNodeWithoutContextSchedulingIsRefused() {
        Verifier v = new Verifier();
        String why = refusal(new Misreporting(f -> f & ~SCHEDULING, c -> { }, null), v);
        assertTrue(why.contains("without ContextSchedulingSupported"), why);
    }

    @Test
    @Pins("ST-2")
    void reservedNodeBitsAreRefusedAndTheHighHalfIsNotLookedAt() {
        int firstReserved = switch (Generation.SELECTED) {
            case G1 -> 4;
            case G2 -> 5;
            case G3 -> 6;
        };
        Verifier v = new Verifier();
        String why = refusal(new Misreporting(f -> f | (1 << firstReserved), c -> { }, null), v);
        assertTrue(why.contains("reserved node-metadata bits"), why);
        // the documented alternative layout keeps MaxInFlightHwQueueBuffers in bits 16..31
        try (Dxgkrnl os = Dxgkrnl.start(Fixture.CONFIG, new Misreporting(f -> f | (8 << 16), c -> { }, null),
                new Verifier())) {
            assertTrue(os.adapter.userModeSubmission(0));
        }
        if (Generation.SELECTED != Generation.G1) { // G2 and G3 name bit 4
            try (Dxgkrnl os = Dxgkrnl.start(Fixture.CONFIG, new Misreporting(
                    f -> f | DXGK_NODEMETADATA_FLAGS.SupportBuildTestCommandBuffer.intMask(), c -> { }, null),
                    new Verifier())) {
                assertTrue(os.adapter.userModeSubmission(0));
            }
        }
    }

    @Test
    @Pins("ST-3")
    void doorbellSizesOutside1To16KibAndReservedCapsFlagsAreRefused() {
        for (int size : new int[] {0, 16 * 1024 + 1}) {
            Verifier v = new Verifier();
            String why = refusal(new Misreporting(f -> f,
                    c -> DXGK_USERMODESUBMISSION_CAPS.DoorbellSizeInBytes(c, size), null), v);
            assertTrue(why.contains("DoorbellSizeInBytes"), why);
        }
        Verifier v = new Verifier();
        String why = refusal(new Misreporting(f -> f, c -> {
            DXGK_USERMODESUBMISSION_CAPS.Flags.Value(DXGK_USERMODESUBMISSION_CAPS.Flags(c), 1); // secondary supported
            DXGK_USERMODESUBMISSION_CAPS.SecondaryDoorbellSizeInBytes(c, 0);
        }, null), v);
        assertTrue(why.contains("SecondaryDoorbellSizeInBytes"), why);
        v = new Verifier();
        why = refusal(new Misreporting(f -> f,
                c -> DXGK_USERMODESUBMISSION_CAPS.Flags.Value(DXGK_USERMODESUBMISSION_CAPS.Flags(c), 1 << 3), null), v);
        assertTrue(why.contains("reserved flag bits"), why);
    }

    @Test
    @Pins("ST-4")
    void everyUserModeSubmissionDdiIsRequiredFlushHwQueueToo() {
        assertEquals(List.of("DxgkDdiCreateDoorbell", "DxgkDdiConnectDoorbell", "DxgkDdiDisconnectDoorbell",
                "DxgkDdiDestroyDoorbell", "DxgkDdiNotifyWorkSubmission", "DxgkDdiFlushHwQueue"), dev.umws.kmd.Kmd.UMS_DDIS);
        for (String ddi : dev.umws.kmd.Kmd.UMS_DDIS) {
            Verifier v = new Verifier();
            String why = refusal(new Misreporting(f -> f, c -> { }, ddi), v);
            assertTrue(why.contains(ddi), why);
        }
        // a driver without user-mode-submission nodes needs none of them
        try (Dxgkrnl os = Dxgkrnl.start(Fixture.CONFIG, new Misreporting(f -> f & ~UMS, c -> { },
                "DxgkDdiFlushHwQueue"), new Verifier())) {
            assertFalse(os.adapter.userModeSubmission(0));
        }
        assertTrue(new ReferenceKmd().provides("DxgkDdiFlushHwQueue"), "the reference KMD provides all six");
    }

    @Test
    @Pins("ST-5")
    void theDoorbellVaIsTheDoorbellSizeRoundedUpToPages() {
        for (int size : new int[] {8, 4096, 8192, 16384}) {
            try (Fixture f = new Fixture(Fixture.CONFIG.withDoorbellSizeInBytes(size), new ReferenceKmd())) {
                assertEquals((size + 4095) / 4096, f.os.adapter.caps().doorbellPages());
                Fixture.Bell bell = f.bell();
                assertEquals(STATUS_SUCCESS, f.connect(bell));
                OsObjects.Queue q = f.a.handles.lookup(bell.queue(), HandleType.HW_QUEUE, OsObjects.Queue.class);
                assertEquals((size + 4095) / 4096, q.doorbell.va.pages(), "the VA reserved for the doorbell");
            }
        }
    }

    @Test
    @Pins("ST-3")
    void aUmdQueriesTheCapsTheKmdReported() {
        try (Fixture f = new Fixture()) {
            MemorySegment caps = DXGK_USERMODESUBMISSION_CAPS.allocate(f.arena);
            assertEquals(STATUS_SUCCESS, f.a.queryAdapterInfo(dev.umws.abi.d3dukmdt_h.DXGKQAITYPE_USERMODESUBMISSION_CAPS, caps));
            assertEquals(8, DXGK_USERMODESUBMISSION_CAPS.DoorbellSizeInBytes(caps));
            assertEquals(dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED, f.a.queryAdapterInfo(99, caps));
            assertEquals(dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER, f.a.queryAdapterInfo(38, MemorySegment.NULL));
        }
    }

    @Test
    @Pins("ST-1")
    void theReferenceKmdStartsCleanly() {
        Verifier v = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(GpuConfig.defaults().withEngines(2), new ReferenceKmd(), v)) {
            assertTrue(os.adapter.userModeSubmission(0) && os.adapter.userModeSubmission(1));
        }
        assertEquals(List.of(), v.violations());
    }
}
