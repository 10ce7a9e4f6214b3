package com.lawfirm.events.intake;

/**
 * The kind of matter. It decides the matter number's area code and which fee rules apply: Chinese rules ban
 * contingency fees for several of these (criminal, administrative, state compensation, group actions, and the
 * listed claims about family, social security and labour).
 */
public enum MatterType {
    CIVIL_LITIGATION("LIT"),
    COMMERCIAL_ARBITRATION("ARB"),
    CORPORATE("CORP"),
    INTELLECTUAL_PROPERTY("IP"),
    CRIMINAL("CRIM"),
    ADMINISTRATIVE("ADM"),
    STATE_COMPENSATION("SC"),
    GROUP_ACTION("GRP"),
    MARRIAGE_INHERITANCE("FAM"),
    SOCIAL_INSURANCE("SOC"),
    MINIMUM_LIVING_ALLOWANCE("SOC"),
    MAINTENANCE_SUPPORT("FAM"),
    PENSION_RELIEF("SOC"),
    WORK_INJURY("LAB"),
    LABOUR_REMUNERATION("LAB"),
    NON_LITIGATION("NL"),
    OTHER("GEN");

    private final String areaCode;

    MatterType(String areaCode) {
        this.areaCode = areaCode;
    }

    /** The practice area's code in matter numbers, e.g. LIT in 2026-LIT-0042. */
    public String areaCode() {
        return areaCode;
    }
}
