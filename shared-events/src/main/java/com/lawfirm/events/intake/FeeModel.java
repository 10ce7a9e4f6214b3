package com.lawfirm.events.intake;

/** The ways a fee can be charged; a quote may mix them (计件, 计时, 分阶段, 按标的额比例, 风险代理). */
public enum FeeModel { FIXED, HOURLY, STAGED, PERCENTAGE_OF_DISPUTE, CONTINGENCY }
