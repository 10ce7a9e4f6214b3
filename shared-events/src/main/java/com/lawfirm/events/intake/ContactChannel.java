package com.lawfirm.events.intake;

/** How a contact with a prospect took place. */
public enum ContactChannel { PHONE, EMAIL, MEETING, VIDEO_CALL, MESSENGER, OTHER }
