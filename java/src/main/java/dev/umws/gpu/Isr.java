package dev.umws.gpu;

/**
 * The driver's interrupt service routine, called on the GPU's interrupt thread (DIRQL in the
 * model). Never re-entered. It pops cause records with {@link Gpu#popIrq}; records it leaves make
 * the thread call it again.
 */
@FunctionalInterface
public interface Isr {
    /** Returns true when it claimed the interrupt. */
    boolean interrupt(int messageNumber);
}
