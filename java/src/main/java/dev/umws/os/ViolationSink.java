package dev.umws.os;

/** Where the OS reports rule violations (the verifier collects them; the default drops them). */
@FunctionalInterface
public interface ViolationSink {
    /**
     * @param object what it concerns ("doorbell 0x40", "ISR")
     * @param call   the call during which it was seen ("DxgkDdiCreateDoorbell")
     */
    void report(Rule rule, String object, String call, String detail);

    ViolationSink NONE = (rule, object, call, detail) -> {
    };
}
