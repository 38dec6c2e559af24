package dev.umws.umd;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.DXGKARGCB_DISCONNECTDOORBELL;
import dev.umws.abi.DXGKARG_CREATEDOORBELL;
import dev.umws.abi.DXGKARG_CREATEHWQUEUE;
import dev.umws.abi.Generation;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A disconnect that comes between a UMD's status read (CONNECTED_NOTIFY_KMD) and its notify: the OS
 * answers STATUS_INVALID_PARAMETER, and both UMDs read their status again and carry on.
 */
class NotifyRaceTest {
    private static final long SECOND = 1_000_000_000L;
    private static final GpuConfig NOTIFY = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.NOTIFY);

    /** The reference KMD, which remembers the OS's keys for the last queue and doorbell to disconnect them. */
    private static final class DisconnectingKmd extends ReferenceKmd {
        volatile long queueKey;
        volatile long doorbellKey;

        @Override
        public int DxgkDdiCreateHwQueue(long hHwContext, MemorySegment args) {
            queueKey = DXGKARG_CREATEHWQUEUE.hHwQueue(args).address();
            return super.DxgkDdiCreateHwQueue(hHwContext, args);
        }

        @Override
        public int DxgkDdiCreateDoorbell(MemorySegment args) {
            if (Generation.SELECTED != Generation.G3) {
                doorbellKey = DXGKARG_CREATEDOORBELL.hDoorbell(args).address();
            }
            return super.DxgkDdiCreateDoorbell(args);
        }

        /** DxgkCbDisconnectDoorbell(DISCONNECTED_RETRY) of the last doorbell, from a KMD worker at PASSIVE. */
        void disconnect() {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment cb = DXGKARGCB_DISCONNECTDOORBELL.allocate(a);
                DXGKARGCB_DISCONNECTDOORBELL.hHwQueue(cb, MemorySegment.ofAddress(queueKey));
                if (Generation.SELECTED == Generation.G2) {
                    DXGKARGCB_DISCONNECTDOORBELL.hDoorbell(cb, MemorySegment.ofAddress(doorbellKey));
                }
                DXGKARGCB_DISCONNECTDOORBELL.DisconnectReason(cb, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
                assertEquals(STATUS_SUCCESS, os().DxgkCbDisconnectDoorbell(cb));
            }
        }
    }

    /** On the first notify only: the doorbell is disconnected just as the notify arrives. */
    private static void disconnectAtFirstNotify(Dxgkrnl os, DisconnectingKmd kmd) {
        boolean[] done = new boolean[1];
        os.setThunkProbe((process, thunk) -> {
            if (thunk.equals("D3DKMTNotifyWorkSubmission") && !done[0]) {
                done[0] = true;
                kmd.disconnect();
            }
        });
    }

    @Test
    @Pins("NT-4")
    void theJavaUmdReadsItsStatusAgainAndReconnects() {
        DisconnectingKmd kmd = new DisconnectingKmd();
        Verifier v = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(NOTIFY, kmd, v); Process p = os.createProcess();
                UmdQueue q = new UmdQueue(p, SubmissionTest.device(p), 0, 4096)) {
            assertTrue(q.await(q.submit(null), 5 * SECOND));
            long reconnects = q.reconnects();
            disconnectAtFirstNotify(os, kmd);
            long value = q.submit(null); // CONNECTED_NOTIFY_KMD, then the notify loses the race
            assertTrue(q.await(value, 5 * SECOND));
            assertEquals(1, q.notifyRaces());
            assertEquals(reconnects + 1, q.reconnects(), "the status it read again said RETRY");
            assertEquals(List.of(), v.violations());
        }
    }

    @Test
    @Pins("NT-4")
    void theCUmdReadsItsStatusAgainAndReconnects() {
        DisconnectingKmd kmd = new DisconnectingKmd();
        Verifier v = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(NOTIFY, kmd, v); Process p = os.createProcess();
                UmdQueue q = new UmdQueue(p, SubmissionTest.device(p), 0, 4096); CUmd c = new CUmd(p, q)) {
            assertEquals(STATUS_SUCCESS, c.submit(1, 1));
            long reconnects = q.reconnects();
            disconnectAtFirstNotify(os, kmd);
            assertEquals(STATUS_SUCCESS, c.submit(10, 1), "not STATUS_DEVICE_REMOVED");
            assertTrue(q.await(11, 5 * SECOND));
            assertEquals(1, q.notifyRaces());
            assertEquals(reconnects + 1, q.reconnects(), "the status it read again said RETRY");
            assertEquals(List.of(), v.violations());
        }
    }
}
