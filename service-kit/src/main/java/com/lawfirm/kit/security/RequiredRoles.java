package com.lawfirm.kit.security;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles an endpoint declares in its {@code @PreAuthorize("hasRole(..)")} or {@code hasAnyRole(..)}, on the
 * method or else its class. Read by the role guard (before any body is read) and written into the OpenAPI document.
 */
public final class RequiredRoles {

    private static final Pattern ROLE_CHECK = Pattern.compile("^\\s*has(?:Any)?Role\\(([^)]*)\\)\\s*$");
    private static final Pattern QUOTED = Pattern.compile("'([A-Z_]+)'");

    private RequiredRoles() {
    }

    /** The roles, or empty when the endpoint declares none or in a form other than a plain role check. */
    public static Optional<List<String>> of(HandlerMethod handler) {
        PreAuthorize declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (declared == null) {
            declared = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (declared == null) {
            return Optional.empty();
        }
        Matcher check = ROLE_CHECK.matcher(declared.value());
        if (!check.matches()) {
            return Optional.empty();
        }
        List<String> roles = new ArrayList<>();
        Matcher role = QUOTED.matcher(check.group(1));
        while (role.find()) {
            roles.add(role.group(1));
        }
        return Optional.of(List.copyOf(roles));
    }
}
