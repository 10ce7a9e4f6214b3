package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A document was put on the client file (客户信息建档): what it is, its SHA-256 content hash, and where the content is
 * stored. Since revision 2 the title is sealed under the matter, as the client's records, and goes with the client's
 * erasure; revision 1 stored it in clear.
 */
@Revision("2")
public record DocumentFiled(String matterId, String documentId, DocumentKind kind,
                            @PersonalData(subject = "matterId") String title, String contentHash, String storageUri,
                            long sizeBytes, String filedBy, LocalDate filedOn) {
}
