package com.lawfirm.events.matter;

/** A piece of work (任务) or a point the matter must reach (里程碑). */
public enum PlanItemKind {
    TASK, MILESTONE
}
