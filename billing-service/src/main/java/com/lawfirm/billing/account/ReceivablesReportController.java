package com.lawfirm.billing.account;

import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Receivables ageing (应收账款账龄): what is owed on issued invoices, by days since issue, in total and per client. */
@RestController
class ReceivablesReportController {

    static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "90+");

    public record Ageing(LocalDate asOf, Map<String, BigDecimal> total, Map<String, Map<String, BigDecimal>> byClient) {
    }

    private final ReadModelStore store;
    private final Clock clock;

    ReceivablesReportController(ReadModelStore store, Clock clock) {
        this.clock = clock;
        this.store = store;
    }

    @GetMapping("/api/reports/ar-aging")
    @PreAuthorize("hasAnyRole('BILLING', 'PARTNER', 'AUDITOR', 'ADMIN')")
    Ageing ageing(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Map<String, BigDecimal> total = emptyBuckets();
        Map<String, Map<String, BigDecimal>> byClient = new TreeMap<>();
        for (InvoiceView invoice : owing()) {
            long days = ChronoUnit.DAYS.between(invoice.issuedOn, day);
            String bucket = days <= 30 ? BUCKETS.get(0) : days <= 60 ? BUCKETS.get(1) : days <= 90 ? BUCKETS.get(2) : BUCKETS.get(3);
            total.merge(bucket, invoice.balance, BigDecimal::add);
            byClient.computeIfAbsent(invoice.clientId, c -> emptyBuckets()).merge(bucket, invoice.balance, BigDecimal::add);
        }
        return new Ageing(day, total, byClient);
    }

    private List<InvoiceView> owing() {
        List<InvoiceView> owing = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<InvoiceView> batch = store.find(InvoiceProjection.COLLECTION, ReadModelQuery.all().eq("status", "ISSUED")
                    .gt("balance", 0).sortAscending("issuedOn").page(page, ReadModelQuery.MAX_PAGE_SIZE), InvoiceView.class);
            owing.addAll(batch.items());
            if (batch.items().size() < ReadModelQuery.MAX_PAGE_SIZE) {
                return owing;
            }
        }
    }

    private static Map<String, BigDecimal> emptyBuckets() {
        Map<String, BigDecimal> buckets = new LinkedHashMap<>();
        BUCKETS.forEach(b -> buckets.put(b, Money.ZERO));
        return buckets;
    }
}
