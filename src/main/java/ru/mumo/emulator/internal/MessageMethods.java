package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import ru.mumo.emulator.EmulatorEvent;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Methods that send, change or remove messages in a chat. Checks come in the order of the real server, so a
 * call with several mistakes gets the same error as from Telegram.
 */
final class MessageMethods {

    private static final int MAX_TEXT = 4096;
    private static final int MAX_CAPTION = 1024;
    private static final Set<String> CHAT_ACTIONS = Set.of("cancel", "typing", "upload_photo", "record_video",
            "upload_video", "record_voice", "upload_voice", "record_audio", "upload_audio", "upload_document",
            "choose_sticker", "find_location", "pick_up_location", "record_video_note", "upload_video_note");
    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
            + "markup are exactly the same as a current content and reply markup of the message";

    private final World world;
    private final RateLimiter rateLimiter;

    MessageMethods(World world, RateLimiter rateLimiter) {
        this.world = world;
        this.rateLimiter = rateLimiter;
    }

    void register(Map<String, Call.Handler> handlers) {
        handlers.put("sendMessage", this::sendMessage);
        handlers.put("sendDocument", this::sendDocument);
        handlers.put("editMessageText", this::editMessageText);
        handlers.put("editMessageReplyMarkup", this::editMessageReplyMarkup);
        handlers.put("deleteMessage", this::deleteMessage);
        handlers.put("sendChatAction", this::sendChatAction);
    }

    private JsonNode sendMessage(Call call) throws ApiException {
        FormattedText text = FormattedText.parse(call.text("text"), call.text("parse_mode"), call.get("entities"));
        checkMessageText(text);
        ChatState chat = sendingTo(call);
        checkReplyTarget(chat, call.get("reply_parameters"));
        StoredMessage message = world.addMessage(chat, true, text, inlineMarkup(call.get("reply_markup")), null);
        call.events().add(new EmulatorEvent.MessageSent(World.snapshot(message)));
        return TelegramJson.message(message, chat.user, world.bot);
    }

    private JsonNode sendDocument(Call call) throws ApiException {
        StoredDocument document = document(call);
        FormattedText caption = FormattedText.parse(call.has("caption") ? call.text("caption") : "",
                call.text("parse_mode"), call.get("caption_entities"));
        if (caption.lengthInCharacters() > MAX_CAPTION) {
            throw ApiException.badRequest("message caption is too long");
        }
        ChatState chat = sendingTo(call);
        checkReplyTarget(chat, call.get("reply_parameters"));
        world.files.put(document.fileId(), document);
        StoredMessage message = world.addMessage(chat, true, caption, inlineMarkup(call.get("reply_markup")), document);
        call.events().add(new EmulatorEvent.DocumentSent(World.snapshot(message)));
        return TelegramJson.message(message, chat.user, world.bot);
    }

    /** An upload ("attach://part") becomes a new file; any other string must be the file_id of a known file. */
    private StoredDocument document(Call call) throws ApiException {
        String reference = call.text("document");
        if (reference != null && reference.startsWith("attach://")) {
            UploadedFile upload = call.files().get(reference.substring("attach://".length()));
            if (upload == null) {
                throw ApiException.badRequest("there is no document in the request");
            }
            return StoredDocument.create(upload.fileName(),
                    MimeTypes.of(upload.fileName(), upload.contentType(), call.flag("disable_content_type_detection")),
                    upload.bytes());
        }
        StoredDocument known = world.files.get(reference);
        if (known == null) {
            throw ApiException.badRequest("wrong file identifier/HTTP URL specified");
        }
        return known;
    }

    private JsonNode editMessageText(Call call) throws ApiException {
        if (call.has("rich_message")) {
            throw ApiException.badRequest("rich_message is not supported by the emulator");
        }
        if (!call.has("text")) {
            throw ApiException.badRequest("message text is empty");
        }
        FormattedText text = FormattedText.parse(call.text("text"), call.text("parse_mode"), call.get("entities"));
        JsonNode markup = inlineMarkup(call.get("reply_markup"));
        StoredMessage message = messageToEdit(call);
        if (message.document != null) {
            throw ApiException.badRequest("there is no text in the message to edit");
        }
        checkMessageText(text);
        // Like Telegram: leaving out reply_markup removes the keyboard, so it takes part in "not modified".
        if (text.equals(message.content) && Objects.equals(markup, message.inlineMarkup)) {
            throw ApiException.badRequest(NOT_MODIFIED);
        }
        message.content = text;
        return edited(call, message, markup);
    }

