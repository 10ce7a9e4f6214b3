package com.lawfirm.kit.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Closes what tests registered with {@link TestStack#closeAtEnd} once the whole test run is over. */
public class TestStackSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestStack.closeAll();
    }
}
