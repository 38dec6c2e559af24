package dev.umws.bench;

import dev.umws.gpu.GpuConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Ring latency, C producer against Java producer, in every detection mode, with the machine's
 * cache-line round trip measured in the same run. Runs are interleaved (ping-pong, then C and
 * Java per mode, round after round) and each cell is the median over rounds of the per-run
 * percentile, as the perf notes prescribe for this noisy 2-vCPU machine.
 */
final class RingExperiment {

    /** One measured path: per-run summaries of one-way and round-trip samples. */
    record Path(String producer, GpuConfig.DetectMode mode, List<Summary> oneWay, List<Summary> roundTrip) {
    }

    /** Everything one run of the experiment measured. */
    record Result(List<Summary> pingPong, List<Path> paths, int rounds, int samples) {

        long pingPongRttP50() {
            return median(pingPong.stream().mapToLong(Summary::p50).toArray());
        }

        Path path(String producer, GpuConfig.DetectMode mode) {
            return paths.stream().filter(p -> p.producer.equals(producer) && p.mode == mode).findFirst().orElseThrow();
        }
    }

    private RingExperiment() {
    }

    static Result run(int rounds, int samples, List<GpuConfig.DetectMode> modes, Consumer<String> progress) {
        int warmup = Math.max(100, samples / 10);
        List<Summary> pingPong = new ArrayList<>();
        Map<String, Path> cells = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            progress.accept("round " + round + "/" + rounds + ": ping-pong");
            pingPong.add(Summary.of(BenchNative.pingPong(samples)));
            for (GpuConfig.DetectMode mode : modes) {
                progress.accept("round " + round + "/" + rounds + ": " + mode + " (C, then Java)");
                record(cells, "C", mode, BenchNative.cRing(mode.code, warmup, samples));
                record(cells, "Java", mode, JavaRing.run(mode, warmup, samples));
            }
        }
        return new Result(pingPong, List.copyOf(cells.values()), rounds, samples);
    }

    private static void record(Map<String, Path> cells, String producer, GpuConfig.DetectMode mode, long[][] samples) {
        Path p = cells.computeIfAbsent(producer + " " + mode,
                k -> new Path(producer, mode, new ArrayList<>(), new ArrayList<>()));
        p.oneWay().add(Summary.of(samples[0]));
        p.roundTrip().add(Summary.of(samples[1]));
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
