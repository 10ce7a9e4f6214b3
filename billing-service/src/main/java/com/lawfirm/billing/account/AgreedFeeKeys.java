package com.lawfirm.billing.account;

import com.lawfirm.events.intake.FeeModel;

/**
 * How an invoice line names the agreed fee it bills, so each is billed once: {@code milestone:<name>} for a stage of
 * a staged fee, {@code fee:<MODEL>} for the fixed fee, the percentage of the amount in dispute or the contingency fee.
 * Work items are named by their ids, which never contain a colon.
 */
final class AgreedFeeKeys {

    private AgreedFeeKeys() {
    }

    static String milestone(String name) {
        return "milestone:" + name;
    }

    static String fee(FeeModel model) {
        return "fee:" + model.name();
    }

    static boolean isAgreedFee(String itemId) {
        return itemId != null && (itemId.startsWith("milestone:") || itemId.startsWith("fee:"));
    }
}
