package com.lawfirm.notification.rules;

import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.matter.MaterialReceived;
import com.lawfirm.events.matter.MaterialReturnedToClient;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamMemberReleased;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the rules need to know to address a notification and fill its template: an inquiry's owner and prospect; a
 * matter's number, client, lead lawyer, team and the originals the firm still holds. Learnt from the same events the
 * rules read, before the rules run; learning an event twice changes nothing.
 */
@Component
public class Facts {

    public static final String INQUIRIES = "rule_inquiries";
    public static final String MATTERS = "rule_matters";

    /** An inquiry: who owns it, whom it is from. */
    public static class Inquiry {
        public String inquiryId;
        public String owner;
        public String prospect;
    }

    /** A matter: its number, client, lead lawyer, team (staff id to login), originals held (id to register number). */
    public static class Matter {
        public String matterId;
        public String matterNumber;
        public String clientId;
        public String clientName;
        public String lead;
        public Map<String, String> team = new LinkedHashMap<>();
        public Map<String, String> originalsHeld = new LinkedHashMap<>();
    }

    /** The events the facts are learnt from (see {@link #learn}). */
    private static final Set<Class<?>> LEARNT_FROM = Set.of(InquiryOpened.class, MatterOpened.class,
            TeamMemberAssigned.class, TeamMemberReleased.class, MaterialReceived.class, MaterialReturnedToClient.class);

    private final ReadModelStore store;

    Facts(ReadModelStore store) {
        this.store = store;
    }

    public Optional<Inquiry> inquiry(String inquiryId) {
        return inquiryId == null ? Optional.empty() : store.get(INQUIRIES, inquiryId, Inquiry.class);
    }

    public Optional<Matter> matter(String matterId) {
        return matterId == null ? Optional.empty() : store.get(MATTERS, matterId, Matter.class);
    }

    static boolean learnsFrom(Class<?> type) {
        return LEARNT_FROM.contains(type);
    }

    void learn(Object event) {
        if (event instanceof InquiryOpened e) {
            Inquiry inquiry = new Inquiry();
            inquiry.inquiryId = e.inquiryId();
            inquiry.owner = e.owner();
            inquiry.prospect = e.prospect().name();
            store.upsert(INQUIRIES, e.inquiryId(), 1, inquiry);
        } else if (event instanceof MatterOpened e) {
            change(e.matterId(), m -> {
                m.matterNumber = e.matterNumber();
                m.clientId = e.clientId();
                m.clientName = e.clientName();
            });
        } else if (event instanceof TeamMemberAssigned e) {
            change(e.matterId(), m -> {
                m.team.put(e.staffId(), e.login());
                if (e.role() == TeamRole.LEAD_LAWYER) {
                    m.lead = e.login();
                }
            });
        } else if (event instanceof TeamMemberReleased e) {
            change(e.matterId(), m -> {
                String login = m.team.remove(e.staffId());
                if (login != null && login.equals(m.lead)) {
                    m.lead = null;
                }
            });
        } else if (event instanceof MaterialReceived e && e.original()) {
            change(e.matterId(), m -> m.originalsHeld.put(e.materialId(), e.registerNumber()));
        } else if (event instanceof MaterialReturnedToClient e) {
            change(e.matterId(), m -> m.originalsHeld.remove(e.materialId()));
        }
    }

    private void change(String matterId, Consumer<Matter> change) {
        Matter matter = matter(matterId).orElseGet(() -> {
            Matter first = new Matter();
            first.matterId = matterId;
            return first;
        });
        change.accept(matter);
        store.put(MATTERS, matterId, matter);
    }
}