    private JsonNode editMessageReplyMarkup(Call call) throws ApiException {
        JsonNode markup = inlineMarkup(call.get("reply_markup"));
        StoredMessage message = messageToEdit(call);
        if (Objects.equals(markup, message.inlineMarkup)) {
            throw ApiException.badRequest(NOT_MODIFIED);
        }
        return edited(call, message, markup);
    }

    private JsonNode edited(Call call, StoredMessage message, JsonNode markup) {
        message.inlineMarkup = markup;
        message.editCount++;
        message.editDate = World.now();
        world.changed();
        call.events().add(new EmulatorEvent.MessageEdited(World.snapshot(message)));
        return TelegramJson.message(message, world.chat(message.chatId).user, world.bot);
    }

    private JsonNode deleteMessage(Call call) throws ApiException {
        ChatState chat = world.requireChat(call.get("chat_id"));
        StoredMessage message = chat.messages.get(call.number("message_id", 0));
        if (message == null || message.deleted) {
            throw ApiException.badRequest("message to delete not found");
        }
        message.deleted = true;
        world.changed();
        if (message.fromBot) {
            call.events().add(new EmulatorEvent.MessageDeleted(World.snapshot(message)));
        }
        return BooleanNode.TRUE;
    }

    private JsonNode sendChatAction(Call call) throws ApiException {
        if (!CHAT_ACTIONS.contains(call.text("action"))) {
            throw ApiException.badRequest("wrong parameter action in request");
        }
        ChatState chat = world.requireChat(call.get("chat_id"));
        world.checkNotBlocked(chat);
        return BooleanNode.TRUE;
    }

    private ChatState sendingTo(Call call) throws ApiException {
        ChatState chat = world.requireChat(call.get("chat_id"));
        world.checkNotBlocked(chat);
        rateLimiter.acquire(chat.user.id());
        return chat;
    }

    /** Edits address a message by chat_id + message_id; the emulator never creates inline messages. */
    private StoredMessage messageToEdit(Call call) throws ApiException {
        if (call.has("inline_message_id")) {
            throw ApiException.badRequest("MESSAGE_ID_INVALID");
        }
        if (!call.has("chat_id") && !call.has("message_id")) {
            throw ApiException.badRequest("message identifier is not specified");
        }
        if (!call.has("chat_id")) {
            throw ApiException.badRequest("chat_id is empty");
        }
        ChatState chat = world.requireChat(call.get("chat_id"));
        world.checkNotBlocked(chat);
        StoredMessage message = chat.messages.get(call.number("message_id", 0));
        if (message == null || message.deleted) {
            throw ApiException.badRequest("message to edit not found");
        }
        if (!message.fromBot) {
            throw ApiException.badRequest("message can't be edited");
        }
        return message;
    }

    private static void checkMessageText(FormattedText text) throws ApiException {
        if (text.text().isEmpty()) {
            throw ApiException.badRequest("text must be non-empty");
        }
        if (text.lengthInCharacters() > MAX_TEXT) {
            throw ApiException.badRequest("message is too long");
        }
    }

    private static void checkReplyTarget(ChatState chat, JsonNode replyParameters) throws ApiException {
        if (replyParameters == null || replyParameters.path("allow_sending_without_reply").asBoolean()) {
            return;
        }
        StoredMessage target = chat.messages.get(replyParameters.path("message_id").asLong());
        if (target == null || target.deleted) {
            throw ApiException.badRequest("message to be replied not found");
        }
    }

    /** Only inline keyboards belong to the message; reply keyboards and the like affect the client. */
    private static JsonNode inlineMarkup(JsonNode replyMarkup) {
        if (replyMarkup == null || !replyMarkup.has("inline_keyboard")) {
            return null;
        }
        return replyMarkup.get("inline_keyboard").isEmpty() ? null : replyMarkup.deepCopy();
    }
}
