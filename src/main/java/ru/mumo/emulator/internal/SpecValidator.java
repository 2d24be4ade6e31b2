package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a call against the spec: no unknown parameters, required ones present, every value of the declared
 * type (recursively for JSON-serialized objects, unions resolved through their discriminator) and within the
 * limits the documentation states. Error texts follow the real Bot API server (tdlib/telegram-bot-api) where
 * it has one; where Telegram would silently accept a call the spec calls malformed, the emulator is stricter.
 *
 * <p>Top-level scalars are accepted as text because form and multipart requests can carry nothing else,
 * exactly as Telegram accepts them.
 */
public final class SpecValidator {

    private static final Set<String> PRIMITIVES = Set.of("Integer", "Float", "Boolean", "String", "InputFile");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]+");
    private static final String ARRAY_OF = "Array of ";
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("InlineKeyboardButton", "inline keyboard button"),
            Map.entry("KeyboardButton", "keyboard button"),
            Map.entry("InlineKeyboardMarkup", "reply markup"),
            Map.entry("ReplyKeyboardMarkup", "reply markup"),
            Map.entry("ReplyKeyboardRemove", "reply markup"),
            Map.entry("ForceReply", "reply markup"),
            Map.entry("MenuButton", "menu button"),
            Map.entry("ReplyParameters", "reply parameters"),
            Map.entry("LinkPreviewOptions", "link preview options"));
    private static final Map<String, String> JSON_PARAM_LABELS = Map.of(
            "reply_markup", "reply keyboard markup",
            "scope", "BotCommandScope",
            "menu_button", "menu button",
            "reply_parameters", "reply parameters",
            "link_preview_options", "link preview options");

    private final ApiSpec spec;
    private final ObjectMapper json;

    public SpecValidator(ApiSpec spec, ObjectMapper json) {
        this.spec = spec;
        this.json = json;
    }

    /**
     * @return the parameters with scalars typed (Integer → long, Boolean, Float → double) and JSON-serialized
     * parameters parsed; an uploaded file appears as its {@code attach://} reference
     */
    public Map<String, JsonNode> validate(ApiSpec.Method method, ApiRequest request) throws ApiException {
        for (String name : request.params().keySet()) {
            // TelegramBots writes the method name into every JSON body.
            if (!name.equals("method") && !method.fields().containsKey(name)) {
                throw ApiException.badRequest("unknown parameter \"" + name + "\" for method " + method.name());
            }
        }
        Map<String, JsonNode> result = new LinkedHashMap<>();
        for (ApiSpec.Field field : method.fields().values()) {
            JsonNode value = request.params().get(field.name());
            UploadedFile file = request.files().get(field.name());
            if (file != null && field.types().contains("InputFile")) {
                result.put(field.name(), TextNode.valueOf("attach://" + file.partName()));
                continue;
            }
            if (value == null || (value.isTextual() && value.asText().isEmpty())) {
                if (field.required()) {
                    throw ApiException.badRequest(missing(field.name()));
                }
                continue;
            }
            JsonNode typed = coerce(new Context(field.name(), null), field.types(), value);
            checkArraySize(method.name(), field, typed, null);
            checkLength(method.name(), field, typed, null);
            result.put(field.name(), typed);
        }
        return result;
    }

    private static String missing(String field) {
        return switch (field) {
            case "chat_id" -> "chat_id is empty";
            case "text" -> "message text is empty";
            case "message_id" -> "message identifier is not specified";
            case "callback_query_id" -> "query is too old and response timeout expired or query ID is invalid";
            case "action" -> "wrong parameter action in request";
            case "video_note" -> "there is no video note in the request";
            case "document", "photo", "audio", "video", "animation", "voice", "sticker" ->
                    "there is no " + field + " in the request";
            default -> "parameter \"" + field + "\" is required";
        };
    }

    /** Where a value sits: a top-level parameter (label == null) or a field of an object with that label. */
    private record Context(String field, String label) {
        boolean topLevel() {
            return label == null;
        }

        ApiException error(String detail) {
            return topLevel() ? ApiException.badRequest(detail) : ApiException.badRequest("can't parse " + label + ": " + detail);
        }

        ApiException typeError(List<String> types) {
            String expected = String.join(" or ", types);
            return topLevel()
                    ? error("parameter \"" + field + "\" must be of type " + expected)
                    : error("Field \"" + field + "\" must be of type " + expected);
        }
    }

    private JsonNode coerce(Context ctx, List<String> types, JsonNode value) throws ApiException {
        if (value.isNull()) {
            throw ctx.topLevel()
                    ? ctx.error("parameter \"" + ctx.field() + "\" must not be null")
                    : ctx.error("Field \"" + ctx.field() + "\" must not be null");
        }
        for (String type : types) {
            if (PRIMITIVES.contains(type)) {
                JsonNode accepted = acceptPrimitive(ctx, type, value);
                if (accepted != null) {
                    return accepted;
                }
            }
        }
        List<String> complex = types.stream().filter(t -> !PRIMITIVES.contains(t)).toList();
        if (complex.isEmpty()) {
            throw ctx.typeError(types);
        }
        JsonNode parsed = value;
        if (ctx.topLevel() && value.isTextual()) {
            parsed = parseJsonParameter(ctx.field(), value.asText());
        }
        if (parsed.isArray()) {
            List<String> arrays = complex.stream().filter(t -> t.startsWith(ARRAY_OF)).toList();
            if (!arrays.isEmpty()) {
                return validateArray(ctx, arrays, (ArrayNode) parsed);
            }
        }
        List<String> objects = complex.stream().filter(t -> !t.startsWith(ARRAY_OF)).toList();
        if (objects.isEmpty()) {
            throw ctx.typeError(types);
        }
        String chosen = objects.size() == 1 ? objects.get(0) : bestCandidate(objects, parsed);
        validateObject(chosen, parsed, null);
        return parsed;
    }

    private JsonNode acceptPrimitive(Context ctx, String type, JsonNode value) throws ApiException {
        boolean lenient = ctx.topLevel();
        switch (type) {
            case "Integer" -> {
                if (value.isIntegralNumber() && value.canConvertToLong()) {
                    return LongNode.valueOf(value.asLong());
                }
                if (value.isTextual() && INTEGER.matcher(value.asText().trim()).matches()) {
                    return LongNode.valueOf(Long.parseLong(value.asText().trim()));
                }
                return null;
            }
            case "Float" -> {
                if (value.isNumber()) {
                    return DoubleNode.valueOf(value.asDouble());
                }
                if (lenient && value.isTextual()) {
                    try {
                        return DoubleNode.valueOf(Double.parseDouble(value.asText().trim()));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                return null;
            }
            case "Boolean" -> {
                if (value.isBoolean()) {
                    return value;
                }
                if (lenient && value.isTextual()) {
                    return switch (value.asText().trim().toLowerCase(Locale.ROOT)) {
                        case "true", "1" -> BooleanNode.TRUE;
                        case "false", "0" -> BooleanNode.FALSE;
                        default -> null;
                    };
                }
                return null;
            }
            case "String" -> {
                // Telegram reads numbers as their text wherever it expects a string.
                return value.isTextual() ? value : value.isNumber() ? TextNode.valueOf(value.asText()) : null;
            }
            case "InputFile" -> {
                return value.isTextual() && value.asText().startsWith("attach://") ? value : null;
            }
            default -> throw new IllegalStateException("not a primitive: " + type);
        }
    }

    private JsonNode parseJsonParameter(String name, String text) throws ApiException {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw ApiException.badRequest("can't parse " + JSON_PARAM_LABELS.getOrDefault(name, name) + " JSON object");
        }
    }

    private JsonNode validateArray(Context ctx, List<String> arrayTypes, ArrayNode array) throws ApiException {
        ApiException first = null;
        for (String arrayType : arrayTypes) {
            List<String> element = List.of(arrayType.substring(ARRAY_OF.length()));
            try {
                ArrayNode typed = json.createArrayNode();
                for (JsonNode item : array) {
                    typed.add(coerce(new Context(ctx.field(), labelOr(ctx, element.get(0))), element, item));
                }
                return typed;
            } catch (ApiException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /** Elements of a top-level array are reported like nested fields of their element type. */
    private String labelOr(Context ctx, String elementType) {
        if (ctx.label() != null) {
            return ctx.label();
        }
        String base = elementType.startsWith(ARRAY_OF) ? elementType.substring(ARRAY_OF.length()) : elementType;
        return label(base);
    }

    /** For fields like reply_markup that accept one of several object types: the one the value looks like. */
    private String bestCandidate(List<String> objects, JsonNode value) {
        String best = objects.get(0);
        int bestScore = -1;
        for (String name : objects) {
            ApiSpec.Type type = spec.type(name).orElseThrow();
            boolean requiredPresent = type.fields().values().stream()
                    .filter(ApiSpec.Field::required).allMatch(f -> value.has(f.name()));
            long known = type.fields().keySet().stream().filter(value::has).count();
            int score = (requiredPresent ? 1000 : 0) + (int) known;
            if (score > bestScore) {
                best = name;
                bestScore = score;
            }
        }
        return best;
    }

    private void validateObject(String typeName, JsonNode node, String inheritedLabel) throws ApiException {
        ApiSpec.Type type = spec.type(typeName).orElseThrow(() -> new IllegalStateException("no type " + typeName));
        String label = inheritedLabel != null ? inheritedLabel : label(typeName);
        if (type.isUnion()) {
            // A union may also admit plain values (RichText: a String or an Array of RichText).
            List<String> notObjects = type.subtypes().stream().filter(t -> spec.type(t).isEmpty()).toList();
            if (!node.isObject() && !notObjects.isEmpty()) {
                coerce(new Context(typeName, label), notObjects, node);
                return;
            }
            validateObject(resolveUnion(type, node, label), node, label);
            return;
        }
        if (!node.isObject()) {
            if (type.stringAllowed() && node.isTextual()) {
                return;
            }
            throw ApiException.badRequest("can't parse " + label + ": " + typeName + " must be an Object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!type.fields().containsKey(name)) {
                throw ApiException.badRequest("can't parse " + label + ": unknown field \"" + name + "\"");
            }
        }
        for (ApiSpec.Field field : type.fields().values()) {
            JsonNode value = node.get(field.name());
            if (value == null) {
                if (field.required()) {
                    throw ApiException.badRequest("can't parse " + label + ": Can't find field \"" + field.name() + "\"");
                }
                continue;
            }
            JsonNode typed = coerce(new Context(field.name(), label), field.types(), value);
            checkArraySize(typeName, field, typed, label);
            checkLength(typeName, field, typed, label);
        }
        checkOneOf(type, node, label);
        checkTypeRules(typeName, node);
    }

    private String resolveUnion(ApiSpec.Type union, JsonNode node, String label) throws ApiException {
        if (!node.isObject()) {
            throw ApiException.badRequest("can't parse " + label + ": " + union.name() + " must be an Object");
        }
        List<ApiSpec.Type> subtypes = new ArrayList<>();
        for (String name : union.subtypes()) {
            spec.type(name).ifPresent(subtypes::add);
        }
        String discriminator = subtypes.stream().flatMap(t -> t.discriminator().stream())
                .map(ApiSpec.Discriminator::field).findFirst().orElse(null);
        if (discriminator == null) {
            return bestCandidate(subtypes.stream().map(ApiSpec.Type::name).toList(), node);
        }
        if (!node.has(discriminator)) {
            throw ApiException.badRequest("can't parse " + label + ": Can't find field \"" + discriminator + "\"");
        }
        String value = node.get(discriminator).asText();
        List<String> matching = subtypes.stream()
                .filter(t -> t.discriminator().map(d -> d.value().equals(value)).orElse(false))
                .map(ApiSpec.Type::name).toList();
        if (matching.isEmpty()) {
            throw ApiException.badRequest("can't parse " + label + ": Unsupported type specified");
        }
        // Several subtypes may share a value (cached and uploaded inline results): take the closest.
        return bestCandidate(matching, node);
    }

    private static String label(String typeName) {
        if (typeName.startsWith("BotCommandScope")) {
            return "BotCommandScope";
        }
        if (typeName.startsWith("MenuButton")) {
            return "menu button";
        }
        return LABELS.getOrDefault(typeName, typeName);
    }

    private static void checkOneOf(ApiSpec.Type type, JsonNode node, String label) throws ApiException {
        if (type.oneOf().isEmpty()) {
            return;
        }
        ApiSpec.OneOf rule = type.oneOf().get();
        List<String> present = rule.fields().stream().filter(node::has).toList();
        if (present.isEmpty() && rule.exactlyOne()) {
            if (type.name().equals("InlineKeyboardButton")) {
                throw ApiException.badRequest("can't parse " + label + ": Text buttons are unallowed in the inline keyboard");
            }
            throw ApiException.badRequest("can't parse " + label + ": exactly one of the fields "
                    + String.join(", ", rule.fields()) + " must be used");
        }
        if (present.size() > 1) {
            throw ApiException.badRequest("can't parse " + label + ": only one of the fields "
                    + String.join(", ", rule.fields()) + " can be used, found " + String.join(", ", present));
        }
    }

    /** Rules TDLib applies that the spec only describes in prose. */
    private static void checkTypeRules(String typeName, JsonNode node) throws ApiException {
        switch (typeName) {
            case "InlineKeyboardButton" -> {
                if (node.path("text").asText().isEmpty()) {
                    throw ApiException.badRequest("inline keyboard button text must be non-empty");
                }
            }
            case "KeyboardButton" -> {
                if (node.path("text").asText().isEmpty()) {
                    throw ApiException.badRequest("keyboard button text must be non-empty");
                }
            }
            case "BotCommand" -> checkBotCommand(node);
            default -> {
            }
        }
    }

    private static void checkBotCommand(JsonNode node) throws ApiException {
        String command = normalizeCommand(node.path("command").asText());
        String description = node.path("description").asText().strip();
        if (command.isEmpty()) {
            throw ApiException.badRequest("command must be non-empty");
        }
        if (command.codePointCount(0, command.length()) > 32) {
            throw ApiException.badRequest("command length must not exceed 32");
        }
        if (description.isEmpty()) {
            throw ApiException.badRequest("command description must be non-empty");
        }
        if (description.codePointCount(0, description.length()) > 256) {
            throw ApiException.badRequest("command description length must not exceed 256");
        }
        if (!COMMAND.matcher(command).matches()) {
            throw ApiException.badRequest("BOT_COMMAND_INVALID");
        }
    }

    /** TDLib trims a command and drops a leading slash before storing it. */
    public static String normalizeCommand(String command) {
        String trimmed = command.strip();
        return trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
    }

    private static void checkLength(String owner, ApiSpec.Field field, JsonNode value, String label)
            throws ApiException {
        if (field.length() == null || !value.isTextual() || owner.equals("BotCommand")) {
            return;
        }
        String text = value.asText();
        int size = field.lengthInBytes()
                ? text.getBytes(StandardCharsets.UTF_8).length
                : text.codePointCount(0, text.length());
        if (field.length().contains(size)) {
            return;
        }
        switch (owner + "." + field.name()) {
            case "InlineKeyboardButton.callback_data" -> throw ApiException.badRequest("BUTTON_DATA_INVALID");
            case "answerCallbackQuery.text" -> throw ApiException.badRequest("MESSAGE_TOO_LONG");
            default -> {
                String detail = "\"" + field.name() + "\" must be " + field.length().min() + "-"
                        + field.length().max() + (field.lengthInBytes() ? " bytes" : " characters") + " long";
                throw label == null
                        ? ApiException.badRequest("parameter " + detail)
                        : ApiException.badRequest("can't parse " + label + ": Field " + detail);
            }
        }
    }

    private static void checkArraySize(String owner, ApiSpec.Field field, JsonNode value, String label)
            throws ApiException {
        if (field.arraySize() == null || !value.isArray() || field.arraySize().contains(value.size())) {
            return;
        }
        if ((owner + "." + field.name()).equals("setMyCommands.commands")) {
            throw ApiException.badRequest("BOT_COMMANDS_TOO_MUCH");
        }
        String detail = "\"" + field.name() + "\" must contain " + field.arraySize().min() + "-"
                + field.arraySize().max() + " elements";
        throw label == null
                ? ApiException.badRequest("parameter " + detail)
                : ApiException.badRequest("can't parse " + label + ": Field " + detail);
    }
}
