package com.lawfirm.events.intake;

/** What a data subject asks of the firm (PIPL arts. 45–47): a copy of their data, a correction, an erasure. */
public enum DataSubjectRequestKind { ACCESS, CORRECTION, ERASURE }
