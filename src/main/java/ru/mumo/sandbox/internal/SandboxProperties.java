package ru.mumo.sandbox.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param port where the sandbox page listens, on the loopback interface only (0 picks a free port)
 */
@ConfigurationProperties("app.sandbox")
public record SandboxProperties(@DefaultValue("8080") int port) {
}
