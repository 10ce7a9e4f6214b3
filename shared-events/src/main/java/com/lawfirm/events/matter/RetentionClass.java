package com.lawfirm.events.matter;

/** How long an archived file is kept (永久 / 长期 / 短期). */
public enum RetentionClass {
    PERMANENT, LONG, SHORT
}
