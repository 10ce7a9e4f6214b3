package com.lawfirm.billing.account;

import com.lawfirm.billing.account.AccountCommands.ApproveInvoice;
import com.lawfirm.billing.account.AccountCommands.ApproveWork;
import com.lawfirm.billing.account.AccountCommands.DraftInvoice;
import com.lawfirm.billing.account.AccountCommands.IssueCreditNote;
import com.lawfirm.billing.account.AccountCommands.IssueInvoice;
import com.lawfirm.billing.account.AccountCommands.ReceivePayment;
import com.lawfirm.billing.account.AccountCommands.ReceiveRetainer;
import com.lawfirm.billing.account.AccountCommands.RecordExpense;
import com.lawfirm.billing.account.AccountCommands.RecordTime;
import com.lawfirm.billing.account.AccountCommands.SendInvoice;
import com.lawfirm.billing.account.AccountCommands.SettleFees;
import com.lawfirm.billing.account.AccountCommands.WriteOff;
import com.lawfirm.events.billing.CreditNoteIssued;
import com.lawfirm.events.billing.ExpenseRecorded;
import com.lawfirm.events.billing.InvoiceApproved;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceIssued;
import com.lawfirm.events.billing.InvoiceSent;
import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.events.billing.InvoiceWrittenOff;
import com.lawfirm.events.billing.MatterAccountOpened;
import com.lawfirm.events.billing.MatterFeesSettled;
import com.lawfirm.events.billing.PaymentAllocation;
import com.lawfirm.events.billing.PaymentReceived;
import com.lawfirm.events.billing.RetainerReceived;
import com.lawfirm.events.billing.TimeRecorded;
import com.lawfirm.events.billing.WorkApproved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

class MatterAccountTest {

    private static final String M = "m-1";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final BigDecimal VAT = new BigDecimal("0.06");

    private final AggregateTestFixture<MatterAccount> fixture = new AggregateTestFixture<>(MatterAccount.class);
    private final MatterAccountOpened opened = new MatterAccountOpened(M, "2026-LIT-0001", "e-1", "c-1", "无锡恒越", "CNY");
    private final TimeRecorded drafting = new TimeRecorded(M, "t-1", "li.na", DAY, 15, "起草起诉状 Drafting the complaint",
            "", true, new BigDecimal("1500.00"), new BigDecimal("2250.00"));
    private final ExpenseRecorded courtFee = new ExpenseRecorded(M, "x-1", "诉讼费 Court fee", new BigDecimal("880.00"),
            "receipt:A-1", DAY, true, "li.na");
    private final InvoiceDrafted drafted = new InvoiceDrafted(M, "i-1", "c-1", List.of(
            new InvoiceLine("t-1", "2026-11-28 li.na 1.5h 起草起诉状 Drafting the complaint", new BigDecimal("2250.00")),
            new InvoiceLine("x-1", "2026-11-28 诉讼费 Court fee receipt:A-1", new BigDecimal("880.00"))),
            new BigDecimal("3130.00"), VAT, new BigDecimal("187.80"), new BigDecimal("3317.80"), "CNY", "fin", DAY);
    private final InvoiceIssued issued = new InvoiceIssued(M, "i-1", "INV-2026-00001", DAY, DAY.plusDays(30));

    @Test
    void timeIsRecordedInSixMinuteUnitsAtItsRate() {
        fixture.given(opened)
                .when(new RecordTime(M, "t-1", "li.na", DAY, 85, drafting.activity(), "", true, new BigDecimal("1500"), null))
                .expectEvents(drafting);
        fixture.given(opened).when(new RecordTime(M, "t-2", "li.na", DAY, 0, "x", "", true, BigDecimal.ONE, null))
                .expectNoEvents().expectException(invalidField("minutes"));
        fixture.given(opened).when(new RecordExpense(M, "x-2", "差旅 Travel", new BigDecimal("-1"), "r", DAY, true, "li.na"))
                .expectNoEvents().expectException(invalidField("amount"));
        fixture.given(opened).when(new ApproveWork(M, "t-9", "li.na", DAY))
                .expectNoEvents().expectException(ruleViolation("work-unknown"));
    }

