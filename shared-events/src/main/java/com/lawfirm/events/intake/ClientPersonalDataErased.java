package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.ErasureNotice;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The client's personal data was erased (个人信息删除, PIPL art. 47) after its retention ended with no legal hold:
 * the keys of the client and of its inquiries ({@code subjects}) are destroyed, so every event, read model, replay
 * and export shows those fields as erased. The client's matters, time and invoices remain, without the name.
 */
@Revision("1")
public record ClientPersonalDataErased(String clientId, List<String> subjects, LocalDate erasedOn, String requestId,
                                       String erasedBy) implements ErasureNotice {

    @Override
    public List<String> erasedSubjects() {
        return subjects;
    }
}
