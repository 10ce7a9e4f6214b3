package com.lawfirm.kit.readmodel;

import org.springframework.context.SmartLifecycle;

/**
 * Tells the shadow copies the service stops before its processors do ({@link ShadowCopies#stopping()}): from then on a
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
        running = true;
    }

    @Override
    public void stop() {
        shadows.stopping();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before the event processors (Axon's phases are far lower), as the segment balancer is. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1024;
    }
}
