package dev.umws.fidelity;

import dev.umws.abi.AbiCatalog;
import dev.umws.abi.AbiFacts;
import dev.umws.abi.AbiFacts.Fact;
import dev.umws.abi.Generation;
import dev.umws.nativelib.Resources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Layout fidelity across ABIs: the Java layouts of each generation are turned into C (static
 * assertions, measurements, bit-field probes) and compiled by each ABI's compiler against the
 * mirror headers. An ABI whose compiler is absent is skipped, with the command that installs it.
 */
public final class FidelityMatrix {
    /** The mirror headers, shipped in the jar under this resource prefix. */
    static final String HEADERS = "dev/umws/include";
    static final List<String> HEADER_FILES = List.of("umws/wddm_base.h", "umws/d3dukmdt.h", "umws/d3dkmthk.h",
            "umws/d3dkmddi.h", "umws/dispmprt.h", "umws/ntstatus.h", "umws/umws_abi.h", "umws/umws_gpu.h", "umws/umws_gpu_packets.h", "umws/umws_cumd.h", "umws/umws_bench.h", "umws/umws_os.h",
            "umws/umws_kmd.h", "umws/umws_umd_example.h");
    /** Two cores: one compiler per core. */
    private static final int PARALLEL = 2;

    private final Path workDir;
    private final Path include;
    private final Path winePrefix;

    /**
     * @param workDir    where generated C files, compiler outputs and dumps are kept for reading
     * @param winePrefix the Wine prefix for the MinGW probe (kept under target/ by the build)
     */
    public FidelityMatrix(Path workDir, Path winePrefix) {
        this.workDir = workDir;
        this.winePrefix = winePrefix;
        this.include = Resources.directory(HEADERS, HEADER_FILES);
    }

    /** The mirror headers directory that is compiled. */
    public Path includeDirectory() {
        return include;
    }

    /** Every ABI of {@code abis} against the catalog of each generation of {@code generations}. */
    public List<AbiReport> check(List<Generation> generations, List<Abi> abis) {
        List<Job> jobs = new ArrayList<>();
        for (Generation g : generations) {
            for (Abi abi : abis) {
                jobs.add(new Job(abi, g, AbiFacts.of(g), AbiCatalog.undefined(g)));
            }
        }
        return run(jobs);
    }

    /** The given types (for example deliberately wrong ones) against every ABI of {@code abis}. */
    public List<AbiReport> check(Generation g, List<AbiCatalog.AbiType> types, List<Abi> abis) {
        List<Fact> facts = new ArrayList<>();
        types.forEach(t -> facts.addAll(AbiFacts.layoutFacts(t)));
        return run(abis.stream().map(a -> new Job(a, g, facts, List.of())).toList());
    }

    private record Job(Abi abi, Generation g, List<Fact> facts, List<String> undefined) {
    }

    private List<AbiReport> run(List<Job> jobs) {
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
            List<Future<AbiReport>> futures = new ArrayList<>();
            for (Job j : jobs) {
                futures.add(pool.submit(() -> new AbiCheck(j.abi(), j.g(), include, workDir, winePrefix)
                        .run(j.facts(), j.undefined())));
            }
            List<AbiReport> out = new ArrayList<>();
            for (Future<AbiReport> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("fidelity check failed to run: " + e.getCause(), e.getCause());
        }
    }
}
