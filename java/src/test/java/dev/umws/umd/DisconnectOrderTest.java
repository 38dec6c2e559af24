package dev.umws.umd;

import dev.umws.KmdKind;
import dev.umws.Pins;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.gpu.GpuConfig;
import dev.umws.gpu.HwQueue;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.DisconnectOrder;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a correct UMD experiences when it rings inside a disconnect, between the OS's two stores:
 * forced with the OS's disconnect probe, in each order the OS offers. Queue B's connect takes queue
 * A's only physical doorbell; A rings exactly in the window. With each reference KMD, but for the
 * KMD without the kick, which only a Java subclass can be.
 */
class DisconnectOrderTest {
    private static final long SECOND = 1_000_000_000L;
    private static final GpuConfig ONE_DOORBELL = GpuConfig.defaults()
            .withDoorbells(1, GpuConfig.Placement.DEDICATED_PAGE).withDetectMode(GpuConfig.DetectMode.SPIN);

    /** A's submission made inside the window: the packets, the ring, and the status it then reads. */
    private static final class InTheWindow {
        final List<String> steps = new ArrayList<>();
        long value;
        int statusRead = -1;

        /** The UMD's steps 1-6 without its reaction: done on the disconnecting thread, so no thunk. */
        void submit(UmdQueue a, String first) {
            steps.add(first);
            value = a.writeCommands(null, true);
            a.writer().ringRelease();
            VarHandle.fullFence();
            statusRead = a.statusAcquire();
        }
    }

    private static InTheWindow victimizeWhileARings(Dxgkrnl os, Process p, UmdQueue a, UmdQueue b) {
        InTheWindow w = new InTheWindow();
        os.setDisconnectProbe((process, hHwQueue, reason, first) -> {
            if (hHwQueue == a.queueHandle() && w.statusRead < 0) {
                w.submit(a, first);
            }
        });
        a.connect();
        long bValue = b.submit(null); // B's connect victimizes A
        assertTrue(b.await(bValue, 5 * SECOND));
        os.setDisconnectProbe(null);
        return w;
    }

