package com.lawfirm.kit.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.NonNull;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A command whose answer the caller would refuse is refused before it runs. Spring MVC chooses the answer's type only
 * once the handler has returned: a POST asking for XML registered the client, then answered 406, and a caller seeing
 * a failure sends the command again. Answers are JSON unless a mapping declares its types (Spring MVC then negotiates
 * before the handler); reads change nothing, and the error page answers whatever the failed request asked for.
 */
class AcceptableAnswers implements HandlerInterceptor {

    private static final Set<String> READS = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
            HttpMethod.OPTIONS.name());
    /** What the JSON converter writes: JSON, problems, and the structured {@code +json} types. */
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON,
            new MediaType("application", "*+json"));

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) throws HttpMediaTypeNotAcceptableException {
        if (request.getDispatcherType() != DispatcherType.REQUEST || READS.contains(request.getMethod())
                || !(handler instanceof HandlerMethod method) || writesNoBody(method)
                || request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null) {
            return true;
        }
        // every Accept header, as Spring MVC reads them
        String accept = String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        if (accept.isBlank()) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Could not parse 'Accept' header [" + accept + "]");
        }
        if (accepted.stream().anyMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith))) {
            return true;
        }
        throw new HttpMediaTypeNotAcceptableException(ANSWERS);
    }

    /** No body, so nothing to negotiate: {@code void}, or a {@code ResponseEntity<Void>}. */
    private static boolean writesNoBody(HandlerMethod method) {
        if (method.isVoid()) {
            return true;
        }
        ResolvableType type = ResolvableType.forMethodReturnType(method.getMethod());
        return ResponseEntity.class.isAssignableFrom(type.toClass()) && type.resolveGeneric(0) == Void.class;
    }
}
