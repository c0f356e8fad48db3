package io.followupbot.delivery;

/** Thrown by a test sender to stop a run the way a dying process would: nothing after it runs. */
final class SimulatedCrash extends Error {

    private static final long serialVersionUID = 1L;

    SimulatedCrash() {
        super("the process died");
    }
}
