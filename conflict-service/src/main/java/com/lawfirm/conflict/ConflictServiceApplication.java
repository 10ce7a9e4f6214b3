package com.lawfirm.conflict;

import com.lawfirm.events.conflict.ConflictCheckCompletedPathUpcaster;
import com.lawfirm.events.conflict.ConflictCheckCompletedProspectUpcaster;
import com.lawfirm.events.conflict.ConflictCheckCompletedUpcaster;
import com.lawfirm.events.conflict.PotentialConflictDiscoveredUpcaster;
import com.lawfirm.kit.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/** The party graph built from every event of the firm, the conflict search, and conflict checks with decisions. */
@SpringBootApplication
public class ConflictServiceApplication {

    public static final String SERVICE = "conflict";

    /** Checks completed before absolute conflicts and hit matters' dates were frozen are read with none. */
    @Bean
    @Order(1)
    ConflictCheckCompletedUpcaster conflictCheckCompletedUpcaster() {
        return new ConflictCheckCompletedUpcaster();
    }

    /** Then, checks completed before a hit named the inquiry whose prospect it is on are read with none. */
    @Bean
    @Order(2)
    ConflictCheckCompletedProspectUpcaster conflictCheckCompletedProspectUpcaster() {
        return new ConflictCheckCompletedProspectUpcaster();
    }

    /** Last, an affiliate hit's path of sentences is read as steps with no names apart. */
    @Bean
    @Order(3)
    ConflictCheckCompletedPathUpcaster conflictCheckCompletedPathUpcaster() {
        return new ConflictCheckCompletedPathUpcaster();
    }

    /** Potential conflicts found before their names were sealed are read with no subject, their path as sentences. */
    @Bean
    PotentialConflictDiscoveredUpcaster potentialConflictDiscoveredUpcaster() {
        return new PotentialConflictDiscoveredUpcaster();
    }

    public static void main(String[] args) {
        ServiceApplication.builder(ConflictServiceApplication.class, SERVICE).run(args);
    }
}
