package com.lawfirm.kit.web;

import com.lawfirm.kit.ServiceProperties;
import com.lawfirm.kit.security.RequiredRoles;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Every service describes its API at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}), with the
 * bearer token every {@code /api} call needs.
 */
@AutoConfiguration
@EnableConfigurationProperties(ServiceProperties.class)
public class OpenApiAutoConfiguration {

    private static final String BEARER = "bearer-jwt";

    @Bean
    public OpenAPI serviceApi(ServiceProperties service) {
        return new OpenAPI()
                .info(new Info().title(service.name() + "-service API").version("1")
                        .description("Law firm client lifecycle suite: the " + service.name() + " service. Errors are "
                                + "application/problem+json (RFC 9457); every /api call needs a bearer token with a role."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Each operation names the roles it needs ({@code x-required-roles}), which the security matrix test reads. */
    @Bean
    public OperationCustomizer requiredRoles() {
        return (operation, handler) -> {
            RequiredRoles.of(handler).ifPresent(roles -> {
                operation.addExtension("x-required-roles", roles);
                operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + " ")
                        + "Roles: " + String.join(", ", roles) + ".");
            });
            return operation;
        };
    }
}
