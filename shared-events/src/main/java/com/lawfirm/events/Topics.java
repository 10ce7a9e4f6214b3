package com.lawfirm.events;

import java.util.List;

/** Kafka topic of each service's events: {@code lawfirm.<service>.events}, keyed by aggregate id. */
public final class Topics {

    public static final String INTAKE = "lawfirm.intake.events";
    public static final String CONFLICT = "lawfirm.conflict.events";
    public static final String MATTER = "lawfirm.matter.events";
    public static final String BILLING = "lawfirm.billing.events";
    public static final String NOTIFICATION = "lawfirm.notification.events";

    public static final List<String> ALL = List.of(INTAKE, CONFLICT, MATTER, BILLING, NOTIFICATION);

    private Topics() {
    }

    public static String of(String service) {
        return "lawfirm." + service + ".events";
    }
}
