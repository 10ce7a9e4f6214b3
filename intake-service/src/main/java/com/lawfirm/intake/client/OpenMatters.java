package com.lawfirm.intake.client;

import com.lawfirm.intake.client.ClientMattersProjection.ClientMatter;
import com.lawfirm.intake.engagement.EngagementQueries;
import com.lawfirm.intake.engagement.EngagementView;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The firm acts for a client while any of its matters is open, and from the signing of an engagement until its matter
 * is opened: the client is then neither marked former nor erased. Read from the matters matter-service reported and
 * the engagements signed here. A matter whose status is not known (stored before it was kept) counts as open: an
 * erasure cannot be undone, so the answer says to rebuild the read model instead.
 */
@Component
class OpenMatters {

    private final ClientMattersProjection matters;
    private final EngagementQueries engagements;
    private final Clock clock;

    /** {@code clock}: its zone is the firm's, today is its day. */
    OpenMatters(ClientMattersProjection matters, EngagementQueries engagements, Clock clock) {
        this.matters = matters;
        this.engagements = engagements;
        this.clock = clock;
    }

    /**
     * What marking the client former as of {@code since} must pass, read from the client's matters once: the day
     * (400 naming {@code since}), then the matters (409 {@code matters-open}). Returns the engagements whose matters
     * are closed.
     */
    Set<String> refuseMarkingFormer(String clientId, LocalDate since) {
        List<ClientMatter> all = matters.allOfClient(clientId);
        checkFormerSince(all, since);
        return refuseWhileOpen(clientId, all);
    }

    /**
     * 400 naming {@code since} for a day after today, or before the client's last matter closed: the day a client
     * became former starts its retention, so it is never set before the firm's last act for the client.
     */
    private void checkFormerSince(List<ClientMatter> all, LocalDate since) {
        if (since == null) {
            return;
        }
        if (since.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("since", "must not be after today");
        }
        all.stream().map(ClientMatter::closedOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).filter(since::isBefore).ifPresent(lastClosed -> {
                    throw new InvalidFieldException("since", "must not be before the client's last matter closed, on "
                            + lastClosed);
                });
    }

    /**
     * What erasing the client must pass, read from its matters once: 409 {@code matters-open} while the firm acts for
     * it. Returns its matters, all closed: their records of the client are sealed under each matter, and go with it.
     */
    List<String> refuseErasure(String clientId) {
        List<ClientMatter> all = matters.allOfClient(clientId);
        refuseWhileOpen(clientId, all);
        return all.stream().map(ClientMatter::matterId).toList();
    }

    /**
     * 409 {@code matters-open}, naming what is open, while the firm acts for the client. Else the engagements whose
     * matters are closed (all are by then), for the client to check against the engagements on its own history.
     */

    private Set<String> refuseWhileOpen(String clientId, List<ClientMatter> all) {
        List<String> acting = new ArrayList<>();
        all.stream().filter(matter -> !ClientMattersProjection.CLOSED.equals(matter.status()))
                .forEach(matter -> acting.add(matter.status() == null
                        ? matter.matterNumber() + " (status not known: rebuild the client-matters read model)"
                        : matter.matterNumber()));
        Set<String> opened = all.stream().map(ClientMatter::engagementId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        engagements.allOfClient(clientId).stream()
                .filter(engagement -> engagement.status == EngagementView.Status.SIGNED
                        && !opened.contains(engagement.engagementId))
                .forEach(engagement -> acting.add("engagement " + engagement.engagementId + " (signed, its matter"
                        + " not opened yet)"));
        if (!acting.isEmpty()) {
            throw new RuleViolationException("matters-open", "the firm still acts for the client: "
                    + String.join(", ", acting) + "; a client is former once its matters are closed");
        }
        return opened;
    }
}
