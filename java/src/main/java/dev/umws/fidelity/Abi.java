package dev.umws.fidelity;

import java.util.List;

/**
 * One target ABI of the fidelity matrix: the compiler and flags that lay structures out the way
 * that platform's driver compiler does, and how bit-field positions are read from it.
 *
 * @param id          short name used on the command line and in reports
 * @param description what the ABI stands for
 * @param compiler    executable, found on PATH
 * @param flags       target flags ({@code --target=...}, {@code -ffreestanding})
 * @param clang       true when the compiler is clang (LLVM IR and record-layout dumps are available)
 * @param bits        how bit-field positions are measured
 * @param install     the one command that installs what this ABI needs on Debian
 */
public record Abi(String id, String description, String compiler, List<String> flags, boolean clang, BitsBy bits,
        String install) {

    /** How an ABI's bit-field positions are measured. */
    public enum BitsBy {
        /** {@code clang -Xclang -fdump-record-layouts} on a probe file. */
        CLANG_DUMP,
        /** a generated probe program run on this machine. */
        RUN_HERE,
        /** a generated probe program run under Wine. */
        RUN_WINE
    }

    private static final String CLANG = "sudo apt-get install -y clang";

    /** The matrix: host Linux (gcc, clang), Windows x64/ARM64 with MSVC rules, MinGW x64, macOS x86-64/arm64. */
    public static List<Abi> standard() {
        return List.of(
                new Abi("linux-x86_64-gcc", "Linux x86-64, gcc (host)", "gcc", List.of(), false, BitsBy.RUN_HERE,
                        "sudo apt-get install -y gcc"),
                new Abi("linux-x86_64-clang", "Linux x86-64, clang", "clang", List.of("--target=x86_64-linux-gnu"), true,
                        BitsBy.CLANG_DUMP, CLANG),
                new Abi("windows-x64-msvc", "Windows x64, MSVC record layout", "clang",
                        List.of("--target=x86_64-pc-windows-msvc", "-ffreestanding"), true, BitsBy.CLANG_DUMP, CLANG),
                new Abi("windows-arm64-msvc", "Windows ARM64, MSVC record layout", "clang",
                        List.of("--target=aarch64-pc-windows-msvc", "-ffreestanding"), true, BitsBy.CLANG_DUMP, CLANG),
                new Abi("windows-x64-mingw", "Windows x64, MinGW-w64 gcc (bits run under Wine)", "x86_64-w64-mingw32-gcc",
                        List.of(), false, BitsBy.RUN_WINE,
                        "sudo apt-get install -y gcc-mingw-w64-x86-64 wine64 wine"),
                new Abi("macos-x86_64", "macOS x86-64, clang", "clang",
                        List.of("--target=x86_64-apple-darwin", "-ffreestanding"), true, BitsBy.CLANG_DUMP, CLANG),
                new Abi("macos-arm64", "macOS arm64, clang", "clang",
                        List.of("--target=arm64-apple-macos11", "-ffreestanding"), true, BitsBy.CLANG_DUMP, CLANG));
    }

    public static Abi byId(String id) {
        return standard().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown ABI '" + id + "'; known: "
                        + standard().stream().map(Abi::id).toList()));
    }
}
