package com.lawfirm.kit.scaling;

/** Looks soon for the read models' rebuilds that no live instance runs, and takes them up. */
public interface RebuildLookout {

    void lookSoon();
}
