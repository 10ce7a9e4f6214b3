package com.lawfirm.billing.feerules;

import com.lawfirm.billing.feerules.FeeTermsReview.ReviewFeeTerms;
import com.lawfirm.events.billing.FeeTermsApproved;
import com.lawfirm.events.billing.FeeTermsRejected;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

class FeeTermsReviewTest {

    private AggregateTestFixture<FeeTermsReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FeeTermsReview.class);
        fixture.registerInjectableResource(new FeeRules(FeeRulesTest.CN));
    }

    private static EngagementTerms terms(MatterType type, FeeModel model) {
        return new EngagementTerms("d", type, "s", null, null, new FeeQuote("CNY", List.of(new FeeComponent(model,
                new BigDecimal("50000"), null, null, model == FeeModel.CONTINGENCY ? new BigDecimal("10") : null, null, null)),
                new BigDecimal("2000000"), null), List.of(), null, null, null, "风险代理条款");
    }

    @Test
    void approvedTermsArePublishedWithTheRuleSet() {
        fixture.givenNoPriorActivity()
                .when(new ReviewFeeTerms("eng-1", 1, terms(MatterType.CIVIL_LITIGATION, FeeModel.CONTINGENCY)))
                .expectEvents(new FeeTermsApproved("eng-1", 1, "CN-2021"));
    }

    @Test
    void rejectedTermsNameTheRule() {
        fixture.givenNoPriorActivity()
                .when(new ReviewFeeTerms("eng-1", 2, terms(MatterType.CRIMINAL, FeeModel.CONTINGENCY)))
                .expectEvents(new FeeTermsRejected("eng-1", 2, "CN-2021", "contingency-not-allowed",
                        "a contingency fee is not allowed for CRIMINAL matters"));
    }
}
