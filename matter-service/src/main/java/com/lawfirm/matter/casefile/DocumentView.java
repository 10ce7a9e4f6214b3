package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.DocumentKind;

import java.time.LocalDate;

/** A document on the client file: what it is, where its content lives, and the hash to check that content by. */
public record DocumentView(String documentId, String matterId, DocumentKind kind, String title, String contentHash,
                           String storageUri, long sizeBytes, String filedBy, LocalDate filedOn) {
}
