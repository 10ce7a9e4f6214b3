package com.lawfirm.conflict;

import com.lawfirm.kit.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The party graph built from every event of the firm, the conflict search, and conflict checks with decisions. */
@SpringBootApplication
public class ConflictServiceApplication {

    public static final String SERVICE = "conflict";

    public static void main(String[] args) {
        ServiceApplication.builder(ConflictServiceApplication.class, SERVICE).run(args);
    }
}
