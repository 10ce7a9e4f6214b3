package com.lawfirm.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.lang.NonNull;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.List;
import java.util.Set;

/**
 * A command whose answer the caller would refuse is refused before it runs. Spring MVC chooses the answer's type only
 * once the handler has returned: a POST asking for XML registered the client, then answered 406, and a caller seeing
 * a failure sends the command again. Answers are JSON unless a mapping declares its types (it then negotiates before
 * the handler, as Spring MVC does); reads change nothing and are left to Spring MVC.
 */
class AcceptableAnswers implements HandlerInterceptor {

    private static final Set<String> READS = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
            HttpMethod.OPTIONS.name());
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod method) || READS.contains(request.getMethod())
                || method.isVoid() || declaresItsTypes(method)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
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

    private static boolean declaresItsTypes(HandlerMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        return mapping != null && mapping.produces().length > 0;
    }
}
