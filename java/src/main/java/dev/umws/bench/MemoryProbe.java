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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Resident memory of many hardware queues, created the way a UMD creates them: through the
 * thunks of one emulated process ({@link UmdQueue}: context, resident ring and control
 * allocations, queue, doorbell). Each ring is then written through once: one submission whose
 * commands are a NOP packet covering the ring but its last 64 bytes, then the fence, so the UMD's
 * stores touch every page of the ring and the firmware runs it. The queues share
 * {@link #DOORBELLS} physical doorbells, so these first submissions also victimize. Resident set:
 * {@code VmRSS} of {@code /proc/self/status} (Linux; the native shim lives in this process, so it
 * counts the Java heap, the OS's and the shim's memory alike). Before each reading, glibc's
 * {@code malloc_trim(0)} hands memory freed by earlier work back to the kernel, or the queues
 * would reuse it and the growth would read low.
 */
final class MemoryProbe {
    static final int DOORBELLS = 64;
    /** {@code int malloc_trim(size_t pad)} (glibc), or null where the C library has none. */
    private static final MethodHandle MALLOC_TRIM = Linker.nativeLinker().defaultLookup().find("malloc_trim")
            .map(a -> Linker.nativeLinker().downcallHandle(a, FunctionDescriptor.of(JAVA_INT, JAVA_LONG)))
            .orElse(null);
    private static final long DRAIN_NANOS = 10_000_000_000L;

    /** RSS before, with everything created and written, and after freeing (KiB; empty when not measurable). */
    record Result(int queues, int ringBytes, OptionalLong rssBeforeKiB, OptionalLong rssWithQueuesKiB,
            OptionalLong rssAfterFreeKiB, boolean allCompleted, long elapsedNs) {

        /** RSS growth with the queues alive, MiB, or NaN when not measured. */
        double growthMiB() {
            return rssBeforeKiB.isPresent() && rssWithQueuesKiB.isPresent()
                    ? (rssWithQueuesKiB.getAsLong() - rssBeforeKiB.getAsLong()) / 1024.0 : Double.NaN;
        }
    }

    private MemoryProbe() {
    }

    /**
     * Runs the probe in a fresh JVM (this class's {@link #main}), so that memory freed by earlier
     * experiments of the runner cannot be reused by the queues and hide their growth; the child
     * gets this JVM's class path, native access and shim settings. Falls back to measuring in this
     * process when no child can be started.
     */
    static Result runInChild(int queues, int ringBytes, Experiment.Progress progress) {
        java.util.Optional<String> launcher = ProcessHandle.current().info().command();
        if (launcher.isEmpty()) {
            return run(queues, ringBytes, progress);
        }
        List<String> command = new ArrayList<>(List.of(launcher.get(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path")));
        for (String property : new String[] {"umws.native.path", "umws.generation"}) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(MemoryProbe.class.getName(), Integer.toString(queues), Integer.toString(ringBytes)));
        try {
            java.lang.Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (child.waitFor() != 0) {
                throw new IllegalStateException("the memory probe's JVM exited with " + child.exitValue() + ": " + out);
            }
            String[] f = out.strip().split("\\s+");
            return new Result(queues, ringBytes, kib(f[0]), kib(f[1]), kib(f[2]), Boolean.parseBoolean(f[3]),
                    Long.parseLong(f[4]));
        } catch (IOException e) {
            progress.step("memory: no child JVM (" + e.getMessage() + "), measuring in this process");
            return run(queues, ringBytes, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static OptionalLong kib(String field) {
        return field.equals("-") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(field));
    }

    private static String field(OptionalLong kib) {
        return kib.isPresent() ? Long.toString(kib.getAsLong()) : "-";
    }

    /** The child side of {@link #runInChild}: prints "before with after completed elapsedNs". */
    public static void main(String[] args) {
        Result r = run(Integer.parseInt(args[0]), Integer.parseInt(args[1]), message -> System.err.println("bench: "
                + message));
        System.out.println(field(r.rssBeforeKiB()) + " " + field(r.rssWithQueuesKiB()) + " "
                + field(r.rssAfterFreeKiB()) + " " + r.allCompleted() + " " + r.elapsedNs());
    }

    static Result run(int queues, int ringBytes, Experiment.Progress progress) {
        long start = System.nanoTime();
        OptionalLong before = settledRssKiB();
        OptionalLong with;
        boolean completed = true;
        GpuConfig config = ChurnRun.config(GpuConfig.Placement.DEDICATED_PAGE, DOORBELLS);
        try (Dxgkrnl os = Dxgkrnl.start(config, new ReferenceKmd(), new Verifier());
                Arena scratch = Arena.ofConfined()) {
            Process process = os.createProcess();
            int[] dev = new int[1];
            process.createDevice(dev);
            MemorySegment nop = nopPacket(scratch, ringBytes - 64);
            List<UmdQueue> qs = new ArrayList<>(queues);
            try {
                for (int i = 0; i < queues; i++) {
                    UmdQueue q = new UmdQueue(process, dev[0], 0, ringBytes);
                    qs.add(q);
                    q.submit(w -> w.writeRaw(nop));
                    if ((i + 1) % 1024 == 0) {
                        progress.step("memory: " + (i + 1) + "/" + queues + " queues created and written through");
                    }
                }
                for (UmdQueue q : qs) {
                    completed &= q.await(q.lastSubmitted(), DRAIN_NANOS);
                }
                with = settledRssKiB(); // the garbage of creating them is not theirs
                progress.step("memory: with the queues, " + rssParts());
            } finally {
                for (UmdQueue q : qs) {
                    q.close();
                }
                process.close();
            }
        }
        OptionalLong after = settledRssKiB();
        return new Result(queues, ringBytes, before, with, after, completed, System.nanoTime() - start);
    }

    /** A NOP packet of {@code bytes} (a multiple of 8): header, then zeros the firmware skips. */
    private static MemorySegment nopPacket(Arena arena, long bytes) {
        MemorySegment p = arena.allocate(bytes, 8);
        UMWS_GPU_PACKET_HEADER.Opcode(p, (short) umws_gpu_h.UMWS_GPU_OP_NOP);
        UMWS_GPU_PACKET_HEADER.Flags(p, (short) 0);
        UMWS_GPU_PACKET_HEADER.Length(p, (int) bytes);
        return p;
    }

    /** VmRSS after a GC and after returning freed native memory to the kernel. */
    private static OptionalLong settledRssKiB() {
        System.gc();
        if (MALLOC_TRIM != null) {
            try {
                int ignored = (int) MALLOC_TRIM.invokeExact(0L);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
        return rssKiB();
    }

    /** The anonymous, file and shared-memory parts of VmRSS (Linux), for the progress line. */
    private static String rssParts() {
        Path status = Path.of("/proc/self/status");
        try {
            return Files.isReadable(status) ? String.join(", ", Files.readAllLines(status).stream()
                    .filter(l -> l.startsWith("Rss")).map(l -> l.replaceAll("\\s+", " ")).toList()) : "n/m";
        } catch (IOException e) {
            return "n/m";
        }
    }

    /** VmRSS of this process in KiB (Linux), or empty elsewhere. */
    static OptionalLong rssKiB() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
