package com.lawfirm.events.matter;

/** A random spot check (抽查) or a review at a set checkpoint of the matter (节点检查). */
public enum QualityReviewKind {
    SPOT_CHECK, CHECKPOINT
}
