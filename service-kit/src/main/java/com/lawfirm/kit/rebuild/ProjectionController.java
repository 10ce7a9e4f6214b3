package com.lawfirm.kit.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The service's projections and their progress; an administrator rebuilds one from the event store. */
@RestController
public class ProjectionController {

    private final ProjectionRebuilds rebuilds;

    public ProjectionController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping("/api/admin/projections")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<ProjectionRebuilds.Status> projections() {
        return rebuilds.statuses();
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ADMIN')")
    public ProjectionRebuilds.Status rebuild(@PathVariable String name) {
        return rebuilds.rebuild(name);
    }
}
