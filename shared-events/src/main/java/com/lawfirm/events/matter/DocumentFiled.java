package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A document was put on the client file (客户信息建档): what it is, its SHA-256 content hash, and where the content is stored. */
@Revision("1")
public record DocumentFiled(String matterId, String documentId, DocumentKind kind, String title, String contentHash, String storageUri, long sizeBytes, String filedBy, LocalDate filedOn) {
}
