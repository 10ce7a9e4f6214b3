package com.lawfirm.intake;

import com.lawfirm.events.intake.DataSubjectRequestAnsweredUpcaster;
import com.lawfirm.events.intake.DataSubjectRequestReceivedUpcaster;
import com.lawfirm.kit.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Client registry, inquiries from first contact to accepted proposal, and the engagement contract. */
@SpringBootApplication
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeServiceApplication {

    public static final String SERVICE = "intake";

    /** Data subjects' requests recorded before prospects could make one are read as clients' (no inquiry). */
    @Bean
    DataSubjectRequestReceivedUpcaster dataSubjectRequestReceivedUpcaster() {
        return new DataSubjectRequestReceivedUpcaster();
    }

    @Bean
    DataSubjectRequestAnsweredUpcaster dataSubjectRequestAnsweredUpcaster() {
        return new DataSubjectRequestAnsweredUpcaster();
    }

    public static void main(String[] args) {
        ServiceApplication.builder(IntakeServiceApplication.class, SERVICE).run(args);
    }
}