    @Test
    void anInvoiceBillsApprovedWorkOnceWithVat() {
        fixture.given(opened, drafting, courtFee)
                .when(new DraftInvoice(M, "i-1", null, null, null, List.of(), VAT, "fin", DAY))
                .expectNoEvents().expectException(ruleViolation("nothing-to-bill"));
        fixture.given(opened, drafting, courtFee, approved("t-1"), approved("x-1"))
                .when(new DraftInvoice(M, "i-1", null, null, null, List.of(), VAT, "fin", DAY))
                .expectEvents(drafted);
        fixture.given(opened, drafting, courtFee, approved("t-1"), approved("x-1"), drafted)
                .when(new DraftInvoice(M, "i-2", null, null, null, List.of(), VAT, "fin", DAY))
                .expectNoEvents().expectException(ruleViolation("nothing-to-bill"));
    }

    @Test
    void onlyAnApprovedInvoiceIsIssuedAndOnlyOnce() {
        fixture.given(opened, drafted).when(new IssueInvoice(M, "i-1", "INV-2026-00001", DAY, DAY.plusDays(30)))
                .expectNoEvents().expectException(ruleViolation("invoice-not-approved"));
        InvoiceApproved approvedInvoice = new InvoiceApproved(M, "i-1", "zhao.min", DAY);
        fixture.given(opened, drafted).when(new ApproveInvoice(M, "i-1", "zhao.min", DAY)).expectEvents(approvedInvoice);
        fixture.given(opened, drafted, approvedInvoice)
                .when(new IssueInvoice(M, "i-1", "INV-2026-00001", DAY, DAY.plusDays(30))).expectEvents(issued);
        fixture.given(opened, drafted, approvedInvoice, issued)
                .when(new IssueInvoice(M, "i-1", "INV-2026-00002", DAY, DAY.plusDays(30)))
                .expectNoEvents().expectException(ruleViolation("invoice-issued"));
        fixture.given(opened, drafted, approvedInvoice).when(new SendInvoice(M, "i-1", "EMAIL", "cfo@x.example", "fin", DAY))
                .expectNoEvents().expectException(ruleViolation("invoice-not-issued"));
        fixture.given(opened, drafted, approvedInvoice, issued)
                .when(new SendInvoice(M, "i-1", "EMAIL", "cfo@x.example", "fin", DAY))
                .expectEvents(new InvoiceSent(M, "i-1", "EMAIL", "cfo@x.example", "fin", DAY));
    }

    @Test
    void paymentsNeverExceedWhatIsOwedAndTheRetainerIsDrawnDown() {
        Object[] history = {opened, drafted, new InvoiceApproved(M, "i-1", "zhao.min", DAY), issued};
        fixture.given(history)
                .when(new ReceivePayment(M, "p-1", List.of(new PaymentAllocation("i-1", new BigDecimal("3317.81"))), DAY,
                        "bank:1", false))
                .expectNoEvents().expectException(ruleViolation("exceeds-balance"));
        fixture.given(history)
                .when(new ReceivePayment(M, "p-1", List.of(new PaymentAllocation("i-1", new BigDecimal("2000")),
                        new PaymentAllocation("i-1", new BigDecimal("1317.81"))), DAY, "bank:1", false))
                .expectNoEvents().expectException(ruleViolation("exceeds-balance"));
        fixture.given(history)
                .when(new ReceivePayment(M, "p-1", List.of(new PaymentAllocation("i-1", new BigDecimal("1000"))), DAY,
                        "retainer", true))
                .expectNoEvents().expectException(ruleViolation("retainer-insufficient"));
        RetainerReceived retainer = new RetainerReceived(M, "r-1", new BigDecimal("1000.00"), DAY, "bank:0");
        fixture.given(history).when(new ReceiveRetainer(M, "r-1", new BigDecimal("1000"), DAY, "bank:0")).expectEvents(retainer);
        fixture.given(opened, drafted, new InvoiceApproved(M, "i-1", "zhao.min", DAY), issued, retainer)
                .when(new ReceivePayment(M, "p-1", List.of(new PaymentAllocation("i-1", new BigDecimal("1000"))), DAY,
                        "retainer", true))
                .expectEvents(new PaymentReceived(M, "p-1", List.of(new PaymentAllocation("i-1", new BigDecimal("1000.00"))),
                        new BigDecimal("1000.00"), DAY, "retainer", true));
        fixture.given(opened, drafted).when(new ReceivePayment(M, "p-1",
                        List.of(new PaymentAllocation("i-1", BigDecimal.TEN)), DAY, "bank", false))
                .expectNoEvents().expectException(ruleViolation("invoice-not-issued"));
    }

