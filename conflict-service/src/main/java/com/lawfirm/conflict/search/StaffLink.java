package com.lawfirm.conflict.search;

/** A member of staff a node is linked to: a lateral hire's prior client, a relative. */
public record StaffLink(String staffId, String staffName, String link) {
}
