package dev.umws.os;

import dev.umws.Pins;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the OS serialises thunks today: one adapter lock for every thunk of every process (Windows
 * takes a lock per hardware context, so DDIs of different contexts run at once).
 */
class LocksTest {
    @Test
    @Pins("LK-1")
    void aThunkOfAnotherProcessWaitsWhileADdiRuns() throws Exception {
        CountDownLatch inDdi = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiConnectDoorbell(MemorySegment args) {
                inDdi.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.DxgkDdiConnectDoorbell(args);
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            CompletableFuture<Integer> connect = CompletableFuture.supplyAsync(() -> f.connect(bell));
            assertTrue(inDdi.await(5, TimeUnit.SECONDS));
            int[] h = new int[1];
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> f.b.createDevice(h));
            // the other process's thunk would finish in microseconds if it could run
            assertThrows(TimeoutException.class, () -> other.get(100, TimeUnit.MILLISECONDS),
                    "one adapter lock: the other process waits for the DDI");
            release.countDown();
            assertEquals(STATUS_SUCCESS, connect.get(5, TimeUnit.SECONDS));
            assertEquals(STATUS_SUCCESS, other.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    @Pins("CB-7")
    void theDisconnectCallbackTakesTheAdapterLockReEntrantlyInsideADdi() throws Exception {
        CountDownLatch inDdi = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiCreateDoorbell(MemorySegment args) {
                int s = super.DxgkDdiCreateDoorbell(args);
                inDdi.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return s;
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell first = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(first));
            long firstQueue = kmd.createHwQueueKey;
            long firstDoorbell = kmd.createDoorbellKey;
            CompletableFuture<Fixture.Bell> creating = CompletableFuture.supplyAsync(f::bell);
            assertTrue(inDdi.await(5, TimeUnit.SECONDS));
            // a KMD worker thread disconnecting another context's doorbell waits for the adapter lock
            CompletableFuture<Integer> callback = CompletableFuture.supplyAsync(() -> kmd.callbacks().DxgkCbDisconnectDoorbell(
                    DisconnectCallbackTest.callbackArgs(f, firstQueue, firstDoorbell,
                            dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY)));
            assertThrows(TimeoutException.class, () -> callback.get(100, TimeUnit.MILLISECONDS));
            release.countDown();
            creating.get(5, TimeUnit.SECONDS);
            assertEquals(STATUS_SUCCESS, callback.get(5, TimeUnit.SECONDS));
        }
    }
}
