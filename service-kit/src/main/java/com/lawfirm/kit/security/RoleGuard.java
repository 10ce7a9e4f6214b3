package com.lawfirm.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.lang.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an endpoint's declared roles before its body is read or validated, so a caller without the role learns
 * nothing about the body's rules (403 before 400). The method's own {@code @PreAuthorize} still applies afterwards.
 */
public class RoleGuard implements HandlerInterceptor {

    private record Endpoint(Class<?> type, Method method) {
    }

    /** An endpoint's roles never change: read from its annotations once. */
    private final Map<Endpoint, List<String>> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) {
        if (handler instanceof HandlerMethod method) {
            List<String> roles = declared.computeIfAbsent(new Endpoint(method.getBeanType(), method.getMethod()),
                    endpoint -> RequiredRoles.of(method).orElse(List.of()));
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (!roles.isEmpty() && caller != null && caller.getAuthorities().stream()
                    .noneMatch(a -> roles.contains(role(a.getAuthority())))) {
                throw new AccessDeniedException("this endpoint needs one of the roles " + roles);
            }
        }
        return true;
    }

    private static String role(String authority) {
        return authority.startsWith("ROLE_") ? authority.substring("ROLE_".length()) : authority;
    }
}
