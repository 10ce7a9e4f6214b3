package com.lawfirm.matter.registration;

import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The matter register over HTTP. Visibility is by role for now; restricting each matter to its team (ethical walls)
 * comes with the team feature.
 */
@RestController
@RequestMapping("/api/matters")
@Validated
class MatterController {

    private static final String READERS = "hasAnyRole('LAWYER', 'PARTNER', 'BILLING', 'ARCHIVIST', 'AUDITOR', 'ADMIN')";

    private final ReadModelStore store;

    MatterController(ReadModelStore store) {
        this.store = store;
    }

    @GetMapping
    @PreAuthorize(READERS)
    Page<MatterView> list(@RequestParam(required = false) String clientId,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ReadModelQuery query = ReadModelQuery.all().sortDescending("matterNumber").page(page, size);
        if (clientId != null) {
            query.eq("clientId", clientId);
        }
        return store.find(MatterProjection.COLLECTION, query, MatterView.class);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    MatterView get(@PathVariable String id) {
        return store.get(MatterProjection.COLLECTION, id, MatterView.class)
                .orElseThrow(() -> new NotFoundException("matter", id));
    }
}
