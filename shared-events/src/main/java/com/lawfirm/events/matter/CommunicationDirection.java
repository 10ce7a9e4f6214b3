package com.lawfirm.events.matter;

/** Whether the firm received the communication or sent it. */
public enum CommunicationDirection {
    INBOUND, OUTBOUND
}
