package com.lawfirm.kit.bus;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** What this service's consumers parked, and why, for the people who operate it. */
@RestController
public class ParkedEventsController {

    private final ParkedEvents parked;

    public ParkedEventsController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping("/api/admin/parked-events")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<ParkedEvents.ParkedEvent> parked() {
        return parked.all();
    }
}