    @ParameterizedTest
    @EnumSource(KmdKind.class)
    @Pins({"CB-5", "CB-6"})
    void inWindowsOrderTheUmdReadsConnectedAndTheReferenceKmdsKickRunsItsWork(KmdKind kind) {
        try (Dxgkrnl os = Dxgkrnl.start(ONE_DOORBELL, kind.create(), new Verifier()); Process p = os.createProcess()) {
            int dev = SubmissionTest.device(p);
            try (UmdQueue a = new UmdQueue(p, dev, 0, 4096); UmdQueue b = new UmdQueue(p, dev, 0, 4096)) {
                InTheWindow w = victimizeWhileARings(os, p, a, b);
                assertEquals(List.of("va"), w.steps, "the VA moved first");
                assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED, w.statusRead,
                        "the UMD rang the dummy page and believes its work submitted");
                assertTrue(a.await(w.value, 5 * SECOND), "the KMD kicked the victim: the work ran with no new submission");
                assertEquals(0, a.reconnects());
            }
        }
    }

    @Test
    @Pins("CB-6")
    void withoutTheKickTheWorkWaitsForTheUmdsNextSubmission() {
        ReferenceKmd noKick = new ReferenceKmd() {
            @Override
            protected void catchStrandedRings(HwQueue victim) {
                // a KMD that only drains what the firmware already noticed
            }
        };
        try (Dxgkrnl os = Dxgkrnl.start(ONE_DOORBELL, noKick, new Verifier()); Process p = os.createProcess()) {
            int dev = SubmissionTest.device(p);
            try (UmdQueue a = new UmdQueue(p, dev, 0, 4096); UmdQueue b = new UmdQueue(p, dev, 0, 4096)) {
                InTheWindow w = victimizeWhileARings(os, p, a, b);
                assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED, w.statusRead);
                assertFalse(a.await(w.value, SECOND / 5), "stranded: nothing looks at A's ring any more");
                long next = a.submit(null); // reads RETRY, reconnects, rings again: everything runs
                assertTrue(a.await(next, 5 * SECOND));
                assertTrue(a.completedAcquire() >= w.value, "the stranded work ran with the next submission");
                assertEquals(1, a.reconnects());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(KmdKind.class)
    @Pins("CB-5")
    void statusFirstTellsTheUmdInTheWindow(KmdKind kind) {
        try (Dxgkrnl os = Dxgkrnl.start(ONE_DOORBELL, kind.create(), new Verifier()); Process p = os.createProcess()) {
            os.setDisconnectOrder(DisconnectOrder.STATUS_FIRST);
            int dev = SubmissionTest.device(p);
            try (UmdQueue a = new UmdQueue(p, dev, 0, 4096); UmdQueue b = new UmdQueue(p, dev, 0, 4096)) {
                InTheWindow w = victimizeWhileARings(os, p, a, b);
                assertEquals(List.of("status"), w.steps);
                assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, w.statusRead,
                        "the UMD sees the disconnect and will reconnect");
                assertTrue(a.await(a.submit(null), 5 * SECOND));
                assertTrue(a.completedAcquire() >= w.value);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(KmdKind.class)
    @Pins("OI-3")
    void anOsInitiatedDisconnectLeavesAWindowUntilTheUmdsNextSubmission(KmdKind kind) {
        try (Dxgkrnl os = Dxgkrnl.start(ONE_DOORBELL, kind.create(), new Verifier()); Process p = os.createProcess();
                UmdQueue a = new UmdQueue(p, SubmissionTest.device(p), 0, 4096)) {
            a.connect();
            InTheWindow w = new InTheWindow();
            os.setDisconnectProbe((process, hHwQueue, reason, first) -> w.submit(a, first));
            os.setDevicePowerState(3); // D0 -> D3: DxgkDdiDisconnectDoorbell, the VA, then the status
            os.setDisconnectProbe(null);
            assertEquals(List.of("ddi"), w.steps, "the KMD let the queue go before the OS wrote the status");
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED, w.statusRead,
                    "the UMD's ring reached a doorbell no queue is bound to, and it read CONNECTED");
            assertFalse(a.await(w.value, SECOND / 5), "the documented order can strand work in this window");
            assertTrue(a.await(a.submit(null), 5 * SECOND), "the next submission reconnects and runs it");
            assertTrue(a.completedAcquire() >= w.value);
        }
    }

    /**
     * The model's os-status-first: the OS writes the status first, then calls the disconnect DDI,
     * which lets the doorbell go at once. A ring made just before the status, which the firmware has
     * not run yet (here: its engine is held), is read as CONNECTED and is left behind when the DDI
     * unbinds the queue: it runs only with the UMD's next submission.
     */
    @ParameterizedTest
    @EnumSource(KmdKind.class)
    void inTheOsStatusFirstOrderARingTheFirmwareHasNotRunIsLeftBehind(KmdKind kind) {
        try (Dxgkrnl os = Dxgkrnl.start(ONE_DOORBELL, kind.create(), new Verifier()); Process p = os.createProcess();
                UmdQueue a = new UmdQueue(p, SubmissionTest.device(p), 0, 4096)) {
            os.setDisconnectOrder(DisconnectOrder.STATUS_FIRST);
            a.connect();
            os.gpu().suspendEngine(0, true);       // control: a held ring runs once the engine goes on
            long held = a.submit(null);
            os.gpu().suspendEngine(0, false);
            assertTrue(a.await(held, 5 * SECOND), "with no disconnect the held ring runs");
            os.gpu().suspendEngine(0, true);       // the firmware will not run A's next ring yet
            InTheWindow w = new InTheWindow();
            w.submit(a, "before");                 // A rings its bound doorbell and reads CONNECTED
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED, w.statusRead);
            os.setDevicePowerState(3);             // the status, the DDI (the doorbell let go), then the VA
            os.gpu().suspendEngine(0, false);
            assertFalse(a.await(w.value, SECOND / 5), "the ring was left behind with the unbound queue");
            assertTrue(a.await(a.submit(null), 5 * SECOND), "the next submission reconnects and runs it");
            assertTrue(a.completedAcquire() >= w.value);
        }
    }
}
