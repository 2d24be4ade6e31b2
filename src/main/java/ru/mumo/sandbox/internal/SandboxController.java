package ru.mumo.sandbox.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mumo.emulator.BotMessage;
import ru.mumo.shared.Language;

/**
 * The sandbox page's JSON API: the phones' state, typing, pressing, the clock, the demo. Exists only in the
 * sandbox, whose server listens on the loopback interface alone: the sandbox lets anyone at the keyboard act as
 * any person, so it must never be reachable from the network.
 */
@RestController
@RequestMapping("/sandbox/api")
@ConditionalOnProperty(name = "app.sandbox.enabled", havingValue = "true")
class SandboxController {

    private static final Logger log = LoggerFactory.getLogger(SandboxController.class);

    private final SandboxApi api;

    SandboxController(SandboxApi api) {
        this.api = api;
    }

    record Typed(long user, String text) {
    }

    record Pressed(long user, long message, String data) {
    }

    /** Either {@code shift} (an ISO duration) or {@code to} (a local date and time). */
    record ClockMove(String shift, String to) {
    }

    @GetMapping("/state")
    ResponseEntity<Map<String, Object>> state(@RequestParam(defaultValue = "ru") String lang) {
        return fresh(api.state(language(lang)));
    }

    @GetMapping("/texts")
    ResponseEntity<Map<String, String>> texts(@RequestParam(defaultValue = "ru") String lang) {
        return fresh(api.texts(language(lang)));
    }

    @GetMapping("/file")
    ResponseEntity<byte[]> file(@RequestParam long chat, @RequestParam long message) {
        BotMessage.Document document = api.document(chat, message);
        return ResponseEntity.ok()
                .contentType(document.mimeType() == null ? MediaType.APPLICATION_OCTET_STREAM
                        : MediaType.parseMediaType(document.mimeType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .body(document.bytes());
    }

    @PostMapping("/send")
    ResponseEntity<Map<String, Object>> send(@RequestBody Typed typed) {
        api.send(typed.user(), typed.text());
        return fresh(Map.of("ok", true));
    }

    @PostMapping("/press")
    ResponseEntity<Map<String, Object>> press(@RequestBody Pressed pressed) {
        api.press(pressed.user(), pressed.message(), pressed.data());
        return fresh(Map.of("ok", true));
    }

    @PostMapping("/clock")
    ResponseEntity<Map<String, Object>> clock(@RequestBody ClockMove move) {
        if (move.shift() != null) {
            api.shiftClock(Duration.parse(move.shift()));
        } else {
            api.moveClockTo(LocalDateTime.parse(String.valueOf(move.to())));
        }
        return fresh(Map.of("ok", true));
    }

    @PostMapping("/demo")
    ResponseEntity<Map<String, Object>> demo() {
        return fresh(Map.of("started", api.startDemo()));
    }

    @ExceptionHandler({IllegalArgumentException.class, DateTimeException.class})
    ResponseEntity<Map<String, Object>> badRequest(RuntimeException e) {
        return ResponseEntity.badRequest().cacheControl(CacheControl.noStore())
                .body(Map.of("error", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> failed(RuntimeException e) {
        log.warn("Sandbox request failed", e);
        return ResponseEntity.internalServerError().cacheControl(CacheControl.noStore())
                .body(Map.of("error", String.valueOf(e.getMessage())));
    }

    private static Language language(String lang) {
        return "en".equals(lang) ? Language.EN : Language.RU;
    }

    private static <T> ResponseEntity<T> fresh(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
