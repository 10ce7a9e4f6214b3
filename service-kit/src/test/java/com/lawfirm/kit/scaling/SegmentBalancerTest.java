package com.lawfirm.kit.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SegmentBalancerTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final ProcessorNodes nodes = mock(ProcessorNodes.class);
    private final TokenSegments tokens = mock(TokenSegments.class);
    private final TrackingEventProcessor staff = mock(TrackingEventProcessor.class);

    @Test
    void aGroupWhoseTokensWereNotYetCountedKeepsWhatItHolds() {
        // the processor made its token and claimed segment 0 just as the balancer counted the group's segments
        holding(0);
        when(tokens.byProcessingGroup()).thenReturn(Map.of());
        when(nodes.beat(any())).thenReturn(1);

        balancer(1).balance();

        verify(staff, never()).releaseSegment(anyInt(), anyLong(), any());
    }

    @Test
    void aSecondLiveInstanceIsLeftItsShare() {
        holding(0, 1);
        when(tokens.byProcessingGroup()).thenReturn(Map.of("staff", 2));
        when(nodes.beat(any())).thenReturn(2);

        balancer(2).balance();

        verify(staff).releaseSegment(eq(1), anyLong(), eq(TimeUnit.MILLISECONDS));
        verify(staff, never()).releaseSegment(eq(0), anyLong(), any());
    }

    @Test
    void aProjectionBeingRebuiltKeepsEverySegmentItHolds() {
        holding(0, 1);
        when(tokens.byProcessingGroup()).thenReturn(Map.of("staff", 2));
        when(nodes.beat(any())).thenReturn(2);

        new SegmentBalancer(processing, nodes, tokens, new ScalingProperties(2, Duration.ofSeconds(2)),
                group -> group.equals("staff")).balance();

        verify(staff, never()).releaseSegment(anyInt(), anyLong(), any());
    }

    private void holding(int... segments) {
        when(staff.getName()).thenReturn("staff");
        when(staff.isRunning()).thenReturn(true);
        Map<Integer, EventTrackerStatus> status = IntStream.of(segments).boxed()
                .collect(Collectors.toMap(segment -> segment, segment -> mock(EventTrackerStatus.class)));
        when(staff.processingStatus()).thenReturn(status);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("staff", staff));
    }

    private SegmentBalancer balancer(int segments) {
        return new SegmentBalancer(processing, nodes, tokens, new ScalingProperties(segments, Duration.ofSeconds(2)),
                group -> false);
    }
}
