package com.lawfirm.events.matter;

/** Why a wall stands: a conflict waiver that requires one (code of conduct art. 53), or a manual decision. */
public enum WallSource {
    CONFLICT_WAIVER, MANUAL
}
