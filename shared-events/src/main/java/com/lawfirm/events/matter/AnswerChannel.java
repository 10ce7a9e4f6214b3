package com.lawfirm.events.matter;

/** How a client gave an answer, which decides what the evidence reference points to. */
public enum AnswerChannel {
    WRITTEN, E_SIGNATURE, RECORDED_CALL
}
