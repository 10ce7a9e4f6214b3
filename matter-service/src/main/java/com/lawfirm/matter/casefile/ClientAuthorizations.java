package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.AuthorizationDecision;
import com.lawfirm.events.matter.AuthorizedActionRecorded;
import com.lawfirm.events.matter.ClientAuthorizationAnswered;
import com.lawfirm.events.matter.ClientAuthorizationRequested;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.matter.casefile.MatterCommands.RecordAuthorizationAnswer;
import com.lawfirm.matter.casefile.MatterCommands.RecordAuthorizedAction;
import com.lawfirm.matter.casefile.MatterCommands.RequestAuthorization;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The client's authorisations (客户确认). A decision that belongs to the client (a settlement, withdrawing a claim, ...)
 * is recorded as taken only against an approved authorisation for it, and each approval covers one action.
 */
class ClientAuthorizations {

    private enum Answer { PENDING, APPROVED, DECLINED, USED }

    private record Request(AuthorizationDecision decision, List<String> options, Answer answer) {

        Request answered(Answer newAnswer) {
            return new Request(decision, options, newAnswer);
        }
    }

    private final Map<String, Request> requests = new LinkedHashMap<>();

    @CommandHandler
    void handle(RequestAuthorization command) {
        if (!requests.containsKey(command.authorizationId())) {
            apply(new ClientAuthorizationRequested(command.matterId(), command.authorizationId(), command.decision(),
                    command.question(), command.options() == null ? List.of() : List.copyOf(command.options()),
                    command.recommendation(), command.requestedBy(), command.requestedOn()));
        }
    }

    @CommandHandler
    void handle(RecordAuthorizationAnswer command) {
        Request request = requests.get(command.authorizationId());
        if (request == null) {
            throw new RuleViolationException("authorization-unknown", "no authorisation " + command.authorizationId()
                    + " was requested on this matter");
        }
        if (request.answer() != Answer.PENDING) {
            throw new RuleViolationException("authorization-answered", "the client has already answered");
        }
        if (command.approved() && !request.options().isEmpty() && !request.options().contains(command.chosenOption())) {
            throw new InvalidFieldException("chosenOption", "must be one of the options put to the client");
        }
        apply(new ClientAuthorizationAnswered(command.matterId(), command.authorizationId(), command.approved(),
                command.chosenOption(), command.channel(), command.evidenceReference(), command.answeredOn()));
    }

    @CommandHandler
    void handle(RecordAuthorizedAction command) {
        String id = command.authorizationId() != null ? command.authorizationId() : requests.entrySet().stream()
                .filter(e -> e.getValue().decision() == command.decision() && e.getValue().answer() == Answer.APPROVED)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        Request request = id == null ? null : requests.get(id);
        if (request == null || request.decision() != command.decision()) {
            throw new RuleViolationException("authorization-required", "no client authorisation for "
                    + command.decision() + " was requested; the action cannot be recorded");
        }
        if (request.answer() != Answer.APPROVED) {
            throw new RuleViolationException("authorization-" + request.answer().name().toLowerCase(),
                    "the client's authorisation for " + command.decision() + " is " + request.answer().name().toLowerCase()
                            + "; the action cannot be recorded");
        }
        apply(new AuthorizedActionRecorded(command.matterId(), id, command.decision(), command.description(),
                command.takenOn()));
    }

    @EventSourcingHandler
    void on(ClientAuthorizationRequested event) {
        requests.put(event.authorizationId(), new Request(event.decision(), event.options(), Answer.PENDING));
    }

    @EventSourcingHandler
    void on(ClientAuthorizationAnswered event) {
        requests.computeIfPresent(event.authorizationId(),
                (id, request) -> request.answered(event.approved() ? Answer.APPROVED : Answer.DECLINED));
    }

    @EventSourcingHandler
    void on(AuthorizedActionRecorded event) {
        requests.computeIfPresent(event.authorizationId(), (id, request) -> request.answered(Answer.USED));
    }
}
