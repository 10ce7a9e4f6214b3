package com.lawfirm.kit.readmodel;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** When the shadow of a projection replayed by several segments may take over: only once every one is through. */
class SegmentedTakeOverTest {

    private final ShadowCopies.Rebuild rebuild = threeSegmentsReplayingTo(500);

    @Test
    void everySegmentPastTheLastEventToReplay() {
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(500), 1, at(731), 2, at(502)), rebuild)).isTrue();
    }

    @Test
    void notWhileOneIsStillReplaying() {
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(500), 1, at(499), 2, at(502)), rebuild)).isFalse();
    }

    @Test
    void notWhileOneIsNotClaimedHereYet() {
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(600), 1, at(600)), rebuild)).isFalse();
    }

    @Test
    void notWhileOneIsInError() {
        EventTrackerStatus failing = at(600);
        when(failing.isErrorState()).thenReturn(true);
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(600), 1, failing, 2, at(600)), rebuild)).isFalse();
    }

    @Test
    void notBeforeOneHasAPosition() {
        EventTrackerStatus starting = mock(EventTrackerStatus.class);
        when(starting.getCurrentPosition()).thenReturn(OptionalLong.empty());
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(600), 1, starting, 2, at(600)), rebuild)).isFalse();
    }

    private static ShadowCopies.Rebuild threeSegmentsReplayingTo(long lastToReplay) {
        ShadowCopies.Rebuild rebuild = new ShadowCopies().begin("notes", ShadowCopies.Source.EVENT_STORE, 3);
        rebuild.lastToReplay = lastToReplay;
        return rebuild;
    }

    private static EventTrackerStatus at(long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        return status;
    }
}
