package com.lawfirm.kit.testapp;

public record NoteView(String noteId, String title, boolean closed, String createdBy) {
}
