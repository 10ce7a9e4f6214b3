package com.lawfirm.matter.casefile;

import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.staff.StaffDirectory;
import com.lawfirm.matter.staff.StaffView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Who is carrying how much, and whom to put on a matter: expertise against the matter, then current workload. */
@RestController
class StaffingController {

    /** How many open matters cost as much as one matching expertise tag when ranking lawyers. */
    private static final double MATTERS_PER_TAG = 3.0;

    public record Workload(String staffId, String name, String role, long openMatters) {
    }

    public record Suggestion(String staffId, String name, String role, boolean practisesInArea,
                             List<String> matchingExpertise, long openMatters, double score) {
    }

    private final ReadModelStore store;
    private final StaffDirectory staff;
    private final MatterAccess access;

    StaffingController(ReadModelStore store, StaffDirectory staff, MatterAccess access) {
        this.store = store;
        this.staff = staff;
        this.access = access;
    }

    @GetMapping("/api/matters/workload")
    @PreAuthorize("hasAnyRole('PARTNER', 'AUDITOR', 'ADMIN')")
    List<Workload> workload() {
        return staff.practisingLawyers().stream()
                .map(s -> new Workload(s.staffId, s.name, s.role.name(), openMattersOf(s.staffId)))
                .sorted(Comparator.comparingLong(Workload::openMatters).reversed()).toList();
    }

    /**
     * Lawyers not yet on the matter, best first: practising in the matter's area counts most, then each expertise tag
     * found in the matter's type or description, less their current open matters.
     */
    @GetMapping("/api/matters/{id}/lawyer-suggestions")
    @PreAuthorize("hasAnyRole('PARTNER', 'ADMIN')")
    List<Suggestion> suggest(@PathVariable String id) {
        MatterView matter = access.staffable(id);
        String about = (matter.matterType + " " + matter.description).toLowerCase(Locale.ROOT);
        List<Suggestion> suggestions = new ArrayList<>();
        for (StaffView lawyer : staff.practisingLawyers()) {
            if (matter.teamStaffIds.contains(lawyer.staffId)) {
                continue;
            }
            boolean inArea = lawyer.practiceAreas.contains(matter.practiceArea);
            List<String> matching = lawyer.expertise.stream().filter(tag -> mentions(about, tag)).toList();
            long open = openMattersOf(lawyer.staffId);
            double score = (inArea ? 2 * MATTERS_PER_TAG : 0) + matching.size() * MATTERS_PER_TAG - open;
            suggestions.add(new Suggestion(lawyer.staffId, lawyer.name, lawyer.role.name(), inArea, matching, open, score));
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        return suggestions;
    }

    /** A tag such as "知识产权 IP" matches if any of its words appears in the matter. */
    private static boolean mentions(String about, String tag) {
        for (String word : tag.toLowerCase(Locale.ROOT).split("[\\s/,，、]+")) {
            if (word.length() >= 2 && about.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private long openMattersOf(String staffId) {
        return store.find(MatterProjection.COLLECTION, ReadModelQuery.all().eq("status", MatterStatus.OPEN.name())
                .contains("teamStaffIds", staffId).page(0, 1), MatterView.class).total();
    }
}
