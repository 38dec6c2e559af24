package dev.umws.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * {@code umws}: the testbed's command line. With no command it runs its main job, the default
 * experiment of {@code bench} (a few minutes), which writes its report to target/bench-report.
 */
@Command(name = "umws", mixinStandardHelpOptions = true, version = "umws-testbed " + Umws.VERSION,
        description = "Testbed for WDDM 3.2 user-mode work submission.",
        subcommands = {LayoutCommand.class, DemoCommand.class, RunCommand.class, SdkCommand.class, ModelCommand.class,
                TraceBenchCommand.class,
                dev.umws.bench.BenchCommand.class})
public final class Umws implements Callable<Integer> {
    /** The testbed's version, as --version and the SDK's CMake package (umwsConfigVersion.cmake) give it. */
    public static final String VERSION = "0.1.0";

    @Override
    public Integer call() {
        return new CommandLine(new dev.umws.bench.BenchCommand()).execute();
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        // --detect spin as well as SPIN
        return new CommandLine(new Umws()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
