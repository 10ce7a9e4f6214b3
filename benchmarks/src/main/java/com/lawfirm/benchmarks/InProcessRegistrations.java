package com.lawfirm.benchmarks;

import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.axon.EventMetadataProvider;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Clients registered by sending intake's command straight to its command bus in this JVM, past Tomcat, Spring MVC,
 * Spring Security and JSON: the same aggregate, event, chain link, key and read models, so the difference to the HTTP
 * slice is what the web stack costs a command. A diagnostic, not a way in: the command is package-private to intake,
 * so it is made here by reflection.
 */
final class InProcessRegistrations {

    private static final String REGISTER_CLIENT = "com.lawfirm.intake.client.ClientCommands$RegisterClient";

    private final CommandGateway commands;
    private final Constructor<?> registerClient;

    InProcessRegistrations(ConfigurableApplicationContext intake) throws ReflectiveOperationException {
        this.commands = intake.getBean(CommandGateway.class);
        this.registerClient = Class.forName(REGISTER_CLIENT).getDeclaredConstructors()[0];
        registerClient.setAccessible(true);
    }

    boolean register(String name) {
        try {
            // as the controller makes it from {"kind":"ORGANIZATION","name":...}, the acting user as its metadata
            Object command = registerClient.newInstance(UUID.randomUUID().toString(), PartyKind.ORGANIZATION, name,
                    List.of(), List.of(), List.of(), List.of(), null, null, null, null);
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(EventMetadataProvider.USER_ID, "bench")));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
