package com.lawfirm.kit.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.kit.privacy.PersonalDataSerializer;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** The auditors' endpoints in every service, and the daily digest of the event chains. */
@AutoConfiguration
@EnableScheduling
public class AuditAutoConfiguration {

    @Bean
    public ChainVerifier chainVerifier(JdbcTemplate jdbc) {
        return new ChainVerifier(jdbc);
    }

    @Bean
    public ChainDigests chainDigests(JdbcTemplate jdbc, Clock clock) {
        return new ChainDigests(jdbc, clock);
    }

    @Bean
    public StateReplay stateReplay(Configuration axon, EventStore events, ObjectMapper json) {
        return new StateReplay(axon, events, json);
    }

    @Bean
    public AuditController auditController(JdbcTemplate jdbc, ObjectMapper json, ChainVerifier verifier,
                                           ChainDigests digests, StateReplay replay,
                                           @Qualifier("eventSerializer") Serializer eventSerializer) {
        AuditController.PayloadReader payloads = eventSerializer instanceof PersonalDataSerializer personal
                ? personal::revealed : (type, revision, payload) -> payload;
        return new AuditController(jdbc, json, verifier, digests, replay, payloads);
    }
}
