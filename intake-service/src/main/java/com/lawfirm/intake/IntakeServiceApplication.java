package com.lawfirm.intake;

import com.lawfirm.kit.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Client registry, inquiries from first contact to accepted proposal, and the engagement contract. */
@SpringBootApplication
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeServiceApplication {

    public static final String SERVICE = "intake";

    public static void main(String[] args) {
        ServiceApplication.builder(IntakeServiceApplication.class, SERVICE).run(args);
    }
}
