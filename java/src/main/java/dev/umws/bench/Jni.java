package dev.umws.bench;

/** Placeholder until the JNI library lands (branch jni-jmh). */
final class Jni {
    private Jni() {
    }

    /** Called on the interrupt thread by the JNI ISR shim. */
    interface InterruptHandler {
        boolean handle(long context, int messageNumber);
    }

    static boolean available() {
        return false;
    }

    static String unavailableReason() {
        return "JNI library not built yet";
    }

    static void ring(long control, long doorbell, long writePointer) {
        throw new UnsupportedOperationException(unavailableReason());
    }

    static long isrAddress() {
        throw new UnsupportedOperationException(unavailableReason());
    }

    static long attaches() {
        return 0;
    }

    static void setInterruptHandler(InterruptHandler h) {
    }
}
