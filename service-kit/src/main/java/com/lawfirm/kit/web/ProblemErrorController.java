package com.lawfirm.kit.web;

import com.lawfirm.kit.problem.Problems;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The servlet container's error page, for a failure outside Spring MVC (a filter, the container itself), as
 * problem+json like every other error, in place of Spring Boot's own body. Asked for directly, it is a page that does
 * not exist: 404, where Spring Boot answered 500 with a status of 999.
 */
@Hidden // the container's page, not an operation of the API
@RestController
class ProblemErrorController implements ErrorController {

    // no "produces": the answer's type is set below, whatever the failed request accepted
    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 0;
        ProblemDetail problem = status < 400 || status > 599
                ? Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such resource.")
                : Problems.forStatus(status, null);
        problem.setInstance(instance(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The request that failed, not the error page; none when its path is no valid URI (often why it failed). */
    private static URI instance(Object path) {
        try {
            return path instanceof String failed ? new URI(failed) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
