package com.lawfirm.conflict.search;

/** A registered client of the firm (current or former), as intake knows it. */
public record FirmClient(String clientId, boolean former) {
}
