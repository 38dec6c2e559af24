package dev.umws.umd;

import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.gpu.RingWriter;

import java.util.function.Consumer;

/**
 * A UMD that gets the protocol wrong on purpose: it reads the doorbell status before ringing
 * (connecting if needed) and never after. Split into steps so that a test can put a
 * victimization between the status read and the ring: the ring then lands on the dummy page and
 * the work is lost, which the correct {@link UmdQueue#submit} never allows.
 */
public final class RacyUmdQueue {
    private final UmdQueue queue;

    public RacyUmdQueue(UmdQueue queue) {
        this.queue = queue;
    }

    /** Step 1: read the status, connect if it is not connected. */
    public void checkStatusFirst() {
        if (queue.statusAcquire() == D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY) {
            queue.connect();
        }
    }

    /** Step 2: write the commands and ring, trusting the status read in step 1. Returns the fence value. */
    public long writeAndRing(Consumer<RingWriter> commands) {
        long value = queue.writeCommands(commands, true);
        queue.writer().ringRelease();
        return value;
    }
}
