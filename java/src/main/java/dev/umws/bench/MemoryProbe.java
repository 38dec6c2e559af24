package dev.umws.bench;

import dev.umws.abi.UMWS_GPU_PACKET_HEADER;
import dev.umws.abi.umws_gpu_h;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Resident memory of many hardware queues, created the way a UMD creates them: through the
 * thunks of one emulated process ({@link UmdQueue}: context, resident ring and control
 * allocations, queue, doorbell), in a fresh JVM of its own.
 *
 * <p>Each ring is written through once: one submission whose commands are a NOP packet covering
 * the ring but its last 64 bytes, then the fence, so the UMD's stores touch every page of the ring
 * and the firmware runs it: every ring is a real, used 64 KiB ring, all of it resident. The queues
 * share {@link #DOORBELLS} physical doorbells, so these first submissions also victimize.
 *
 * <p>Resident means the pages mapped into the process's page tables: {@code Rss} of Linux's
 * {@code /proc/self/smaps_rollup} (exact: it walks the mappings), everything the process maps
 * (the JVM, its heap and libraries, the shim, the OS's and the GPU's memory, the BAR pages) at
 * once; {@code VmRSS} of {@code /proc/self/status} where there is no rollup (recent kernels keep
 * that one per CPU and approximate it). Each reading follows a full GC and glibc's
 * {@code malloc_trim(0)}, then waits until the figure settles (the JVM hands freed heap back on a
 * thread of its own).
 *
 * <p>The readings: the stack started and warmed (a first process made, used and closed 16 queues)
 * with the measured process and its device created but no queue: the 0-queue control; then with
 * each count of {@code steps} queues alive; then after freeing them. The child JVM starts with no
 * pinning and no flags but native access: the JVM sizes itself as it would for the testbed.
 */
final class MemoryProbe {
    static final int DOORBELLS = 64;
    private static final int WARM_QUEUES = 16;
    /** {@code int malloc_trim(size_t pad)} (glibc), or null where the C library has none. */
    private static final MethodHandle MALLOC_TRIM = Linker.nativeLinker().defaultLookup().find("malloc_trim")
            .map(a -> Linker.nativeLinker().downcallHandle(a, FunctionDescriptor.of(JAVA_INT, JAVA_LONG)))
            .orElse(null);
    private static final long DRAIN_NANOS = 10_000_000_000L;
    private static final long SETTLE_NANOS = 2_000_000_000L;

    /**
     * What the probe measured (KiB; empty when the OS tells no resident set).
     *
     * @param resident   resident KiB by queues alive: 0 (the control), then each step
     * @param afterFree  resident KiB after the queues and their process were freed
     * @param source     where resident came from ("smaps_rollup Rss", "status VmRSS", "none")
     * @param breakdown  the JVM's and the resident set's parts at the last step, by name (KiB)
     * @param jvm        the child JVM's GC, heap limit and CPUs, as it chose them
     */
    record Result(int ringBytes, Map<Integer, OptionalLong> resident, OptionalLong afterFree, String source,
            Map<String, Long> breakdown, String jvm, boolean allCompleted, long elapsedNs) {

        boolean measured() {
            return resident.values().stream().allMatch(OptionalLong::isPresent);
        }

        int largest() {
            return resident.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        /** Resident MiB with {@code queues} alive, NaN when not measured. */
        double mib(int queues) {
            OptionalLong k = resident.getOrDefault(queues, OptionalLong.empty());
            return k.isPresent() ? k.getAsLong() / 1024.0 : Double.NaN;
        }

        /** MiB over the 0-queue control with {@code queues} alive. */
        double growthMiB(int queues) {
            return mib(queues) - mib(0);
        }

        /** KiB per queue between the smallest and the largest step (least squares over the steps). */
        double slopeKiB() {
            List<Integer> steps = resident.keySet().stream().filter(q -> q > 0).sorted().toList();
            if (steps.size() < 2) {
                return Double.NaN;
            }
            double mx = steps.stream().mapToDouble(q -> q).average().orElse(0);
            double my = steps.stream().mapToDouble(q -> mib(q) * 1024).average().orElse(0);
            double sxy = 0;
            double sxx = 0;
            for (int q : steps) {
                sxy += (q - mx) * (mib(q) * 1024 - my);
                sxx += (q - mx) * (q - mx);
            }
            return sxy / sxx;
        }
    }

    private MemoryProbe() {
    }

    /**
     * Runs the probe in a fresh JVM (this class's {@link #main}), so that memory freed by earlier
     * experiments of the runner cannot be reused by the queues and hide their growth; the child
     * gets this JVM's class path, native access and shim settings, and is started by an unpinned
     * thread, so it inherits no pinning. Falls back to measuring in this process when no child
     * can be started.
     */
    static Result runInChild(int[] steps, int ringBytes, Experiment.Progress progress) {
        java.util.Optional<String> launcher = ProcessHandle.current().info().command();
        if (launcher.isEmpty()) {
            return run(steps, ringBytes, progress);
        }
        List<String> command = new ArrayList<>(List.of(launcher.get(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path")));
        for (String property : new String[] {"umws.native.path", "umws.generation"}) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(MemoryProbe.class.getName(), Integer.toString(ringBytes)));
        Arrays.stream(steps).forEach(q -> command.add(Integer.toString(q)));
        String[] out = new String[1];
        Throwable[] failed = new Throwable[1];
        Thread starter = Thread.ofPlatform().name("memory-probe").start(() -> {
            try {
                Affinity.unpinSelf(); // refused: the child inherits this thread's CPUs
                java.lang.Process child = new ProcessBuilder(command)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                out[0] = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (child.waitFor() != 0) {
                    throw new IllegalStateException("the memory probe's JVM exited with " + child.exitValue() + ": "
                            + out[0]);
                }
            } catch (Throwable t) {
                failed[0] = t;
            }
        });
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failed[0] instanceof IOException e) {
            progress.step("memory: no child JVM (" + e.getMessage() + "), measuring in this process");
            return run(steps, ringBytes, progress);
        }
        if (failed[0] != null) {
            throw failed[0] instanceof RuntimeException r ? r : new IllegalStateException(failed[0]);
        }
        return parse(out[0], ringBytes);
    }

    /** The child's lines: "key value..." (see {@link #main}). */
    static Result parse(String out, int ringBytes) {
        Map<Integer, OptionalLong> resident = new LinkedHashMap<>();
        Map<String, Long> breakdown = new LinkedHashMap<>();
        OptionalLong after = OptionalLong.empty();
        String source = "none";
        String jvm = "";
        boolean completed = false;
        long elapsed = 0;
        for (String line : out.strip().split("\n")) {
            String[] f = line.strip().split(" ", 3);
            switch (f[0]) {
                case "resident" -> resident.put(Integer.parseInt(f[1]), kib(f[2]));
                case "after" -> after = kib(f[1]);
                case "part" -> breakdown.put(f[2], Long.parseLong(f[1]));
                case "source" -> source = line.strip().substring("source ".length());
                case "jvm" -> jvm = line.strip().substring("jvm ".length());
                case "completed" -> completed = Boolean.parseBoolean(f[1]);
                case "elapsed" -> elapsed = Long.parseLong(f[1]);
                default -> { } // the child's own progress lines go to stderr
            }
        }
        return new Result(ringBytes, resident, after, source, breakdown, jvm, completed, elapsed);
    }

    private static OptionalLong kib(String field) {
        return field.equals("-") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(field));
    }

    private static String field(OptionalLong kib) {
        return kib.isPresent() ? Long.toString(kib.getAsLong()) : "-";
    }

    /** The child side of {@link #runInChild}: args ringBytes step...; prints the lines {@link #parse} reads. */
    public static void main(String[] args) {
        int[] steps = Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray();
        Result r = run(steps, Integer.parseInt(args[0]), message -> System.err.println("bench: " + message));
        StringBuilder b = new StringBuilder();
        r.resident().forEach((q, k) -> b.append("resident ").append(q).append(' ').append(field(k)).append('\n'));
        b.append("after ").append(field(r.afterFree())).append('\n');
        r.breakdown().forEach((k, v) -> b.append("part ").append(v).append(' ').append(k).append('\n'));
        b.append("source ").append(r.source()).append('\n');
        b.append("jvm ").append(r.jvm()).append('\n');
        b.append("completed ").append(r.allCompleted()).append('\n');
        b.append("elapsed ").append(r.elapsedNs()).append('\n');
        System.out.print(b);
    }

    static Result run(int[] steps, int ringBytes, Experiment.Progress progress) {
        long start = System.nanoTime();
        Map<Integer, OptionalLong> resident = new LinkedHashMap<>();
        Map<String, Long> breakdown = new LinkedHashMap<>();
        boolean completed = true;
        GpuConfig config = ChurnRun.config(GpuConfig.Placement.DEDICATED_PAGE, DOORBELLS);
        try (Dxgkrnl os = Dxgkrnl.start(config, new ReferenceKmd(), new Verifier());
                Arena scratch = Arena.ofConfined()) {
            MemorySegment nop = nopPacket(scratch, ringBytes - 64);
            try (Process warm = os.createProcess()) { // classes loaded, code compiled, pools grown
                completed &= fill(warm, device(warm), new ArrayList<>(), WARM_QUEUES, ringBytes, nop, progress, true);
            }
            Process process = os.createProcess();
            int dev = device(process);
            List<UmdQueue> qs = new ArrayList<>();
            try {
                resident.put(0, settledKiB());
                for (int step : steps) {
                    completed &= fill(process, dev, qs, step, ringBytes, nop, progress, false);
                    resident.put(step, settledKiB());
                    progress.step("memory: " + step + " queues alive, resident " + field(resident.get(step)) + " KiB");
                }
                breakdown.putAll(parts());
            } finally {
                for (UmdQueue q : qs) {
                    q.close();
                }
                process.close();
            }
        }
        OptionalLong after = settledKiB();
        return new Result(ringBytes, resident, after, source(), breakdown, jvm(), completed, System.nanoTime() - start);
    }

    private static int device(Process p) {
        int[] dev = new int[1];
        p.createDevice(dev);
        return dev[0];
    }

    /** Creates queues until {@code qs} holds {@code count}, each written through; true when all fences came. */
    private static boolean fill(Process process, int dev, List<UmdQueue> qs, int count, int ringBytes,
            MemorySegment nop, Experiment.Progress progress, boolean close) {
        int first = qs.size();
        while (qs.size() < count) {
            UmdQueue q = new UmdQueue(process, dev, 0, ringBytes);
            qs.add(q);
            q.submit(w -> w.writeRaw(nop));
            if (qs.size() % 1024 == 0) {
                progress.step("memory: " + qs.size() + " queues created and written through");
            }
        }
        boolean completed = true;
        for (UmdQueue q : qs.subList(first, qs.size())) {
            completed &= q.await(q.lastSubmitted(), DRAIN_NANOS);
        }
        if (close) {
            qs.forEach(UmdQueue::close);
            qs.clear();
        }
        return completed;
    }

    /** A NOP packet of {@code bytes} (a multiple of 8): header, then zeros the firmware skips. */
    private static MemorySegment nopPacket(Arena arena, long bytes) {
        MemorySegment p = arena.allocate(bytes, 8);
        UMWS_GPU_PACKET_HEADER.Opcode(p, (short) umws_gpu_h.UMWS_GPU_OP_NOP);
        UMWS_GPU_PACKET_HEADER.Flags(p, (short) 0);
        UMWS_GPU_PACKET_HEADER.Length(p, (int) bytes);
        return p;
    }

    /**
     * The resident set after a GC and after returning freed native memory to the kernel, once it
     * settles: read every 20 ms until two readings in a row differ by less than 256 KiB (at most
     * {@link #SETTLE_NANOS}), so that heap the JVM uncommits on its own thread is not counted.
     */
    private static OptionalLong settledKiB() {
        System.gc();
        if (MALLOC_TRIM != null) {
            try {
                int ignored = (int) MALLOC_TRIM.invokeExact(0L);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
        OptionalLong last = residentKiB();
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (last.isPresent() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            OptionalLong now = residentKiB();
            if (now.isEmpty() || Math.abs(now.getAsLong() - last.getAsLong()) < 256) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** Where the resident figure comes from on this OS. */
    static String source() {
        if (Files.isReadable(Path.of("/proc/self/smaps_rollup"))) {
            return "smaps_rollup Rss";
        }
        return Files.isReadable(Path.of("/proc/self/status")) ? "status VmRSS" : "none";
    }

    /** The resident set in KiB: smaps_rollup's Rss, else status's VmRSS (Linux); empty elsewhere. */
    static OptionalLong residentKiB() {
        OptionalLong rollup = field(Path.of("/proc/self/smaps_rollup"), "Rss:");
        return rollup.isPresent() ? rollup : field(Path.of("/proc/self/status"), "VmRSS:");
    }

    /** VmRSS of this process in KiB (Linux), or empty elsewhere. */
    static OptionalLong rssKiB() {
        return field(Path.of("/proc/self/status"), "VmRSS:");
    }

    private static OptionalLong field(Path file, String key) {
        if (!Files.isReadable(file)) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return OptionalLong.of(Long.parseLong(line.substring(key.length()).replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Where the resident set went, KiB: its anonymous, file and shared-memory parts and the JVM's own. */
    private static Map<String, Long> parts() {
        Map<String, Long> p = new LinkedHashMap<>();
        Path rollup = Path.of("/proc/self/smaps_rollup");
        Path status = Path.of("/proc/self/status");
        field(rollup, "Anonymous:").ifPresent(v -> p.put("resident: anonymous (heap, malloc, process pages)", v));
        field(status, "RssFile:").ifPresent(v -> p.put("resident: files (the JVM, libraries, class data)", v));
        field(status, "RssShmem:").ifPresent(v -> p.put("resident: shared memory (BAR and dummy pages)", v));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        p.put("Java heap: used after GC", heap.getUsed() / 1024);
        p.put("Java heap: committed", heap.getCommitted() / 1024);
        p.put("JVM non-heap (code, metaspace): committed", nonHeap.getCommitted() / 1024);
        return p;
    }

    /** The child JVM as it sized itself: GC, maximum heap, CPUs it saw. */
    private static String jvm() {
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(" + "));
        return gcs + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, "
                + Runtime.getRuntime().availableProcessors() + " CPUs";
    }
}
