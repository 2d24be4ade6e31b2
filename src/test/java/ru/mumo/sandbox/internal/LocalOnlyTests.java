package ru.mumo.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalOnlyTests {

    @Test
    void thisComputerByNameOrAddressWithOrWithoutAPort() {
        assertThat(LocalOnly.allowed("localhost:8080", null)).isTrue();
        assertThat(LocalOnly.allowed("LocalHost", null)).isTrue();
        assertThat(LocalOnly.allowed("127.0.0.1:18080", null)).isTrue();
        assertThat(LocalOnly.allowed("[::1]:8080", null)).isTrue();
    }

    @Test
    void anyOtherHostIsRefusedAsADnsNameOfAnotherSiteMayPointHere() {
        assertThat(LocalOnly.allowed("evil.example:8080", null)).isFalse();
        assertThat(LocalOnly.allowed("localhost.evil.example:8080", null)).isFalse();
        assertThat(LocalOnly.allowed("127.0.0.2:8080", null)).isFalse();
        assertThat(LocalOnly.allowed("192.168.1.5:8080", null)).isFalse();
        assertThat(LocalOnly.allowed("localhost:8080@evil", null)).isFalse();
        assertThat(LocalOnly.allowed(null, null)).isFalse();
    }

    @Test
    void aPageMayCallOnlyFromTheSandboxsOwnPage() {
        assertThat(LocalOnly.allowed("localhost:8080", "http://localhost:8080")).isTrue();
        assertThat(LocalOnly.allowed("localhost:8080", "https://evil.example")).isFalse();
        assertThat(LocalOnly.allowed("localhost:8080", "http://localhost:9090")).isFalse();
        assertThat(LocalOnly.allowed("localhost:8080", "http://127.0.0.1:8080")).isFalse();
        assertThat(LocalOnly.allowed("localhost:8080", "null")).isFalse();
    }
}
