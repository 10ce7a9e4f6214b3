package com.lawfirm.events.matter;

/** A place on a matter's team. */
public enum TeamRole {
    /** 主办律师 */
    LEAD_LAWYER,
    /** 负责合伙人 */
    RESPONSIBLE_PARTNER,
    /** 协办律师 or assistant */
    MEMBER,
    /** the team's named internal contact for the client (内部联系人) */
    INTERNAL_CONTACT
}
