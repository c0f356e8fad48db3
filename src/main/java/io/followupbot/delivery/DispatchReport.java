package io.followupbot.delivery;

/**
 * What one {@link Dispatcher#runOnce()} did.
 *
 * @param claimed steps claimed to send (collapsed ones not counted)
 * @param deferred pushed to the end of the member's quiet hours
 * @param paused kept back because the member is unreachable
 * @param released given back unsent because the lease was running out
 */
public record DispatchReport(int claimed, int delivered, int retried, int failed, int collapsed, int deferred,
                             int paused, int released, int cancelled) {

    public static final DispatchReport NOTHING = new DispatchReport(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Whether the claim took anything, so that another run may find more. */
    public boolean tookWork() {
        return claimed + collapsed > 0;
    }
}
