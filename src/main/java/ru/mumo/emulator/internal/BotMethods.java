package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import ru.mumo.emulator.CallbackAnswer;
import ru.mumo.emulator.CommandEntry;
import ru.mumo.emulator.EmulatorEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static ru.mumo.emulator.internal.FormattedText.NODES;

/** Methods about the bot itself rather than one message: identity, updates, commands, menu, callback answers. */
final class BotMethods {

    private static final int MAX_LONG_POLL_SECONDS = 50;

    private final World world;
    private final UpdateQueue updates;
    private final Webhook webhook;

    BotMethods(World world, UpdateQueue updates, Webhook webhook) {
        this.world = world;
        this.updates = updates;
        this.webhook = webhook;
    }

    void register(Map<String, Call.Handler> handlers) {
        handlers.put("getMe", call -> TelegramJson.me(world.bot));
        handlers.put("answerCallbackQuery", this::answerCallbackQuery);
        handlers.put("setMyCommands", this::setMyCommands);
        handlers.put("getMyCommands", this::getMyCommands);
        handlers.put("deleteMyCommands", this::deleteMyCommands);
        handlers.put("setChatMenuButton", this::setChatMenuButton);
        handlers.put("setWebhook", this::setWebhook);
        handlers.put("deleteWebhook", this::deleteWebhook);
        handlers.put("getWebhookInfo", call -> webhook.info(updates.pendingCount()));
        handlers.put("close", call -> BooleanNode.TRUE);
        handlers.put("logOut", call -> BooleanNode.TRUE);
    }

    /** Not under the world's lock: a long poll may wait for a minute while others change the world. */
    JsonNode getUpdates(Call call) throws ApiException {
        if (webhook.active()) {
            throw new ApiException(409, "Conflict: can't use getUpdates method while webhook is active; "
                    + "use deleteWebhook to delete the webhook first", null, false);
        }
        List<String> allowed = allowedUpdates(call);
        int limit = (int) Math.min(100, Math.max(1, call.number("limit", 100)));
        int timeout = (int) Math.min(MAX_LONG_POLL_SECONDS, Math.max(0, call.number("timeout", 0)));
        return updates.poll(call.number("offset", 0), limit, timeout, allowed);
    }

    private JsonNode answerCallbackQuery(Call call) throws ApiException {
        CallbackAnswer answer = world.answer(call.text("callback_query_id"), call.text("text"),
                call.flag("show_alert"), call.text("url"));
        call.events().add(new EmulatorEvent.CallbackAnswered(answer));
        return BooleanNode.TRUE;
    }

    private JsonNode setMyCommands(Call call) throws ApiException {
        String key = scopeKey(call);
        List<CommandEntry> commands = new ArrayList<>();
        for (JsonNode command : call.get("commands")) {
            commands.add(new CommandEntry(SpecValidator.normalizeCommand(command.path("command").asText()),
                    command.path("description").asText().strip()));
        }
        if (commands.isEmpty()) {
            world.commands.remove(key); // an empty list is how Telegram deletes the commands
        } else {
            world.commands.put(key, List.copyOf(commands));
        }
        world.changed();
        return BooleanNode.TRUE;
    }

    private JsonNode getMyCommands(Call call) throws ApiException {
        ArrayNode result = NODES.arrayNode();
        world.commands.getOrDefault(scopeKey(call), List.of()).forEach(c ->
                result.addObject().put("command", c.command()).put("description", c.description()));
        return result;
    }

    private JsonNode deleteMyCommands(Call call) throws ApiException {
        world.commands.remove(scopeKey(call));
        world.changed();
        return BooleanNode.TRUE;
    }

    /** "default", "all_private_chats", "chat:12345"...; a language adds "/ru". */
    private String scopeKey(Call call) throws ApiException {
        String language = call.has("language_code") ? call.text("language_code") : "";
        if (!language.isEmpty() && !language.matches("[A-Za-z]{2}")) {
            throw ApiException.badRequest("invalid language code specified");
        }
        JsonNode scope = call.get("scope");
        String type = scope == null ? "default" : scope.path("type").asText();
        String key = switch (type) {
            case "chat" -> "chat:" + world.requireChat(scope.get("chat_id")).user.id();
            case "chat_administrators", "chat_member" -> {
                world.requireChat(scope.get("chat_id"));
                throw ApiException.badRequest("can't use specified scope in private chats");
            }
            default -> type;
        };
        return language.isEmpty() ? key : key + "/" + language;
    }

    /** Validated like any call (chat must exist, menu_button well-formed); the menu is client-side only. */
    private JsonNode setChatMenuButton(Call call) throws ApiException {
        if (call.has("chat_id")) {
            world.requireChat(call.get("chat_id"));
        }
        return BooleanNode.TRUE;
    }

    private JsonNode setWebhook(Call call) throws ApiException {
        webhook.set(call.text("url"), call.text("secret_token"), (int) call.number("max_connections", 40));
        updates.allow(allowedUpdates(call));
        if (call.flag("drop_pending_updates")) {
            updates.dropPending();
        }
        return BooleanNode.TRUE;
    }

    private JsonNode deleteWebhook(Call call) {
        webhook.delete();
        if (call.flag("drop_pending_updates")) {
            updates.dropPending();
        }
        return BooleanNode.TRUE;
    }

    private static List<String> allowedUpdates(Call call) {
        if (!call.has("allowed_updates")) {
            return null;
        }
        List<String> allowed = new ArrayList<>();
        for (JsonNode type : call.get("allowed_updates")) {
            allowed.add(type.asText());
        }
        return allowed;
    }
}
