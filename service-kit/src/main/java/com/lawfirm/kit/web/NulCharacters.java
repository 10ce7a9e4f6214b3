package com.lawfirm.kit.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.lawfirm.kit.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The NUL character is no part of any name, document or note, and PostgreSQL refuses it in text: a body holding one
 * in a string is refused by JSON reading (400 naming the field), and a query parameter holding one by this filter,
 * before anything is written or searched.
 */
public final class NulCharacters extends OncePerRequestFilter {

    private final ObjectMapper json;

    public NulCharacters(ObjectMapper json) {
        this.json = json;
    }

    /** JSON strings without NUL: any other string is a 400 naming its field. */
    public static SimpleModule jsonModule() {
        return new SimpleModule("text-without-nul").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                if (text != null && text.indexOf('\u0000') >= 0) {
                    throw InvalidFormatException.from(parser, "text must not contain the NUL character", text, String.class);
                }
                return text;
            }
        });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> refused = request.getParameterMap().entrySet().stream()
                .filter(p -> Arrays.stream(p.getValue()).anyMatch(v -> v.indexOf('\u0000') >= 0))
                .map(java.util.Map.Entry::getKey).toList();
        if (refused.isEmpty() && request.getRequestURI().indexOf('\u0000') < 0) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "The NUL character is not allowed" + (refused.isEmpty() ? "." : " in " + String.join(", ", refused) + "."));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
