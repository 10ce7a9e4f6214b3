package com.lawfirm.kit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.kit.problem.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Every endpoint needs a JWT (resource server; issuer, JWKS or public key from the standard
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties). Roles come from the token's {@code roles}
 * claim as {@code ROLE_<name>}; endpoints declare the roles they need with {@code @PreAuthorize}. Only health,
 * info, metrics and the API description are open.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@EnableMethodSecurity
public class ApiSecurityAutoConfiguration {

    public static final String ROLES_CLAIM = "roles";

    /** The strict firewall (Spring Security's default), with its character rules as loops instead of expressions. */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    public StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::assignedAndNotControl);
        firewall.setAllowedHeaderValues(FirewallCharacters::headerValue);
        firewall.setAllowedParameterNames(FirewallCharacters::assignedAndNotControl);
        return firewall;
    }

    /**
     * No observations of the security chain: with them every filter of the chain, the authentication and each
     * authorization are wrapped in one on every request (turning their observations off by name leaves the wrappers),
     * and the request's own metric ({@code http.server.requests}) already times the whole of it.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Found by the resource server's configuration as the one resolver in the context; a service may bring its own. */
    @Bean
    @ConditionalOnMissingBean(BearerTokenResolver.class)
    public BearerTokenResolver bearerTokens() {
        return new BearerTokens();
    }

    @Bean
    public static BeanPostProcessor verifiedTokens() {
        return VerifiedTokens.wrapping(Clock.systemUTC());
    }

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens are not sessions: Spring Security's default POST /logout would redirect to a login page
                // no service has
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(ApiSecurityAutoConfiguration::authentication))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                                    "A valid bearer token is required.");
                        })
                        .accessDeniedHandler((request, response, e) -> write(response, json, HttpStatus.FORBIDDEN,
                                "forbidden", "Forbidden", "Your roles do not allow this request.")))
                .exceptionHandling(ex -> ex
                        .accessDeniedHandler((request, response, e) -> write(response, json, HttpStatus.FORBIDDEN,
                                "forbidden", "Forbidden", "Your roles do not allow this request.")))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }

    static AbstractAuthenticationToken authentication(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, roles(jwt), jwt.getSubject());
    }

    static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> roles = jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : List.of();
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    private static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String type,
                              String title, String detail) throws IOException {
        ProblemDetail problem = Problems.problem(status, type, title, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
