package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Source statistics (来源统计): inquiries opened per month, channel and referring client, and how many of them
 * became signed engagements.
 */
@RestController
class SourceReportController {

    record SourceRow(String month, SourceChannel channel, String referrerClientId, long inquiries, long signed,
                     double conversion) {
    }

    private static final int BATCH = ReadModelQuery.MAX_PAGE_SIZE;
    private final ReadModelStore store;

    SourceReportController(ReadModelStore store) {
        this.store = store;
    }

    @GetMapping("/api/reports/sources")
    @PreAuthorize("hasAnyRole('INTAKE', 'PARTNER', 'AUDITOR', 'ADMIN')")
    List<SourceRow> sources(@RequestParam @Pattern(regexp = "\\d{4}-\\d{2}") String from,
                            @RequestParam @Pattern(regexp = "\\d{4}-\\d{2}") String to) {
        if (from.compareTo(to) > 0) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        java.util.Set<String> converted = new java.util.HashSet<>();
        each(ConversionProjection.COLLECTION, ReadModelQuery.all(), ConversionProjection.Conversion.class,
                c -> converted.add(c.inquiryId()));
        Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing(Object::toString));
        each(InquiryProjection.COLLECTION, ReadModelQuery.all().gte("openedMonth", from).lte("openedMonth", to),
                InquiryView.class, inquiry -> {
                    List<String> key = List.of(inquiry.openedMonth, inquiry.source.channel().name(),
                            inquiry.source.referrerClientId() == null ? "" : inquiry.source.referrerClientId());
                    long[] count = counts.computeIfAbsent(key, k -> new long[2]);
                    count[0]++;
                    if (converted.contains(inquiry.inquiryId)) {
                        count[1]++;
                    }
                });
        List<SourceRow> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new SourceRow(key.get(0), SourceChannel.valueOf(key.get(1)),
                key.get(2).isEmpty() ? null : key.get(2), count[0], count[1], (double) count[1] / count[0])));
        return rows;
    }

    private <T> void each(String collection, ReadModelQuery query, Class<T> type, Consumer<T> action) {
        for (int page = 0; ; page++) {
            Page<T> batch = store.find(collection, query.page(page, BATCH), type);
            batch.items().forEach(action);
            if ((long) (page + 1) * BATCH >= batch.total()) {
                return;
            }
        }
    }
}
