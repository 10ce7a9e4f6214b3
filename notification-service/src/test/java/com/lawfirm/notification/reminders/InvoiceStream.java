package com.lawfirm.notification.reminders;

import com.lawfirm.events.Topics;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceIssued;
import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.kit.testing.KafkaTestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;

/**
 * Billing as notification-service sees it: a steady stream of invoices, each drafted and issued on a matter of its
 * own, every other one already 40 days overdue. Each event has its id from the start, as in billing's event store:
 * while the broker is away billing keeps its invoices and publishes them once it is back, and an event whose sending
 * failed half-way is sent again under the same id.
 */
final class InvoiceStream implements AutoCloseable {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    record Invoice(String id, String matterId, boolean overdue, InvoiceDrafted drafted, String draftedId,
                   InvoiceIssued issued, String issuedId) {
    }

    private final KafkaTestClient kafka;
    private final Deque<Invoice> unsent = new ConcurrentLinkedDeque<>();
    private final List<Invoice> published = new CopyOnWriteArrayList<>();
    private final Object sending = new Object();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<?> loop;
    private volatile boolean running = true;
    private volatile boolean holding;

    InvoiceStream(KafkaTestClient kafka) {
        this.kafka = kafka;
        this.loop = thread.submit(this::run);
    }

    private void run() {
        for (int n = 0; running; n++) {
            unsent.add(invoice(n));
            publishUnsent();
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private void publishUnsent() {
        synchronized (sending) {
            for (Invoice invoice = unsent.peek(); invoice != null && !holding; invoice = unsent.peek()) {
                try {
                    send(invoice);
                } catch (RuntimeException brokerGone) {
                    return; // kept, and sent again (same ids) on the next round
                }
                published.add(unsent.poll());
            }
        }
    }

    /** From now on invoices are kept, not published; returns once nothing is being sent. */
    void holdWhileTheBrokerIsAway() {
        holding = true;
        synchronized (sending) {
            // the send under way, if any, has finished
        }
    }

    void release() {
        holding = false;
    }

    int held() {
        return unsent.size();
    }

    void awaitHeld(int count) {
        await().atMost(Duration.ofSeconds(120)).until(() -> unsent.size() >= count);
    }

    /** Waits until {@code more} invoices beyond those published so far have been published. */
    void awaitIssued(int more) {
        int target = published.size() + more;
        await().atMost(Duration.ofSeconds(120)).until(() -> published.size() >= target);
    }

    List<Invoice> issued() {
        return List.copyOf(published);
    }

    /** Ends the stream, publishing what it still holds. */
    void stop() throws Exception {
        running = false;
        loop.get();
        holding = false;
        publishUnsent();
        if (!unsent.isEmpty()) {
            throw new IllegalStateException(unsent.size() + " invoices could not be published");
        }
    }

    /** Every event once more, under its own id, on its matter's partition: as a publisher resending after a crash. */
    void deliverEverythingAgain() {
        published.forEach(this::send);
    }

    /** The invoice's two events under their own ids, on its matter's partition. */
    private void send(Invoice invoice) {
        kafka.publishAgain(Topics.BILLING, "MatterAccount", invoice.matterId(), 0, invoice.drafted(), invoice.draftedId());
        kafka.publishAgain(Topics.BILLING, "MatterAccount", invoice.matterId(), 1, invoice.issued(), invoice.issuedId());
    }

    @Override
    public void close() {
        running = false;
        thread.shutdownNow();
        kafka.close();
    }

    private static Invoice invoice(int n) {
        String matter = "m-" + UUID.randomUUID();
        String invoice = "i-" + UUID.randomUUID();
        LocalDate dueOn = n % 2 == 0 ? TODAY.minusDays(40) : TODAY.plusDays(30);
        InvoiceDrafted drafted = new InvoiceDrafted(matter, invoice, "c-" + n,
                List.of(new InvoiceLine(null, "律师费 Legal fees", new BigDecimal("1000.00"))), new BigDecimal("1000.00"),
                new BigDecimal("0.06"), new BigDecimal("60.00"), new BigDecimal("1060.00"), "CNY", "fin", TODAY);
        InvoiceIssued issued = new InvoiceIssued(matter, invoice, "INV-2026-%05d".formatted(n), dueOn.minusDays(30), dueOn);
        return new Invoice(invoice, matter, dueOn.isBefore(TODAY), drafted, UUID.randomUUID().toString(), issued,
                UUID.randomUUID().toString());
    }
}
