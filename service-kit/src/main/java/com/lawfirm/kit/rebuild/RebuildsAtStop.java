package com.lawfirm.kit.rebuild;

import com.lawfirm.kit.readmodel.ShadowCopies;
import org.springframework.context.SmartLifecycle;

/**
 * Tells the shadow copies the service stops before its processors do ({@link ShadowCopies#stopping(boolean)}): from then on a
 * rebuild under way neither takes over nor is given up, and keeps its mark for the next start.
 */
class RebuildsAtStop implements SmartLifecycle {

    private final ShadowCopies shadows;
    private volatile boolean running;

    RebuildsAtStop(ShadowCopies shadows) {
        this.shadows = shadows;
    }

    @Override
    public void start() {
        shadows.stopping(false);
        running = true;
    }

    @Override
    public void stop() {
        shadows.stopping(true);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stopped before the event processors: Axon's Spring configuration stops them all in one lifecycle bean of phase
     * {@code Integer.MAX_VALUE - 3072}. The segment balancer shares this phase.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1024;
    }
}
