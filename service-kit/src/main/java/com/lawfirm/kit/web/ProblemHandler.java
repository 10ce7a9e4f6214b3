package com.lawfirm.kit.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.lawfirm.kit.problem.FieldError;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.problem.TemporarilyUnavailableException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import static com.lawfirm.kit.problem.Problems.INTERNAL_DETAIL;
import static com.lawfirm.kit.problem.Problems.problem;

/**
 * Every error as RFC 9457 problem+json. Bad input is a 4xx naming the field; a state conflict is 409; only a fault
 * of ours is a 500, and its body never carries internals.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message = "has the wrong type or form";
            if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                message = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
            } else if (mapping instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            }
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(field, message))));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                "The request body is not well-formed JSON.");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream().flatMap(ProblemHandler::fieldErrors).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /**
     * A request body's errors by its fields (as for {@code MethodArgumentNotValidException}); a parameter's, or a
     * whole body's, by the parameter's name.
     */
    private static Stream<FieldError> fieldErrors(ParameterValidationResult result) {
        String parameter = result.getMethodParameter().getParameterName();
        if (result instanceof ParameterErrors errors) {
            return Stream.concat(
                    errors.getFieldErrors().stream().map(e -> new FieldError(e.getField(), e.getDefaultMessage())),
                    errors.getGlobalErrors().stream().map(e -> new FieldError(parameter, e.getDefaultMessage())));
        }
        return result.getResolvableErrors().stream().map(error -> new FieldError(parameter, error.getDefaultMessage()));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception ex) {
        return status(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException ex) {
        return status(problem(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "Another change to the same record was made at the same time; read it again and retry."));
    }

    /** Its message carries the event's payload, which must not reach the response or the log. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException ex) {
        return status(problem(HttpStatus.CONFLICT, "already-exists", "Already exists",
                "A record with this identity already exists."));
    }

    @ExceptionHandler(TemporarilyUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(TemporarilyUnavailableException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "temporarily-unavailable", "Try again shortly", ex.getMessage()));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violation", "Not allowed now", ex.getMessage());
        problem.setProperty("rule", ex.rule());
        return status(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof InvalidFieldException e) {
            return invalidField(e);
        } else if (cause instanceof RuleViolationException e) {
            return ruleViolation(e);
        } else if (cause instanceof NotFoundException || cause instanceof AggregateNotFoundException) {
            return notFound((Exception) cause);
        } else if (cause instanceof ConcurrencyException e) {
            return concurrency(e);
        } else if (cause instanceof AggregateStreamCreationException e) {
            return alreadyExists(e);
        }
        return unexpected(ex);
    }

    /** A method-level role check failed: the same answer the filter chain gives. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        return status(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your roles do not allow this request."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("unexpected failure", ex);
        return status(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error", INTERNAL_DETAIL));
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> status(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
