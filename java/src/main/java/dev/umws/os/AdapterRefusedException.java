package dev.umws.os;

/**
 * Thrown by {@link Dxgkrnl#start} for a KMD that Windows would not let run (a user-mode-submission
 * node without context scheduling, reserved bits, doorbell sizes out of range, a missing DDI). The
 * message names every reason; the verifier has each as a rule-12 violation.
 */
public final class AdapterRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    AdapterRefusedException(String message) {
        super(message);
    }
}
