package dev.umws.os;

/**
 * Lets an experiment act as a D3DKMT thunk is entered, before the OS looks at anything: for
 * example, disconnect a doorbell just as a UMD's D3DKMTNotifyWorkSubmission arrives, the race a
 * UMD must survive. Runs on the calling thread, with no OS lock held.
 */
@FunctionalInterface
public interface ThunkProbe {
    /** @param thunk the thunk's name, "D3DKMTNotifyWorkSubmission" */
    void entering(Process process, String thunk);

    ThunkProbe NONE = (process, thunk) -> {
    };
}
