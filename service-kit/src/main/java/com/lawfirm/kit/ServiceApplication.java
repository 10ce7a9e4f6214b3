package com.lawfirm.kit;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts a service with its own configuration file ({@code <service>-service.yml}), so that several services can
 * share a class path (the end-to-end tests run them in one JVM) without reading each other's settings.
 */
public final class ServiceApplication {

    private ServiceApplication() {
    }

    public static SpringApplicationBuilder builder(Class<?> application, String service) {
        // Axon's update checker would call the internet from every service; this product never wants it
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new SpringApplicationBuilder(application)
                .properties("spring.config.name=" + service + "-service", "lawfirm.service.name=" + service);
    }
}
