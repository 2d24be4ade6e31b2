package ru.mumo.sandbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import ru.mumo.emulator.TestUser;

/**
 * The people of the sandbox (from {@code sandbox/cast.json}): an official of the education department and
 * the future chair, secretary, three teachers and a guest of a demo association, with what they will type
 * when they register.
 */
public record Cast(String association, List<Actor> actors) {

    public record Actor(String key, long id, String firstName, String fullName, String school, String position) {

        public TestUser user() {
            return new TestUser(id, firstName, null, null, "ru");
        }
    }

    public static Cast load() {
        try (InputStream in = Cast.class.getResourceAsStream("/sandbox/cast.json")) {
            return new ObjectMapper().readValue(in, Cast.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Actor actor(String key) {
        return actors.stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + key + " in the cast"));
    }

    public Actor byId(long id) {
        return actors.stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No person " + id + " in the sandbox"));
    }
}
