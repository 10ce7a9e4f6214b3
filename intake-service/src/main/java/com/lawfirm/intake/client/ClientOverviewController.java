package com.lawfirm.intake.client;

import com.lawfirm.intake.engagement.EngagementQueries;
import com.lawfirm.intake.engagement.EngagementView;
import com.lawfirm.intake.inquiry.InquiryQueries;
import com.lawfirm.intake.inquiry.InquiryView;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Client 360 (客户全景): the client's file with its inquiries, engagements and matters. Invoices join it when
 * billing-service publishes them.
 */
@RestController
class ClientOverviewController {

    record ClientOverview(ClientView client, List<InquiryView> inquiries, List<EngagementView> engagements,
                          List<ClientMattersProjection.ClientMatter> matters) {
    }

    private final ReadModelStore store;
    private final InquiryQueries inquiries;
    private final EngagementQueries engagements;
    private final ClientMattersProjection matters;

    ClientOverviewController(ReadModelStore store, InquiryQueries inquiries, EngagementQueries engagements,
                             ClientMattersProjection matters) {
        this.store = store;
        this.inquiries = inquiries;
        this.engagements = engagements;
        this.matters = matters;
    }

    @GetMapping("/api/clients/{id}/overview")
    @PreAuthorize("hasAnyRole('INTAKE', 'LAWYER', 'PARTNER', 'BILLING', 'AUDITOR', 'ADMIN')")
    ClientOverview overview(@PathVariable String id) {
        ClientView client = store.get(ClientProjection.COLLECTION, id, ClientView.class)
                .orElseThrow(() -> new NotFoundException("client", id));
        return new ClientOverview(client, inquiries.ofClient(id), engagements.ofClient(id), matters.ofClient(id));
    }
}
