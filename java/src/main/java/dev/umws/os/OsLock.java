package dev.umws.os;

import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The OS's locks, named, so that the {@link Watchdog} can say which lock a stuck thread holds and
 * which it waits for ("context 0x1c0 of process 2"). Every acquisition goes through
 * {@link Locks}, which keeps the one lock order. Each lock notes its waiters and holders in the
 * watchdog's per-thread record: a few map operations per acquisition, on thunk paths only.
 */
abstract sealed class OsLock permits OsLock.Exclusive, OsLock.ReadWrite {
    final String name;

    OsLock(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** An exclusive, re-entrant lock: a hardware context's, a process's. */
    static final class Exclusive extends OsLock {
        private final ReentrantLock lock = new ReentrantLock();

        Exclusive(String name) {
            super(name);
        }

        void lock() {
            if (lock.tryLock()) {
                Watchdog.held(this, "");
                return;
            }
            Watchdog.waiting(this, "");
            try {
                lock.lock();
            } finally {
                Watchdog.doneWaiting();
            }
            Watchdog.held(this, "");
        }

        /** As {@link #lock}, but gives up when the thread is interrupted (the watchdog breaking a deadlock). */
        void lockInterruptibly() throws InterruptedException {
            if (!lock.tryLock()) {
                Watchdog.waiting(this, "");
                try {
                    lock.lockInterruptibly();
                } finally {
                    Watchdog.doneWaiting();
                }
            }
            Watchdog.held(this, "");
        }

        void unlock() {
            Watchdog.released(this, "");
            lock.unlock();
        }

        boolean isHeldByCurrentThread() {
            return lock.isHeldByCurrentThread();
        }
    }

    /** A shared/exclusive lock: the adapter's, a device's. Re-entrant in both modes. */
    static final class ReadWrite extends OsLock {
        private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

        ReadWrite(String name) {
            super(name);
        }

        void lock(boolean exclusive) {
            var l = exclusive ? lock.writeLock() : lock.readLock();
            String mode = exclusive ? " (exclusive)" : " (shared)";
            if (!(exclusive ? lock.writeLock().tryLock() : lock.readLock().tryLock())) {
                Watchdog.waiting(this, mode);
                try {
                    l.lock();
                } finally {
                    Watchdog.doneWaiting();
                }
            }
            Watchdog.held(this, mode);
        }

        void unlock(boolean exclusive) {
            Watchdog.released(this, exclusive ? " (exclusive)" : " (shared)");
            (exclusive ? lock.writeLock() : lock.readLock()).unlock();
        }

        boolean isWriteLockedByCurrentThread() {
            return lock.isWriteLockedByCurrentThread();
        }
    }
}
