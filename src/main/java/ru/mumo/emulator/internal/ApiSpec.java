package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable Bot API description (PaulSonOfLars/telegram-bot-api-spec) bundled on the classpath.
 * Limits that the official documentation only states in prose ("1-64 bytes", "At most 100 commands") are
 * extracted here once, so the validator stays generic.
 */
public final class ApiSpec {

    private static final String RESOURCE = "/telegram-bot-api/api.json";
    private static final Pattern LENGTH = Pattern.compile("(\\d+)-(\\d+) (characters|bytes)");
    private static final Pattern ARRAY_RANGE =
            Pattern.compile("(\\d+)-(\\d+) (?:answer options|items|identifiers|emoji|tasks)");
    private static final Pattern ARRAY_MAX = Pattern.compile("At most (\\d+) [\\w ]+ can be specified");
    private static final Pattern DISCRIMINATOR = Pattern.compile("(?:must be|always) \"?([a-z0-9_]+)\"?");
    private static final Pattern ONE_OF_OTHER_THAN =
            Pattern.compile("(Exactly|At most) one of the fields other than ([\\w, ]+?) must be used");
    private static final Pattern ONE_OF_LISTED = Pattern.compile("Exactly one of the fields (\\w+) or (\\w+) must be used");

    public record Field(String name, List<String> types, boolean required, String description,
                        Range length, boolean lengthInBytes, Range arraySize) {
    }

    /** Inclusive bounds. */
    public record Range(int min, int max) {
        boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

    /** Fields of which exactly (or at most) one may be present, as the type description demands. */
    public record OneOf(List<String> fields, boolean exactlyOne) {
    }

    public record Type(String name, Map<String, Field> fields, List<String> subtypes, Optional<OneOf> oneOf,
                       boolean stringAllowed, Optional<Discriminator> discriminator) {
        public boolean isUnion() {
            return !subtypes.isEmpty();
        }
    }

    /** The field (type/source/status) whose fixed value tells the subtypes of a union apart. */
    public record Discriminator(String field, String value) {
    }

    public record Method(String name, Map<String, Field> fields, List<String> returns) {
    }

    private final Map<String, Method> methodsByLowerName;
    private final Map<String, Type> types;
    private final String version;

    private ApiSpec(Map<String, Method> methodsByLowerName, Map<String, Type> types, String version) {
        this.methodsByLowerName = methodsByLowerName;
        this.types = types;
        this.version = version;
    }

    public static ApiSpec loadBundled() {
        try (InputStream in = ApiSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bot API spec not found on the classpath: " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiSpec parse(JsonNode root) {
        Map<String, Type> types = new LinkedHashMap<>();
        root.path("types").forEach(node -> {
            Type type = parseType(node);
            types.put(type.name(), type);
        });
        Map<String, Method> methods = new LinkedHashMap<>();
        root.path("methods").forEach(node -> {
            String name = node.path("name").asText();
            methods.put(name.toLowerCase(Locale.ROOT),
                    new Method(name, parseFields(node), textList(node.path("returns"))));
        });
        return new ApiSpec(methods, types, root.path("version").asText());
    }

    private static Type parseType(JsonNode node) {
        Map<String, Field> fields = parseFields(node);
        String description = String.join(" ", textList(node.path("description")));
        return new Type(node.path("name").asText(), fields, textList(node.path("subtypes")),
                oneOf(description, fields), description.contains("String can be used instead of this object"),
                discriminator(fields));
    }

    private static Map<String, Field> parseFields(JsonNode node) {
        Map<String, Field> fields = new LinkedHashMap<>();
        node.path("fields").forEach(f -> {
            String description = f.path("description").asText();
            Range length = null;
            boolean bytes = false;
            Matcher m = LENGTH.matcher(description);
            // Limits "after entities parsing" apply to the parsed text, checked by the method handlers.
            if (m.find() && !description.contains("after entit")) {
                length = new Range(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                bytes = m.group(3).equals("bytes");
            }
            Range arraySize = null;
            Matcher range = ARRAY_RANGE.matcher(description);
            Matcher max = ARRAY_MAX.matcher(description);
            if (range.find()) {
                arraySize = new Range(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
            } else if (max.find()) {
                arraySize = new Range(0, Integer.parseInt(max.group(1)));
            }
            String name = f.path("name").asText();
            fields.put(name, new Field(name, textList(f.path("types")), f.path("required").asBoolean(),
                    description, length, bytes, arraySize));
        });
        return fields;
    }

    private static Optional<OneOf> oneOf(String description, Map<String, Field> fields) {
        Matcher otherThan = ONE_OF_OTHER_THAN.matcher(description);
        if (otherThan.find()) {
            List<String> excluded = List.of(otherThan.group(2).replace(" and ", ",").split("\\s*,\\s*"));
            List<String> group = new ArrayList<>(fields.keySet());
            group.removeIf(name -> excluded.contains(name.trim()));
            return Optional.of(new OneOf(group, otherThan.group(1).equals("Exactly")));
        }
        Matcher listed = ONE_OF_LISTED.matcher(description);
        if (listed.find()) {
            return Optional.of(new OneOf(List.of(listed.group(1), listed.group(2)), true));
        }
        if (description.contains("You must use exactly one of the optional fields")) {
            List<String> optional = fields.values().stream().filter(f -> !f.required()).map(Field::name).toList();
            return Optional.of(new OneOf(optional, true));
        }
        return Optional.empty();
    }

    private static Optional<Discriminator> discriminator(Map<String, Field> fields) {
        for (String candidate : List.of("type", "source", "status")) {
            Field field = fields.get(candidate);
            if (field != null && field.required()) {
                Matcher m = DISCRIMINATOR.matcher(field.description());
                if (m.find()) {
                    return Optional.of(new Discriminator(candidate, m.group(1)));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> textList(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return List.copyOf(result);
    }

    /** Telegram resolves method names case-insensitively; TelegramBots sends them lowercased. */
    public Optional<Method> method(String name) {
        return Optional.ofNullable(methodsByLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<Type> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public String version() {
        return version;
    }
}
