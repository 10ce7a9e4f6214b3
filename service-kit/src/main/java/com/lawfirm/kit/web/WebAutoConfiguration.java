package com.lawfirm.kit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.lawfirm.kit.axon.ActingUserDispatchInterceptor;
import com.lawfirm.kit.security.RoleGuard;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.lang.NonNull;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;

/** The HTTP edge every service shares: problem+json errors, body limits, roles first, the acting user on commands. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties(WebProperties.class)
public class WebAutoConfiguration {

    @Bean
    public ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    /**
     * Requests Tomcat refuses itself are answered as problem+json too: its HTML report valve, and Spring Boot's copy of
     * it, give way to one that writes a problem. (Spring Boot's customizer adds its valve first: this one runs later.)
     */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ObjectMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // the host adds a valve of this class at its start unless it finds one
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            host.getPipeline().addValve(new ProblemErrorReportValve(json));
        });
    }

    /** Spring Boot's error controller stands back for it. */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    public FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebProperties limits, ObjectMapper json) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limits, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Before anything else: an anonymous flood costs no body reading, no token parsing. */
    @Bean
    public FilterRegistrationBean<OpenEndpointRateLimit> openEndpointRateLimit(WebProperties limits, ObjectMapper json) {
        FilterRegistrationBean<OpenEndpointRateLimit> registration =
                new FilterRegistrationBean<>(new OpenEndpointRateLimit(limits, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /**
     * JSON strings holding NUL in request bodies are refused as bad input, naming the field. Only the HTTP reader's
     * copy of the mapper is changed: events, envelopes and read models are read as they are.
     */
    @Bean
    public WebMvcConfigurer textWithoutNul() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(@NonNull java.util.List<HttpMessageConverter<?>> converters) {
                for (HttpMessageConverter<?> converter : converters) {
                    if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                        jackson.setObjectMapper(jackson.getObjectMapper().copy().registerModule(NulCharacters.jsonModule()));
                    }
                }
            }
        };
    }

    /** Query parameters holding NUL are refused before any handler runs, once the caller is known (401 first). */
    @Bean
    public FilterRegistrationBean<NulCharacters> nulCharacters(ObjectMapper json) {
        FilterRegistrationBean<NulCharacters> registration = new FilterRegistrationBean<>(new NulCharacters(json));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    /**
     * Axon interrupts a handler that runs past its time limit (a database that hangs); the interrupt flag must not
     * outlive the request on a pooled server thread, or the next request on it would fail for no reason of its own.
     */
    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> clearInterruptsAfterEachRequest() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                                            @NonNull FilterChain chain) throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } finally {
                    Thread.interrupted();
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Roles are checked before any body is read: 403 comes before 400. Then a command whose answer the caller would
     * refuse is refused before it runs: 406 before anything is written.
     */
    @Bean
    public WebMvcConfigurer roleGuard() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(@NonNull InterceptorRegistry registry) {
                registry.addInterceptor(new RoleGuard());
                registry.addInterceptor(new AcceptableAnswers());
            }
        };
    }

    @Bean
    public SmartInitializingSingleton actingUserOnCommands(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(new ActingUserDispatchInterceptor());
    }
}
