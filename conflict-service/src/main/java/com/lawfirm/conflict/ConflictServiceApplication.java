package com.lawfirm.conflict;

import com.lawfirm.events.conflict.ConflictCheckCompletedUpcaster;
import com.lawfirm.kit.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The party graph built from every event of the firm, the conflict search, and conflict checks with decisions. */
@SpringBootApplication
public class ConflictServiceApplication {

    public static final String SERVICE = "conflict";

    /** Checks completed before absolute conflicts and hit matters' dates were frozen are read with none. */
    @Bean
    ConflictCheckCompletedUpcaster conflictCheckCompletedUpcaster() {
        return new ConflictCheckCompletedUpcaster();
    }

    public static void main(String[] args) {
        ServiceApplication.builder(ConflictServiceApplication.class, SERVICE).run(args);
    }
}
