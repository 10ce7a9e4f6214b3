package com.lawfirm.billing.account;

import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.security.Roles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may reach a matter's account: billing staff, auditors and administrators every account; lawyers only the
 * matters whose team they are on. Anyone else, and anyone an ethical wall screens from the matter, is told the
 * matter does not exist; an attempt through a wall is recorded as {@code AccountAccessDenied}.
 */
@Component
class AccountAccess {

    private static final Logger log = LoggerFactory.getLogger(AccountAccess.class);

    private static final Set<String> SEE_EVERY_ACCOUNT = Set.of("ROLE_" + Roles.BILLING, "ROLE_" + Roles.AUDITOR,
            "ROLE_" + Roles.ADMIN);

    private final ReadModelStore store;
    private final CommandGateway commands;

    AccountAccess(ReadModelStore store, CommandGateway commands) {
        this.store = store;
        this.commands = commands;
    }

    void requireReadable(String matterId) {
        MatterTeamView team = team(matterId);
        if (!seesEveryAccount() && !team.isMember(login())) {
            throw new NotFoundException("matter", matterId);
        }
    }

    /** Recording work: members of the matter's team. */
    void requireMember(String matterId) {
        MatterTeamView team = team(matterId);
        if (!team.isMember(login())) {
            throw notFoundOrForbidden(team, "only the matter's team records work on it");
        }
    }

    /** Approving work for billing: the lead lawyer or the responsible partner. */
    void requireApprover(String matterId) {
        MatterTeamView team = team(matterId);
        if (!team.approves(login())) {
            throw notFoundOrForbidden(team, "only the lead lawyer or responsible partner approves the matter's work");
        }
    }

    String login() {
        return authentication().getName().toLowerCase(Locale.ROOT);
    }

    private RuntimeException notFoundOrForbidden(MatterTeamView team, String why) {
        return seesEveryAccount() || team.isMember(login()) ? new AccessDeniedException(why)
                : new NotFoundException("matter", team.matterId);
    }

    /** The matter's team, unless an ethical wall screens the caller from the matter: a wall beats every role. */
    private MatterTeamView team(String matterId) {
        MatterTeamView team = store.get(MatterTeamProjection.COLLECTION, matterId, MatterTeamView.class)
                .orElseThrow(() -> new NotFoundException("matter", matterId));
        Optional<MatterTeamProjection.Wall> wall = wall(matterId, team.inquiryId);
        if (wall.isPresent()) {
            // the attempt is recorded (and reported per wall by matter-service); the caller learns nothing
            String login = login();
            commands.send(new DeniedAccess.RecordDeniedAccess(UUID.randomUUID().toString(), wall.get().wallId(), matterId,
                    login, attempted(), Instant.now())).whenComplete((done, failure) -> {
                        if (failure != null) {
                            log.error("an attempt through wall {} by {} could not be recorded: {}", wall.get().wallId(),
                                    login, failure.toString());
                        }
                    });
            throw new NotFoundException("matter", matterId);
        }
        return team;
    }

    private Optional<MatterTeamProjection.Wall> wall(String matterId, String inquiryId) {
        String login = login();
        Optional<MatterTeamProjection.Wall> wall = screening("matterId", matterId, login);
        return wall.isPresent() || inquiryId == null ? wall : screening("inquiryId", inquiryId, login);
    }

    private Optional<MatterTeamProjection.Wall> screening(String field, String value, String login) {
        return store.find(MatterTeamProjection.WALLS, ReadModelQuery.all().eq(field, value).contains("screened", login)
                .page(0, 1), MatterTeamProjection.Wall.class).items().stream().findFirst();
    }

    private static String attempted() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getMethod() + " " + request.getRequest().getRequestURI() : "billing";
    }

    private boolean seesEveryAccount() {
        return authentication().getAuthorities().stream().anyMatch(a -> SEE_EVERY_ACCOUNT.contains(a.getAuthority()));
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
