package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.CommunicationLogged;
import com.lawfirm.events.matter.DocumentFiled;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.matter.casefile.MatterCommands.FileDocument;
import com.lawfirm.matter.casefile.MatterCommands.LogCommunication;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The client file (客户信息建档): documents with the hash of their content, so a stored copy can always be checked
 * against what was filed, and the log of communications. The same content filed twice is one document.
 */
class ClientFile {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private final Set<String> documents = new HashSet<>();
    private final Set<String> hashes = new HashSet<>();
    private final Set<String> communications = new HashSet<>();

    @CommandHandler
    void handle(FileDocument command) {
        String hash = command.contentHash().toLowerCase(Locale.ROOT);
        if (!SHA_256.matcher(hash).matches()) {
            throw new InvalidFieldException("contentHash", "must be the SHA-256 of the content, as 64 hex digits");
        }
        if (!documents.contains(command.documentId()) && !hashes.contains(hash)) {
            apply(new DocumentFiled(command.matterId(), command.documentId(), command.kind(), command.title(), hash,
                    command.storageUri(), command.sizeBytes(), command.filedBy(), command.filedOn()));
        }
    }

    @CommandHandler
    void handle(LogCommunication command) {
        if (!communications.contains(command.communicationId())) {
            apply(new CommunicationLogged(command.matterId(), command.communicationId(), command.channel(),
                    command.direction(), command.counterpart(), command.summary(), command.at(), command.loggedBy()));
        }
    }

    @EventSourcingHandler
    void on(DocumentFiled event) {
        documents.add(event.documentId());
        hashes.add(event.contentHash());
    }

    @EventSourcingHandler
    void on(CommunicationLogged event) {
        communications.add(event.communicationId());
    }
}
