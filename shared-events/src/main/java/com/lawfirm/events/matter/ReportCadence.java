package com.lawfirm.events.matter;

/** How often progress reports are due. */
public enum ReportCadence {
    WEEKLY, MONTHLY, CUSTOM
}
