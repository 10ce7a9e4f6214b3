package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.security.Roles;
import com.lawfirm.matter.walls.WallView;
import com.lawfirm.matter.walls.Walls;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who may reach a matter. Its team members whose confidentiality undertaking is signed, and the roles whose work
 * spans every matter (auditors, billing, the archive, administrators); anyone else is told the matter does not exist
 * (404), not that it is closed to them. An ethical wall screening the caller beats all of these.
 */
@Component
class MatterAccess {

    private static final Set<String> SEE_EVERY_MATTER = Set.of("ROLE_" + Roles.AUDITOR, "ROLE_" + Roles.BILLING,
            "ROLE_" + Roles.ARCHIVIST, "ROLE_" + Roles.ADMIN);

    private final ReadModelStore store;
    private final Walls walls;

    MatterAccess(ReadModelStore store, Walls walls) {
        this.store = store;
        this.walls = walls;
    }

    /** The matter, if the caller may read it; otherwise 404. */
    MatterView readable(String matterId) {
        MatterView matter = unwalled(matterId);
        if (!seesEveryMatter() && !isReader(matter)) {
            throw new NotFoundException("matter", matterId);
        }
        return matter;
    }

    /** The matter, if the caller is on its team with a signed undertaking; 403 if they may only read it, else 404. */
    MatterView workable(String matterId) {
        MatterView matter = readable(matterId);
        if (!isReader(matter)) {
            throw new AccessDeniedException("only the matter's team works on it");
        }
        return matter;
    }

    /** The matter, if the caller staffs it: an administrator, or a partner when it has no responsible partner yet or they are it. */
    MatterView staffable(String matterId) {
        MatterView matter = unwalled(matterId);
        if (hasRole(Roles.ADMIN)) {
            return matter;
        }
        MatterView.Seat responsible = matter.seatOf(TeamRole.RESPONSIBLE_PARTNER);
        if (hasRole(Roles.PARTNER) && (responsible == null || login().equalsIgnoreCase(responsible.login()))) {
            return matter;
        }
        if (seesEveryMatter() || isReader(matter)) {
            throw new AccessDeniedException("only the responsible partner or an administrator staffs the matter");
        }
        throw new NotFoundException("matter", matterId);
    }

    /** The caller's seat on the matter's team, signed or not; 404 to anyone not on it. */
    MatterView.Seat seatOfCaller(String matterId) {
        MatterView.Seat seat = unwalled(matterId).seatOfLogin(login());
        if (seat == null) {
            throw new NotFoundException("matter", matterId);
        }
        return seat;
    }

    /** The matters walls screen the caller from, read once; a list leaves them out without comment. */
    Predicate<MatterView> walledOff() {
        List<WallView> screening = walls.screening(login());
        Set<String> matters = screening.stream().map(w -> w.matterId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> inquiries = screening.stream().map(w -> w.inquiryId).filter(Objects::nonNull).collect(Collectors.toSet());
        return matter -> matters.contains(matter.matterId) || inquiries.contains(matter.inquiryId);
    }

    /** Refuses to seat on the team someone a wall screens from the matter. */
    void requireNotScreened(MatterView matter, String memberLogin) {
        walls.screening(memberLogin.toLowerCase(Locale.ROOT), matter.matterId, matter.inquiryId).ifPresent(wall -> {
            throw new RuleViolationException("screened-by-wall", "an ethical wall screens this person from the matter");
        });
    }

    /** Narrows a register query to the matters the caller may read. */
    ReadModelQuery restrict(ReadModelQuery query) {
        return seesEveryMatter() ? query : query.contains("readers", login());
    }

    String login() {
        return authentication().getName().toLowerCase(Locale.ROOT);
    }

    /**
     * The matter, unless a wall screens the caller from it: a wall beats every role, and the attempt is recorded on
     * the wall before the caller is told the matter does not exist.
     */
    private MatterView unwalled(String matterId) {
        MatterView matter = find(matterId);
        walls.screening(login(), matter.matterId, matter.inquiryId).ifPresent(wall -> {
            walls.recordDenied(wall, matterId, login(), attempted());
            throw new NotFoundException("matter", matterId);
        });
        return matter;
    }

    private static String attempted() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getMethod() + " " + request.getRequest().getRequestURI() : "unknown";
    }

    private MatterView find(String matterId) {
        return store.get(MatterProjection.COLLECTION, matterId, MatterView.class)
                .orElseThrow(() -> new NotFoundException("matter", matterId));
    }

    private boolean isReader(MatterView matter) {
        return matter.readers.contains(login());
    }

    private boolean seesEveryMatter() {
        return authentication().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(SEE_EVERY_MATTER::contains);
    }

    private boolean hasRole(String role) {
        return authentication().getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
