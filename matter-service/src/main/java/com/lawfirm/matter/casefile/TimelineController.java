package com.lawfirm.matter.casefile;

import com.lawfirm.kit.privacy.SealedPayloads;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A matter's timeline: its own events with the inquiry, conflict check, engagement and billing events that led to it
 * or followed from it, in order, with who did what and when.
 */
@RestController
class TimelineController {

    private final ReadModelStore store;
    private final MatterAccess access;
    private final SealedPayloads sealed;

    TimelineController(ReadModelStore store, MatterAccess access, SealedPayloads sealed) {
        this.store = store;
        this.access = access;
        this.sealed = sealed;
    }

    @GetMapping("/api/matters/{id}/timeline")
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER', 'BILLING', 'ARCHIVIST', 'AUDITOR', 'ADMIN')")
    List<TimelineEntry> timeline(@PathVariable String id) {
        MatterView matter = access.readable(id);
        Map<String, TimelineEntry> entries = new LinkedHashMap<>();
        Set<String> followed = new HashSet<>();
        Deque<String> toFollow = new ArrayDeque<>();
        Stream.of(matter.matterId, matter.engagementId, matter.inquiryId).filter(Objects::nonNull).forEach(toFollow::add);
        while (!toFollow.isEmpty()) {
            String ref = toFollow.poll();
            if (!followed.add(ref)) {
                continue;
            }
            for (TimelineEntry entry : entriesNaming(ref)) {
                if (entries.putIfAbsent(entry.eventId, entry) == null) {
                    // a conflict check's later events name only the check: reach them through the inquiry
                    entry.refs.stream().filter(r -> !followed.contains(r)).forEach(toFollow::add);
                }
            }
        }
        entries.values().forEach(entry -> entry.details = sealed.open(entry.payloadType, entry.revision, entry.details));
        return entries.values().stream().sorted(Comparator.comparing((TimelineEntry e) -> e.at)).toList();
    }

    private List<TimelineEntry> entriesNaming(String ref) {
        List<TimelineEntry> found = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Page<TimelineEntry> batch = store.find(TimelineProjection.COLLECTION, ReadModelQuery.all()
                    .contains("refs", ref).sortAscending("at").page(page, ReadModelQuery.MAX_PAGE_SIZE), TimelineEntry.class);
            found.addAll(batch.items());
            if (batch.items().size() < ReadModelQuery.MAX_PAGE_SIZE) {
                return found;
            }
        }
    }
}