    @Test
    void feesAreSettledOnlyWhenNothingIsUnbilledOrOwed() {
        Object[] issuedHistory = {opened, drafting, courtFee, approved("t-1"), approved("x-1"), drafted,
                new InvoiceApproved(M, "i-1", "zhao.min", DAY), issued};
        fixture.given(opened, drafting).when(new SettleFees(M, DAY))
                .expectNoEvents().expectException(ruleViolation("fees-outstanding"));
        fixture.given(issuedHistory).when(new SettleFees(M, DAY))
                .expectNoEvents().expectException(ruleViolation("fees-outstanding"));
        List<Object> paid = new ArrayList<>(List.of(issuedHistory));
        paid.add(new PaymentReceived(M, "p-1", List.of(new PaymentAllocation("i-1", new BigDecimal("3000.00"))),
                new BigDecimal("3000.00"), DAY, "bank:1", false));
        paid.add(new CreditNoteIssued(M, "cn-1", "i-1", new BigDecimal("17.80"), "折让 Discount", DAY));
        paid.add(new InvoiceWrittenOff(M, "i-1", new BigDecimal("300.00"), "坏账 Bad debt", "zhao.min", DAY));
        MatterFeesSettled settled = new MatterFeesSettled(M, DAY);
        fixture.given(paid.toArray()).when(new SettleFees(M, DAY)).expectEvents(settled);
        paid.add(settled);
        fixture.given(paid.toArray()).when(new SettleFees(M, DAY)).expectNoEvents();
        fixture.given(paid.toArray()).when(new RecordTime(M, "t-3", "li.na", DAY, 60, "x", "", true, BigDecimal.TEN, null))
                .expectNoEvents().expectException(ruleViolation("fees-settled"));
        fixture.given(opened).when(new SettleFees(M, DAY)).expectEvents(settled);
    }

    @Test
    void creditNotesAndWriteOffsStayWithinTheBalance() {
        Object[] history = {opened, drafted, new InvoiceApproved(M, "i-1", "zhao.min", DAY), issued};
        fixture.given(history).when(new IssueCreditNote(M, "cn-1", "i-1", new BigDecimal("4000"), "x", DAY))
                .expectNoEvents().expectException(ruleViolation("exceeds-balance"));
        fixture.given(history).when(new WriteOff(M, "i-1", BigDecimal.ZERO, "x", "zhao.min", DAY))
                .expectNoEvents().expectException(invalidField("amount"));
    }

