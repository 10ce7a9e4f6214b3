package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A client's feedback (回访): a satisfaction score from 1 to 5, comments, and how it was gathered. */
@Revision("1")
public record ClientFeedbackRecorded(String matterId, String feedbackId, int score, String comments, String channel, LocalDate recordedOn) {
}
