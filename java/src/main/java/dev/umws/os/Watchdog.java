package dev.umws.os;

import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a stuck thunk, DDI or callback into a verifier violation instead of a hung test.
 *
 * <p>Every thunk, DDI and callback the OS runs is an {@link Op} on its thread's record, and every
 * {@link OsLock} notes there what the thread holds and waits for. Every quarter of the bound (at
 * least 10 ms) the watchdog looks for an operation older than the bound ({@link
 * Dxgkrnl#setStuckBound}, 5 s by default) and reports it as rule 15, naming the thread, what it runs
 * (thunk, DDI, callback), the OS locks it holds and the one it waits for with its holder, and the
 * Java monitors it holds or waits for (a KMD's own lock). When the JVM finds the threads
 * deadlocked (monitors and locks in a cycle), the report says so and the watchdog breaks the cycle
 * the way no Windows machine can: it interrupts each deadlocked thread that waits for a context lock
 * inside DxgkCbDisconnectDoorbell, whose callback then returns STATUS_POSSIBLE_DEADLOCK, so that
 * the test ends instead of hanging.
 *
 * <p>A native KMD's own lock is invisible to the JVM: a thread blocked on it runs native code, as
 * far as the JVM knows. So the watchdog also breaks the cycle it can infer: a thread that waits
 * inside DxgkCbDisconnectDoorbell, past the bound, for a context lock held by a thread that has
 * been inside a DDI past the bound, waits for no OS lock and no Java monitor, and is in the
 * native driver's code (a DDI's downcall, in the frame named after the DDI). The waiter's callback
 * came from inside a DDI of the same driver, so the driver may hold a lock of its own across it,
 * and the holder is stuck in that driver: the report says the cycle runs through a lock the JVM
 * cannot see.
 */
final class Watchdog implements AutoCloseable {
    /** One thunk, DDI or callback in progress on a thread. */
    record Op(Dxgkrnl os, String what, long startNanos) {
    }

    /** What one thread is doing: its operations, the OS locks it holds, the one it waits for. */
    private static final class ThreadRecord {
        final Deque<Op> ops = new ArrayDeque<>();
        final List<String> held = new ArrayList<>();
        volatile OsLock waitingFor;
        volatile String waitingMode = "";
        volatile boolean interruptible;

        synchronized String describe() {
            return "runs " + String.join(" > ", ops.stream().map(Op::what).toList())
                    + (held.isEmpty() ? "" : "; holds " + String.join(", ", held));
        }
    }

    private static final Map<Thread, ThreadRecord> THREADS = new ConcurrentHashMap<>();

    private final Dxgkrnl os;
    private final Thread thread = Thread.ofPlatform().name("umws-os-watchdog").daemon().unstarted(this::run);
    private volatile boolean closed;
    /** Operations already reported (identity): each is reported once. */
    private final java.util.Set<Op> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Callbacks whose wait was broken as a cycle through a native driver (identity): each once. */
    private final java.util.Set<Op> brokenNative = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The class whose downcalls run a native KMD's code. */
    private static final String NATIVE_KMD = "dev.umws.kmd.NativeKmd";
    private static final String NATIVE_FRAMES = dev.umws.nativelib.NativeFrames.class.getName();
    private volatile long boundNanos;

    Watchdog(Dxgkrnl os, long boundNanos) {
        this.os = os;
        setBound(boundNanos);
    }

    void setBound(long nanos) {
        boundNanos = nanos;
    }

    long boundNanos() {
        return boundNanos;
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (!closed) {
            try {
                Thread.sleep(java.time.Duration.ofNanos(Math.max(10_000_000L, boundNanos / 4)));
            } catch (InterruptedException e) {
                return; // closed
            }
            look();
        }
    }

    private static ThreadRecord self() {
        return THREADS.computeIfAbsent(Thread.currentThread(), t -> new ThreadRecord());
    }

    private static void forgetIfIdle(ThreadRecord r) {
        synchronized (r) {
            if (r.ops.isEmpty() && r.held.isEmpty() && r.waitingFor == null) {
                THREADS.remove(Thread.currentThread());
            }
        }
    }

    /** The current thread starts {@code what}; pair with {@link #exit}. */
    static Op enter(Dxgkrnl os, String what) {
        Op op = new Op(os, what, System.nanoTime());
        ThreadRecord r = self();
        synchronized (r) {
            r.ops.push(op);
        }
        return op;
    }

    static void exit(Op op) {
        ThreadRecord r = self();
        synchronized (r) {
            r.ops.remove(op);
        }
        forgetIfIdle(r);
    }

    static void waiting(OsLock lock, String mode) {
        ThreadRecord r = self();
        r.waitingMode = mode;
        r.waitingFor = lock;
    }

    static void doneWaiting() {
        ThreadRecord r = THREADS.get(Thread.currentThread());
        if (r != null) {
            r.waitingFor = null;
        }
    }

    static void held(OsLock lock, String mode) {
        ThreadRecord r = self();
        synchronized (r) {
            r.held.add(lock.name + mode);
        }
    }

    static void released(OsLock lock, String mode) {
        ThreadRecord r = self();
        synchronized (r) {
            r.held.remove(lock.name + mode);
        }
        forgetIfIdle(r);
    }

    /** Marks the current thread's coming lock wait as one the watchdog may break. */
    static void breakable(boolean on) {
        self().interruptible = on;
    }

    private void look() {
        try {
            long now = System.nanoTime();
            long bound = boundNanos;
            List<Map.Entry<Thread, ThreadRecord>> stuck = new ArrayList<>();
            for (Map.Entry<Thread, ThreadRecord> e : THREADS.entrySet()) {
                ThreadRecord r = e.getValue();
                synchronized (r) {
                    for (Op op : r.ops) {
                        if (op.os() == os && now - op.startNanos() > bound && reported.add(op)) {
                            stuck.add(e);
                            break;
                        }
                    }
                }
            }
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            if (!stuck.isEmpty()) {
                for (Map.Entry<Thread, ThreadRecord> e : stuck) {
                    os.violations.report(Rule.R15_NOTHING_STUCK, "thread " + e.getKey().getName(),
                            outermost(e.getValue()), "stuck for more than " + bound / 1_000_000 + " ms: "
                                    + describe(mx, e.getKey(), e.getValue()));
                }
                long[] deadlocked = mx.findDeadlockedThreads();
                if (deadlocked != null) {
                    breakDeadlock(mx, deadlocked);
                    return;
                }
            }
            breakNativeCycle(mx, now, bound);
        } catch (RuntimeException e) {
            os.recordFault("watchdog: " + e);
        }
    }

    private static String outermost(ThreadRecord r) {
        synchronized (r) {
            return r.ops.isEmpty() ? "?" : r.ops.peekLast().what();
        }
    }

    /** A thread's operations, OS locks and Java monitors, in words. */
    private static String describe(ThreadMXBean mx, Thread t, ThreadRecord r) {
        StringBuilder s = new StringBuilder(r.describe());
        OsLock waiting = r.waitingFor;
        ThreadInfo info = mx.getThreadInfo(new long[] {t.threadId()}, true, true)[0];
        if (waiting != null) {
            s.append("; waits for ").append(waiting.name).append(r.waitingMode);
            if (info != null && info.getLockOwnerName() != null) {
                s.append(", held by thread ").append(info.getLockOwnerName());
            }
        } else if (info != null && info.getLockInfo() != null) {
            s.append("; waits for the Java monitor ").append(info.getLockInfo());
            if (info.getLockOwnerName() != null) {
                s.append(" held by thread ").append(info.getLockOwnerName());
            }
        }
        if (info != null) {
            for (MonitorInfo m : info.getLockedMonitors()) {
                s.append("; holds the Java monitor ").append(m).append(" (taken in ")
                        .append(m.getLockedStackFrame().getClassName().replaceAll(".*\\.", "")).append('.')
                        .append(m.getLockedStackFrame().getMethodName()).append(')');
            }
        }
        return s.toString();
    }

    private void breakDeadlock(ThreadMXBean mx, long[] ids) {
        List<String> cycle = new ArrayList<>();
        List<Thread> breakable = new ArrayList<>();
        for (Map.Entry<Thread, ThreadRecord> e : THREADS.entrySet()) {
            for (long id : ids) {
                if (e.getKey().threadId() == id) {
                    cycle.add("thread " + e.getKey().getName() + " " + describe(mx, e.getKey(), e.getValue()));
                    if (e.getValue().interruptible && e.getValue().waitingFor != null) {
                        breakable.add(e.getKey());
                    }
                }
            }
        }
        os.violations.report(Rule.R15_NOTHING_STUCK, ids.length + " threads", "deadlock",
                "the threads wait for each other (on Windows this machine would hang): " + String.join(" | ", cycle)
                        + (breakable.isEmpty() ? "" : " -- broken: DxgkCbDisconnectDoorbell returns "
                                + "STATUS_POSSIBLE_DEADLOCK on thread " + breakable.get(0).getName()));
        if (!breakable.isEmpty()) {
            breakable.get(0).interrupt(); // one is enough to open the cycle
        }
    }

    /** The innermost operation of a record, or null (its lock is taken). */
    private static Op innermost(ThreadRecord r) {
        synchronized (r) {
            return r.ops.peekFirst();
        }
    }

    /** Whether a record runs, past the bound, a DDI of this OS (its lock is taken). */
    private boolean inDdiPast(ThreadRecord r, long now, long bound) {
        synchronized (r) {
            for (Op op : r.ops) {
                if (op.os() == os && op.what().startsWith("DxgkDdi") && now - op.startNanos() > bound) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The thread that holds {@code lock} exclusively, by the records' notes, or null. */
    private static Map.Entry<Thread, ThreadRecord> holderOf(OsLock lock, Thread not) {
        for (Map.Entry<Thread, ThreadRecord> e : THREADS.entrySet()) {
            if (e.getKey() == not) {
                continue;
            }
            synchronized (e.getValue()) {
                if (e.getValue().held.contains(lock.name)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Whether the thread's own innermost frame is a downcall into the native KMD: NativeKmd's, or
     * the frame named after the DDI it runs the driver's code in (not a native UMD's entry point,
     * which runs in the same class).
     */
    private static boolean inNativeDriver(ThreadInfo info) {
        for (StackTraceElement f : info.getStackTrace()) {
            String c = f.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
                continue;
            }
            return c.equals(NATIVE_KMD) || (c.equals(NATIVE_FRAMES) && f.getMethodName().startsWith("DxgkDdi"));
        }
        return false;
    }

    /** The cycle through a native driver's own lock (see the class comment): reported and broken once. */
    private void breakNativeCycle(ThreadMXBean mx, long now, long bound) {
        for (Map.Entry<Thread, ThreadRecord> w : THREADS.entrySet()) {
            ThreadRecord r = w.getValue();
            OsLock lock = r.waitingFor;
            Op callback = innermost(r);
            if (!r.interruptible || lock == null || callback == null || callback.os() != os
                    || !callback.what().equals("DxgkCbDisconnectDoorbell") || now - callback.startNanos() <= bound
                    || !inDdiPast(r, now, 0) || brokenNative.contains(callback)) {
                continue;
            }
            Map.Entry<Thread, ThreadRecord> h = holderOf(lock, w.getKey());
            if (h == null || h.getValue().waitingFor != null || !inDdiPast(h.getValue(), now, bound)) {
                continue;
            }
            ThreadInfo info = mx.getThreadInfo(h.getKey().threadId(), 16);
            if (info == null || info.getThreadState() != Thread.State.RUNNABLE || info.getLockInfo() != null
                    || !inNativeDriver(info)) {
                continue;
            }
            brokenNative.add(callback);
            os.violations.report(Rule.R15_NOTHING_STUCK, "2 threads", "deadlock",
                    "the threads wait for each other (on Windows this machine would hang): thread " + w.getKey().getName()
                            + " " + describe(mx, w.getKey(), r) + " | thread " + h.getKey().getName() + " "
                            + describe(mx, h.getKey(), h.getValue()) + "; is inside the native driver's code, where "
                            + "the JVM sees no lock: the cycle runs through a lock of the driver's own, which thread "
                            + w.getKey().getName() + " holds across DxgkCbDisconnectDoorbell -- broken: "
                            + "DxgkCbDisconnectDoorbell returns STATUS_POSSIBLE_DEADLOCK on thread " + w.getKey().getName());
            w.getKey().interrupt();
            return;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