    @Test
    void tenThousandEntriesBillToTheExactSumOfTheirRoundedAmounts() {
        List<Object> history = new ArrayList<>(List.of(opened));
        for (int i = 0; i < 10_000; i++) {
            // 1 unit at 333.33/h = 33.333 → 33.33 each, half-even
            history.add(new TimeRecorded(M, "t" + i, "li.na", DAY, 1, "审阅 Review", "", true, new BigDecimal("333.33"),
                    new BigDecimal("33.33")));
            history.add(approved("t" + i));
        }
        fixture.given(history.toArray())
                .when(new DraftInvoice(M, "i-big", null, null, null, List.of(), VAT, "fin", DAY))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        new CustomTypeSafeMatcher<InvoiceDrafted>("net 333,300.00, VAT 19,998.00, gross 353,298.00") {
                            @Override
                            protected boolean matchesSafely(InvoiceDrafted invoice) {
                                return invoice.net().equals(new BigDecimal("333300.00"))
                                        && invoice.vat().equals(new BigDecimal("19998.00"))
                                        && invoice.gross().equals(new BigDecimal("353298.00"))
                                        && invoice.lines().size() == 10_000;
                            }
                        }, andNoMore())));
    }

    @Test
    void timeBeyondTheAgreedCapIsRecordedButBillsNothingMore() {
        TimeRecorded nearTheCap = new TimeRecorded(M, "t-0", "li.na", DAY, 60, "开庭 Hearing", "", true,
                new BigDecimal("1500.00"), new BigDecimal("9000.00"));
        fixture.given(opened, nearTheCap)
                .when(new RecordTime(M, "t-1", "li.na", DAY, 85, drafting.activity(), "", true, new BigDecimal("1500"),
                        new BigDecimal("10000")))
                .expectEvents(new TimeRecorded(M, "t-1", "li.na", DAY, 15, drafting.activity(), "", true,
                        new BigDecimal("1500.00"), new BigDecimal("1000.00")));
        TimeRecorded atTheCap = new TimeRecorded(M, "t-1", "li.na", DAY, 15, drafting.activity(), "", true,
                new BigDecimal("1500.00"), new BigDecimal("1000.00"));
        fixture.given(opened, nearTheCap, atTheCap)
                .when(new RecordTime(M, "t-2", "li.na", DAY, 30, "审阅 Review", "", true, new BigDecimal("1500"),
                        new BigDecimal("10000")))
                .expectEvents(new TimeRecorded(M, "t-2", "li.na", DAY, 5, "审阅 Review", "", true,
                        new BigDecimal("1500.00"), new BigDecimal("0.00")));
        fixture.given(opened, nearTheCap)
                .when(new RecordTime(M, "t-3", "li.na", DAY, 60, "内部会议 Internal meeting", "", false, new BigDecimal("1500"),
                        new BigDecimal("10000")))
                .expectEvents(new TimeRecorded(M, "t-3", "li.na", DAY, 10, "内部会议 Internal meeting", "", false,
                        new BigDecimal("1500.00"), new BigDecimal("1500.00")));
    }

    @Test
    void anAgreedFeeIsBilledOnce() {
        List<InvoiceLine> stage = List.of(new InvoiceLine(null, "一审判决 First-instance judgment", new BigDecimal("50000")));
        InvoiceDrafted milestone = new InvoiceDrafted(M, "i-9", "c-1", List.of(new InvoiceLine("milestone:一审判决",
                "一审判决 First-instance judgment", new BigDecimal("50000.00"))), new BigDecimal("50000.00"), VAT,
                new BigDecimal("3000.00"), new BigDecimal("53000.00"), "CNY", "fin", DAY);
        fixture.given(opened)
                .when(new DraftInvoice(M, "i-9", null, null, "milestone:一审判决", stage, VAT, "fin", DAY))
                .expectEvents(milestone);
        fixture.given(opened, milestone)
                .when(new DraftInvoice(M, "i-10", null, null, "milestone:一审判决", stage, VAT, "fin", DAY))
                .expectNoEvents().expectException(ruleViolation("fee-already-billed"));
        fixture.given(opened, milestone)
                .when(new DraftInvoice(M, "i-11", null, null, "milestone:二审判决", stage, VAT, "fin", DAY))
                .expectSuccessfulHandlerExecution();
    }

    private static WorkApproved approved(String itemId) {
        return new WorkApproved(M, itemId, "li.na", DAY);
    }
}
