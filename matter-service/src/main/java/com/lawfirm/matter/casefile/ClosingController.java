package com.lawfirm.matter.casefile;

import com.lawfirm.matter.MatterProperties;
import com.lawfirm.matter.casefile.MatterCommands.ArchiveMatter;
import com.lawfirm.matter.casefile.MatterCommands.CloseMatter;
import com.lawfirm.matter.casefile.MatterCommands.RecordFeedback;
import com.lawfirm.matter.casefile.MatterRequests.ClosingIn;
import com.lawfirm.matter.casefile.MatterRequests.FeedbackIn;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Closing (结案), archiving (立卷归档) and the client's feedback (回访) over HTTP. */
@RestController
@RequestMapping("/api/matters/{id}")
class ClosingController {

    private final CommandGateway commands;
    private final MatterAccess access;
    private final MatterProperties properties;
    private final Clock clock;

    ClosingController(CommandGateway commands, MatterAccess access, MatterProperties properties, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.access = access;
        this.properties = properties;
    }

    /** Refused (409, naming what is missing) until fees are settled or excepted and every original is accounted for. */
    @PostMapping("/closing")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER')")
    void close(@PathVariable String id, @Valid @RequestBody ClosingIn body) {
        access.workable(id);
        commands.sendAndWait(new CloseMatter(id, body.outcome().strip(), body.finalReportSentOn(), body.feeException(),
                body.closedOn(), properties.archiveAfter()));
    }

    /** The retention class follows the firm's archive rules for the matter's type and amount in dispute. */
    @PostMapping("/archive")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('ARCHIVIST')")
    void archive(@PathVariable String id) {
        MatterView matter = access.readable(id);
        commands.sendAndWait(new ArchiveMatter(id, properties.retentionOf(matter.matterType, matter.amountInDispute), access.login(),
                LocalDate.now(clock)));
    }

    @PostMapping("/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER')")
    Map<String, String> feedback(@PathVariable String id, @Valid @RequestBody FeedbackIn body) {
        access.workable(id);
        String feedbackId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordFeedback(id, feedbackId, body.score(), body.comments(), body.channel(),
                body.recordedOn()));
        return Map.of("id", feedbackId);
    }
}
