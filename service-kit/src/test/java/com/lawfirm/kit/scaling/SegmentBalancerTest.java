package com.lawfirm.kit.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final RebuildRunners runners = mock(RebuildRunners.class);
    private final Runnable lookout = mock(Runnable.class);

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

    /**
     * A rebuild runs here: every segment stays, whoever the mark names (another instance that took this one for gone
     * ends its rebuild or this one's at the take-over, fenced by the mark's epoch).
     */
    @Test
    void aProjectionBeingRebuiltHereKeepsEverySegmentItHolds() {
        holding(0, 1);
        when(tokens.byProcessingGroup()).thenReturn(Map.of("staff", 2));
        when(tokens.segmentIds("staff")).thenReturn(List.of(0, 1));
        when(nodes.beat(any())).thenReturn(2);
        when(nodes.self()).thenReturn("here");
        when(runners.byProcessingGroup()).thenReturn(Map.of("staff", "there"));

        new SegmentBalancer(processing, nodes, tokens, new ScalingProperties(2, Duration.ofSeconds(2)),
                group -> group.equals("staff"), runners, lookout).balance();

        verify(staff, never()).releaseSegment(anyInt(), anyLong(), any());
    }

    /** Held or not, each segment is released: none is claimed here until the rebuild is over. */
    @Test
    void anotherInstancesRebuildIsHandedEverySegmentOfItsProjection() {
        holding(0);
        when(tokens.byProcessingGroup()).thenReturn(Map.of("staff", 2));
        when(tokens.segmentIds("staff")).thenReturn(List.of(0, 1));
        when(nodes.beat(any())).thenReturn(2);
        when(nodes.self()).thenReturn("here");
        when(runners.byProcessingGroup()).thenReturn(Map.of("staff", "there"));

        balancer(2).balance();

        verify(staff).releaseSegment(eq(0), anyLong(), eq(TimeUnit.MILLISECONDS));
        verify(staff).releaseSegment(eq(1), anyLong(), eq(TimeUnit.MILLISECONDS));
        verify(lookout, never()).run();
    }

    /**
     * A rebuild marked here that waits to start, or whose instance is gone: its segments' tokens may replay history,
     * so none runs outside the rebuild; for one whose instance is gone, a look is asked for at once.
     */
    @Test
    void aRebuildNotYetRunningHoldsItsSegmentsBackEverywhere() {
        holding(0, 1);
        when(tokens.byProcessingGroup()).thenReturn(Map.of("staff", 2));
        when(tokens.segmentIds("staff")).thenReturn(List.of(0, 1));
        when(nodes.beat(any())).thenReturn(1);
        when(nodes.self()).thenReturn("here");
        when(runners.byProcessingGroup()).thenReturn(Map.of("staff", "here"));

        balancer(2).balance();

        verify(staff).releaseSegment(eq(0), anyLong(), eq(TimeUnit.MILLISECONDS));
        verify(staff).releaseSegment(eq(1), anyLong(), eq(TimeUnit.MILLISECONDS));
        verify(lookout, never()).run();

        Map<String, String> gone = new HashMap<>();
        gone.put("staff", null);
        when(runners.byProcessingGroup()).thenReturn(gone);
        balancer(2).balance();

        verify(lookout).run();
    }

    /** Once the rebuild starts here, the segments released while it waited may be claimed at once. */
    @Test
    void theRebuildStartedTheSegmentsAreTakenBack() {
        holding(0);
        when(tokens.byProcessingGroup()).thenReturn(Map.of("staff", 2));
        when(tokens.segmentIds("staff")).thenReturn(List.of(0, 1));
        when(nodes.beat(any())).thenReturn(1);
        when(nodes.self()).thenReturn("here");
        when(runners.byProcessingGroup()).thenReturn(Map.of("staff", "here"));
        AtomicBoolean rebuilding = new AtomicBoolean();
        SegmentBalancer balancer = new SegmentBalancer(processing, nodes, tokens,
                new ScalingProperties(2, Duration.ofSeconds(2)), group -> rebuilding.get(), runners, lookout);
        balancer.balance();

        rebuilding.set(true);
        balancer.balance();

        verify(staff).releaseSegment(0, 0, TimeUnit.MILLISECONDS);
        verify(staff).releaseSegment(1, 0, TimeUnit.MILLISECONDS);
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
                group -> false, runners, lookout);
    }
}
