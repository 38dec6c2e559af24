package dev.umws.bench;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.Locale;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Whether a sample may subtract a Java time from a C time: {@link System#nanoTime} and the C
 * clock of the samples ({@code umws_bench_now_ns}: {@code CLOCK_MONOTONIC} on POSIX) must read one
 * clock with one origin. On Linux both read {@code CLOCK_MONOTONIC}; on macOS HotSpot's nanoTime
 * is {@code mach_absolute_time}, which stops while the machine sleeps, so the two origins drift
 * apart by the host's accumulated sleep and every cross-clock figure (a Java handler's time minus
 * the firmware's TIMESTAMP, a one-way ring latency) would be that drift.
 *
 * <p>Method: reads interleaved as Java, C, Java; the C read is compared with the midpoint of its
 * two Java neighbours. The tenth of the triples with the narrowest bracket (the least disturbed)
 * give the offset (their median) and its uncertainty (the widest of their brackets, halved). A
 * section that reports cross-clock figures calls {@link #measure} first and, when {@link #ok} is
 * false, reports {@link #error} as an error of the run instead of judging them. Each clock's read
 * cost is measured too (back-to-back reads, the best of three batches): every latency sample
 * includes about one read.
 *
 * @param offsetNs   C clock minus Java clock, ns (median of the least-disturbed triples)
 * @param bracketNs  the widest Java-to-Java bracket among them, ns: the offset is known to +- half of it
 * @param javaReadNs one System.nanoTime, ns
 * @param cReadNs    one umws_bench_now_ns read in C, ns
 * @param limitNs    the largest |offset| accepted
 */
record ClockCheck(double offsetNs, double bracketNs, double javaReadNs, double cReadNs, double limitNs) {
    /** A few hundred ns: well above a read's cost and the bracket, well below any sleep drift. */
    static final double LIMIT_NS = 300;
    private static final int TRIPLES = 20_000;
    private static final int READS = 1_000_000;

    /** The C clock as a critical downcall: no thread-state transition, so the bracket stays narrow. */
    private static final MethodHandle NOW = Linker.nativeLinker().downcallHandle(symbol("umws_bench_now_ns"),
            FunctionDescriptor.of(JAVA_LONG), Linker.Option.critical(false));
    private static final MethodHandle READ_COST = Linker.nativeLinker().downcallHandle(
            symbol("umws_bench_clock_read_ns"), FunctionDescriptor.of(JAVA_DOUBLE, JAVA_LONG));

    /** Measures on the calling thread (a few tens of ms). */
    static ClockCheck measure() {
        return measure(LIMIT_NS);
    }

    static ClockCheck measure(double limitNs) {
        long[] offsets = new long[TRIPLES];
        long[] brackets = new long[TRIPLES];
        for (int pass = 0; pass < 3; pass++) { // the first two compile the loop
            triples(offsets, brackets);
        }
        Integer[] byBracket = new Integer[TRIPLES];
        for (int i = 0; i < TRIPLES; i++) {
            byBracket[i] = i;
        }
        Arrays.sort(byBracket, (a, b) -> Long.compare(brackets[a], brackets[b]));
        int keep = TRIPLES / 10;
        long[] kept = new long[keep];
        long widest = 0;
        for (int i = 0; i < keep; i++) {
            kept[i] = offsets[byBracket[i]];
            widest = Math.max(widest, brackets[byBracket[i]]);
        }
        double javaRead = Double.POSITIVE_INFINITY;
        double cRead = Double.POSITIVE_INFINITY;
        for (int batch = 0; batch < 3; batch++) {
            javaRead = Math.min(javaRead, javaReadNs(READS));
            cRead = Math.min(cRead, cReadNs(READS));
        }
        return new ClockCheck(Summary.median(kept), widest, javaRead, cRead, limitNs);
    }

    /** Java, C, Java: offset[i] = C - midpoint of the Java reads, bracket[i] = the Java reads' distance. */
    private static void triples(long[] offsets, long[] brackets) {
        try {
            for (int i = 0; i < offsets.length; i++) {
                long before = System.nanoTime();
                long c = (long) NOW.invokeExact();
                long after = System.nanoTime();
                brackets[i] = after - before;
                offsets[i] = c - (before + (after - before) / 2);
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static double javaReadNs(int reads) {
        long sum = 0;
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            sum += System.nanoTime();
        }
        long end = System.nanoTime();
        return sum == 0 ? Double.NaN : (double) (end - start) / reads;
    }

    private static double cReadNs(int reads) {
        try {
            return (double) READ_COST.invokeExact((long) reads);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Whether the two clocks agree within the limit (the bracket's uncertainty counted against them). */
    boolean ok() {
        return Math.abs(offsetNs) + bracketNs / 2 <= limitNs;
    }

    /** The error of the run when the clocks disagree; null when they agree. */
    String error() {
        return ok() ? null : String.format(Locale.ROOT, "System.nanoTime and the C clock (umws_bench_now_ns) differ "
                + "by %.0f ns (+- %.0f), more than %.0f ns: cross-clock figures refused", offsetNs, bracketNs / 2,
                limitNs);
    }

    /** For a section's text: the offset, its uncertainty and each clock's read cost. */
    String describe() {
        return String.format(Locale.ROOT, "Clocks: the C clock (umws_bench_now_ns) minus System.nanoTime is %.0f ns "
                + "(+- %.0f ns; Java, C, Java reads interleaved, the least-disturbed tenth of %,d), %s %.0f ns; one "
                + "System.nanoTime costs %.1f ns, one C clock read %.1f ns (back-to-back reads, best of three "
                + "batches), and each latency sample includes about one read", offsetNs, bracketNs / 2, TRIPLES,
                ok() ? "within the" : "OUTSIDE the", limitNs, javaReadNs, cReadNs);
    }

    private static java.lang.foreign.MemorySegment symbol(String name) {
        return NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name));
    }
}
