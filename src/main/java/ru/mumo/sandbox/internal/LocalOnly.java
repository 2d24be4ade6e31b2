package ru.mumo.sandbox.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets through only requests that a person at this computer makes from the sandbox page itself. The server listens
 * on the loopback interface alone, but a web page open in the same browser could still reach it: by posting from
 * another site (its {@code Origin} is not the sandbox's own page) or by a DNS name of its own resolving to this
 * computer (its {@code Host} is not localhost). Either way the sandbox would let that page act as anyone.
 */
class LocalOnly extends OncePerRequestFilter {

    /** localhost, 127.0.0.1 or [::1], with or without a port. */
    private static final Pattern LOCAL_HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (allowed(request.getHeader("Host"), request.getHeader("Origin"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("The sandbox answers only its own page, opened at http://localhost.\n");
    }

    /** The host is this computer by name or address, and a request from a page comes from the sandbox's own. */
    static boolean allowed(String host, String origin) {
        if (host == null || !LOCAL_HOST.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        return origin == null || origin.equalsIgnoreCase("http://" + host);
    }
}
