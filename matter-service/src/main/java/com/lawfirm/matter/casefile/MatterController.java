package com.lawfirm.matter.casefile;

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

/** The matter register over HTTP; each caller sees only the matters {@link MatterAccess} lets them read. */
@RestController
@RequestMapping("/api/matters")
@Validated
class MatterController {

    private static final String READERS = "hasAnyRole('LAWYER', 'PARTNER', 'BILLING', 'ARCHIVIST', 'AUDITOR', 'ADMIN')";

    private final ReadModelStore store;
    private final MatterAccess access;

    MatterController(ReadModelStore store, MatterAccess access) {
        this.store = store;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize(READERS)
    Page<MatterView> list(@RequestParam(required = false) String clientId,
                          @RequestParam(required = false) MatterStatus status,
                          @RequestParam(required = false) String staffId,
                          @RequestParam(defaultValue = "false") boolean mine,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ReadModelQuery query = access.restrict(ReadModelQuery.all().sortDescending("matterNumber").page(page, size));
        if (clientId != null) {
            query.eq("clientId", clientId);
        }
        if (status != null) {
            query.eq("status", status.name());
        }
        if (staffId != null) {
            query.contains("teamStaffIds", staffId);
        }
        if (mine) {
            query.contains("readers", access.login());
        }
        return store.find(MatterProjection.COLLECTION, query, MatterView.class);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    MatterView get(@PathVariable String id) {
        return access.readable(id);
    }
}
