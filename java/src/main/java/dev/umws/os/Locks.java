package dev.umws.os;

/**
 * The OS's locks and the one order in which they are taken (docs/locks.md draws it). Outermost first:
 *
 * <pre>
 *   1 adapter   (read-write)  every thunk and testbed call: shared;
 *                             D3, power-up, F1, TDR, the end of a process: exclusive
 *   2 device    (read-write)  doorbell thunks, queue destroy: shared;
 *                             queue create, context create, residency, device destroy: exclusive
 *   3 context   (exclusive,   every doorbell thunk of its queues, queue create and destroy, and
 *                re-entrant)  DxgkCbDisconnectDoorbell for a doorbell of its queues (the victim's
 *                             context, re-entrantly for the thread that holds it)
 *   4 process   (exclusive)   its handle table, object lists, status slots and GPU VAs: a leaf,
 *                             never held across a DDI or a callback
 *   then the KMD's own locks, then the GPU's.
 * </pre>
 *
 * As in Windows, doorbell DDIs of different contexts run at once, and DxgkCbDisconnectDoorbell
 * takes a second context lock while the caller's thunk may hold its own: a KMD that holds a lock of
 * its own across that callback can deadlock, here as on Windows (the {@link Watchdog} reports it).
 * The ISR and the DPC take no OS lock; PASSIVE work they ask for runs on the OS worker.
 */
final class Locks {
    private Locks() {
    }

    /** Locks taken in order and released in reverse by {@link #close}. */
    static final class Held implements AutoCloseable {
        private final OsLock[] locks = new OsLock[3];
        private final boolean[] exclusive = new boolean[3];
        private int count;

        private Held take(OsLock.ReadWrite lock, boolean writing) {
            lock.lock(writing);
            locks[count] = lock;
            exclusive[count++] = writing;
            return this;
        }

        private Held take(OsLock.Exclusive lock) {
            lock.lock();
            locks[count] = lock;
            exclusive[count++] = true;
            return this;
        }

        @Override
        public void close() {
            while (count > 0) {
                OsLock l = locks[--count];
                if (l instanceof OsLock.ReadWrite rw) {
                    rw.unlock(exclusive[count]);
                } else {
                    ((OsLock.Exclusive) l).unlock();
                }
            }
        }
    }

    /** A thunk or testbed call that touches no device: the adapter, shared. */
    static Held adapter(Dxgkrnl os) {
        return new Held().take(os.adapterLock, false);
    }

    /** Everything at once: the adapter, exclusive (lifecycle work; a process's end). */
    static Held adapterExclusive(Dxgkrnl os) {
        return new Held().take(os.adapterLock, true);
    }

    /** Work on a device's objects that are not a context's: the adapter shared, the device. */
    static Held device(Dxgkrnl os, OsObjects.Device device, boolean exclusive) {
        return new Held().take(os.adapterLock, false).take(device.lock, exclusive);
    }

    /**
     * A doorbell thunk (device shared) or a queue's creation (device exclusive): then the queue's
     * context, exclusive.
     */
    static Held context(Dxgkrnl os, OsObjects.Context context, boolean deviceExclusive) {
        return new Held().take(os.adapterLock, false).take(context.device.lock, deviceExclusive).take(context.lock);
    }
}
