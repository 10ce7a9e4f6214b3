package com.lawfirm.matter;

import com.lawfirm.events.matter.ClientReferralRecordedUpcaster;
import com.lawfirm.events.matter.MatterOpenedUpcaster;
import com.lawfirm.events.matter.StaffMemberJoinedUpcaster;
import com.lawfirm.kit.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Matters from registration to archive: team, work plan, reports, authorisations, materials, quality, closing. */
@SpringBootApplication
@EnableConfigurationProperties(MatterProperties.class)
public class MatterServiceApplication {

    public static final String SERVICE = "matter";

    /** Staff members who joined before logins existed are read with none. */
    @Bean
    StaffMemberJoinedUpcaster staffMemberJoinedUpcaster() {
        return new StaffMemberJoinedUpcaster();
    }

    /** Matters opened before the amount in dispute was recorded are read with none. */
    @Bean
    MatterOpenedUpcaster matterOpenedUpcaster() {
        return new MatterOpenedUpcaster();
    }

    /** Referrals recorded before they named the inquiry they open are read with the id intake gave it. */
    @Bean
    ClientReferralRecordedUpcaster clientReferralRecordedUpcaster() {
        return new ClientReferralRecordedUpcaster();
    }

    public static void main(String[] args) {
        ServiceApplication.builder(MatterServiceApplication.class, SERVICE).run(args);
    }
}
