package com.lawfirm.billing.account;

import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Billing staff's figures: work in progress per lawyer, billable hours and utilisation per lawyer over a period,
 * realisation (what was billed of what was worked), and a client's statement of account.
 */
@RestController
class BillingReportsController {

    public record LawyerWip(String lawyer, BigDecimal awaitingApproval, BigDecimal approvedUnbilled) {
    }

    public record Utilisation(String lawyer, BigDecimal billableHours, BigDecimal nonBillableHours, BigDecimal utilisation) {
    }

    public record Realisation(LocalDate from, LocalDate to, BigDecimal worked, BigDecimal billed, BigDecimal realisation) {
    }

    public record StatementLine(LocalDate date, String invoiceNumber, String matterId, BigDecimal invoiced,
                                BigDecimal paid, BigDecimal credited, BigDecimal writtenOff, BigDecimal balance) {
    }

    public record Statement(String clientId, List<StatementLine> invoices, BigDecimal invoiced, BigDecimal paid,
                            BigDecimal balance) {
    }

    private final ReadModelStore store;

    BillingReportsController(ReadModelStore store) {
        this.store = store;
    }

    @GetMapping("/api/reports/wip")
    @PreAuthorize("hasAnyRole('BILLING', 'PARTNER', 'AUDITOR', 'ADMIN')")
    List<LawyerWip> wipByLawyer() {
        Map<String, BigDecimal[]> byLawyer = new TreeMap<>();
        for (WorkItemView item : all(WorkItemProjection.COLLECTION, ReadModelQuery.all().eq("billed", false).eq("billable", true),
                WorkItemView.class)) {
            BigDecimal[] sums = byLawyer.computeIfAbsent(item.lawyer, l -> new BigDecimal[]{Money.ZERO, Money.ZERO});
            sums["APPROVED".equals(item.stage) ? 1 : 0] = sums["APPROVED".equals(item.stage) ? 1 : 0].add(item.amount);
        }
        return byLawyer.entrySet().stream().map(e -> new LawyerWip(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Hours recorded in the period per lawyer; utilisation is the billable share of them. */
    @GetMapping("/api/reports/utilisation")
    @PreAuthorize("hasAnyRole('BILLING', 'PARTNER', 'AUDITOR', 'ADMIN')")
    List<Utilisation> utilisation(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Map<String, int[]> units = new TreeMap<>();
        for (WorkItemView item : time(from, to)) {
            units.computeIfAbsent(item.lawyer, l -> new int[2])[item.billable ? 0 : 1] += item.units;
        }
        List<Utilisation> rows = new ArrayList<>();
        units.forEach((lawyer, u) -> {
            BigDecimal billable = BigDecimal.valueOf(u[0]).movePointLeft(1);
            BigDecimal other = BigDecimal.valueOf(u[1]).movePointLeft(1);
            BigDecimal total = billable.add(other);
            rows.add(new Utilisation(lawyer, billable, other, total.signum() == 0 ? BigDecimal.ZERO
                    : billable.divide(total, 4, RoundingMode.HALF_EVEN)));
        });
        rows.sort(Comparator.comparing(Utilisation::utilisation).reversed());
        return rows;
    }

    /** Of the billable work done in the period, the share already billed at its recorded value. */
    @GetMapping("/api/reports/realisation")
    @PreAuthorize("hasAnyRole('BILLING', 'PARTNER', 'AUDITOR', 'ADMIN')")
    Realisation realisation(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<WorkItemView> worked = time(from, to).stream().filter(i -> i.billable).toList();
        BigDecimal total = sum(worked, i -> i.amount);
        BigDecimal billed = sum(worked.stream().filter(i -> i.billed).toList(), i -> i.amount);
        return new Realisation(from, to, total, billed, total.signum() == 0 ? BigDecimal.ZERO
                : billed.divide(total, 4, RoundingMode.HALF_EVEN));
    }

    /** Every issued invoice of the client with what was paid, credited and written off, and what is still owed. */
    @GetMapping("/api/clients/{clientId}/statement")
    @PreAuthorize("hasAnyRole('BILLING', 'AUDITOR', 'ADMIN')")
    Statement statement(@PathVariable String clientId) {
        List<StatementLine> lines = all(InvoiceProjection.COLLECTION, ReadModelQuery.all().eq("clientId", clientId),
                InvoiceView.class).stream().filter(i -> i.issuedOn != null)
                .sorted(Comparator.comparing((InvoiceView i) -> i.issuedOn))
                .map(i -> new StatementLine(i.issuedOn, i.invoiceNumber, i.matterId, i.gross, i.paid, i.credited,
                        i.writtenOff, i.balance)).toList();
        return new Statement(clientId, lines, sum(lines, StatementLine::invoiced), sum(lines, StatementLine::paid),
                sum(lines, StatementLine::balance));
    }

    private List<WorkItemView> time(LocalDate from, LocalDate to) {
        return all(WorkItemProjection.COLLECTION, ReadModelQuery.all().eq("kind", "TIME").gte("date", from.toString())
                .lte("date", to.toString()), WorkItemView.class);
    }

    private <T> List<T> all(String collection, ReadModelQuery query, Class<T> type) {
        List<T> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> batch = store.find(collection, query.page(page, ReadModelQuery.MAX_PAGE_SIZE), type);
            items.addAll(batch.items());
            if (batch.items().size() < ReadModelQuery.MAX_PAGE_SIZE) {
                return items;
            }
        }
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
