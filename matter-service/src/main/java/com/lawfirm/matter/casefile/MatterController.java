package com.lawfirm.matter.casefile;

import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/** The matter register over HTTP; each caller sees only the matters {@link MatterAccess} lets them read. */
@RestController
@RequestMapping("/api/matters")
class MatterController {

    private static final String READERS = "hasAnyRole('LAWYER', 'PARTNER', 'BILLING', 'ARCHIVIST', 'AUDITOR', 'ADMIN')";

    private final ReadModelStore store;
    private final MatterAccess access;
    private final Clock clock;

    MatterController(ReadModelStore store, MatterAccess access, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.access = access;
    }

    /** The register, narrowed to what the caller may read and by any of the staff queries of {@link MatterFilter}. */
    @GetMapping
    @PreAuthorize(READERS)
    Page<MatterView> list(MatterFilter filter,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ReadModelQuery query = filter.apply(access.restrict(ReadModelQuery.all().page(page, size)), access.login(), clock);
        Page<MatterView> found = store.find(MatterProjection.COLLECTION, query, MatterView.class);
        // walls are few and per person: leaving walled matters out of the page beats a query per wall
        Predicate<MatterView> walledOff = access.walledOff();
        List<MatterView> visible = found.items().stream().filter(walledOff.negate()).toList();
        return new Page<>(visible, found.page(), found.size(), found.total() - (found.items().size() - visible.size()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    MatterView get(@PathVariable String id) {
        return access.readable(id);
    }
}
