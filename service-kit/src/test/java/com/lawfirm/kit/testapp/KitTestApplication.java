package com.lawfirm.kit.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the kit alone, so the kit's behaviour is tested without any domain. */
@SpringBootApplication
public class KitTestApplication {
}
