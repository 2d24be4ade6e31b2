package ru.mumo.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.ibm.icu.text.MessageFormat;

import org.springframework.stereotype.Component;

/**
 * The user-facing texts from {@code messages/}, formatted with ICU so that Russian plurals come out right
 * ("1 участник, 2 участника, 5 участников"). Each language is read from its own file with no fallback to
 * another language or to the JVM's locale: a missing key is a bug that the key-sync test catches.
 */
@Component
public class Messages {

    private static final Map<Language, String> FILES = Map.of(
            Language.RU, "messages/messages.properties",
            Language.EN, "messages/messages_en.properties");

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    public Messages() {
        FILES.forEach((language, file) -> bundles.put(language, load(file)));
    }

    /**
     * The text for {@code key}, with named arguments given as name/value pairs:
     * {@code text(RU, "members.count", "count", 5)}.
     */
    public String text(Language language, String key, Object... namedArguments) {
        return new MessageFormat(pattern(language, key), language.locale()).format(arguments(namedArguments));
    }

    public boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    public Set<String> keys(Language language) {
        return bundles.get(language).stringPropertyNames();
    }

    /** The raw ICU pattern, for checks of the bundles themselves. */
    public String pattern(Language language, String key) {
        String pattern = bundles.get(language).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No text '" + key + "' in " + FILES.get(language));
        }
        return pattern;
    }

    private static Map<String, Object> arguments(Object[] namedArguments) {
        if (namedArguments.length % 2 != 0) {
            throw new IllegalArgumentException("Arguments must come as name/value pairs");
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < namedArguments.length; i += 2) {
            arguments.put((String) namedArguments[i], namedArguments[i + 1]);
        }
        return arguments;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + file + " on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
