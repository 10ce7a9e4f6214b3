package com.lawfirm.kit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Rate limits what anyone may call without logging in (health, info, metrics, the API description, and any request
 * that carries no token): a token bucket per client address, answered 429 problem+json with Retry-After when empty.
 * Requests with a bearer token are the security chain's business and pass untouched.
 */
public class OpenEndpointRateLimit extends OncePerRequestFilter {

    static final List<String> OPEN = List.of("/actuator/", "/v3/api-docs", "/swagger-ui");
    /** Past this many addresses, idle ones are forgotten: a flood of addresses cannot grow memory without end. */
    private static final int MAX_ADDRESSES = 10_000;

    private final double perSecond;
    private final double burst;
    private final ObjectMapper json;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public OpenEndpointRateLimit(WebProperties limits, ObjectMapper json) {
        this(limits.openRequestsPerSecond(), limits.openRequestsBurst(), json, System::nanoTime);
    }

    OpenEndpointRateLimit(double perSecond, double burst, ObjectMapper json, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.json = json;
        this.nanoTime = nanoTime;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        // what looks like a bearer JWT goes to the security chain; anything else is as good as no token
        boolean anonymous = authorization == null || !authorization.startsWith("Bearer ")
                || authorization.chars().filter(c -> c == '.').count() != 2;
        String path = request.getRequestURI();
        return !anonymous && OPEN.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (take(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "Too many requests without logging in from this address; try again shortly.");
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf((long) Math.ceil(1 / perSecond)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    boolean take(String address) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_ADDRESSES) {
            // full buckets say nothing: forget them; a flood of fresh addresses starts the table over rather than grow it
            long refill = (long) (burst / perSecond * 1e9);
            buckets.values().removeIf(bucket -> now - bucket.at > refill);
            if (buckets.size() > MAX_ADDRESSES) {
                buckets.clear();
            }
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
            bucket.at = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }
}
