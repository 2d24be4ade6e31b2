package ru.mumo.telegram.internal.outbox;

import java.io.ByteArrayInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Turns an outbox row into the TelegramBots call it stands for and makes it. */
@Component
class TelegramCalls {

    private final TelegramClient telegram;
    private final OutboxMessages messages;
    private final ObjectMapper json;

    TelegramCalls(TelegramClient telegram, OutboxMessages messages, ObjectMapper telegramObjectMapper) {
        this.telegram = telegram;
        this.messages = messages;
        this.json = telegramObjectMapper;
    }

    /** Makes the row's call; returns the id of the message it created or edited, if any. */
    Long execute(OutboxMessage row) throws TelegramApiException {
        Payload p = payload(row);
        switch (row.getKind()) {
            case MESSAGE -> {
                Message sent = telegram.execute(SendMessage.builder().chatId(row.getChatId()).text(p.text())
                        .replyMarkup(markup(p.keyboard())).build());
                return sent.getMessageId().longValue();
            }
            case EDIT -> {
                Long messageId = p.messageId() != null ? p.messageId() : messages.findSentByRef(p.editRefKey())
                        .map(OutboxMessage::getTelegramMessageId)
                        .orElseThrow(() -> new TelegramApiRequestException("Bad Request: nothing sent under " + p.editRefKey()));
                telegram.execute(EditMessageText.builder().chatId(row.getChatId()).messageId(messageId.intValue())
                        .text(p.text()).replyMarkup(markup(p.keyboard())).build());
                return messageId;
            }
            case ANSWER -> {
                answer(p);
                return null;
            }
            case DOCUMENT -> {
                InputFile file = p.fileId() != null ? new InputFile(p.fileId())
                        : new InputFile(new ByteArrayInputStream(row.getDocument()), p.fileName());
                Message sent = telegram.execute(SendDocument.builder().chatId(row.getChatId()).document(file)
                        .caption(p.text()).build());
                return sent.getMessageId().longValue();
            }
            case MENU -> {
                telegram.execute(SetMyCommands.builder()
                        .commands(p.commands().stream().map(c -> new BotCommand(c.command(), c.description())).toList())
                        .scope(p.scopeChatId() == null ? new BotCommandScopeDefault()
                                : BotCommandScopeChat.builder().chatId(p.scopeChatId()).build())
                        .languageCode(p.languageCode()).build());
                return null;
            }
            default -> throw new IllegalStateException("Unknown outbox kind " + row.getKind());
        }
    }

    /** Answers a button press: from an outbox row, or at once after the commit ({@link ButtonAnswers}). */
    void answer(Payload p) throws TelegramApiException {
        telegram.execute(AnswerCallbackQuery.builder().callbackQueryId(p.callbackQueryId()).text(p.text())
                .showAlert(Boolean.TRUE.equals(p.alert()) ? Boolean.TRUE : null).build());
    }

    private Payload payload(OutboxMessage row) {
        try {
            return json.readValue(row.getPayload(), Payload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outbox payload " + row.getId(), e);
        }
    }

    private static InlineKeyboardMarkup markup(Keyboard keyboard) {
        if (keyboard == null) {
            return null;
        }
        return InlineKeyboardMarkup.builder().keyboard(keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(TelegramCalls::button).toList()))
                .toList()).build();
    }

    private static InlineKeyboardButton button(Button b) {
        return b.url() != null
                ? InlineKeyboardButton.builder().text(b.text()).url(b.url()).build()
                : InlineKeyboardButton.builder().text(b.text()).callbackData(b.data()).build();
    }
}
