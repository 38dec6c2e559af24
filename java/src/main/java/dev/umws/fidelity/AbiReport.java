package dev.umws.fidelity;

import dev.umws.abi.Generation;

import java.util.List;

/**
 * What one ABI said about one generation's layouts.
 *
 * @param outcome    verified, failed, or skipped (a compiler or runner is missing)
 * @param reason     why it was skipped, with the command that installs what is missing
 * @param mismatches readable differences ("T.m: offset Java 64, windows-x64-msvc 60") or
 *                   compiler messages
 * @param checked    how many numbers were compared
 */
public record AbiReport(Abi abi, Generation generation, Outcome outcome, String reason, List<String> mismatches,
        int checked) {

    public enum Outcome {
        VERIFIED, FAILED, SKIPPED
    }

    static AbiReport skipped(Abi abi, Generation g, String reason) {
        return new AbiReport(abi, g, Outcome.SKIPPED, reason, List.of(), 0);
    }
}
