package com.lawfirm.matter.casefile;

/** Where a matter is in its life: open for work, closed (结案) awaiting the archive, archived and read-only. */
public enum MatterStatus {
    OPEN, CLOSED, ARCHIVED
}
