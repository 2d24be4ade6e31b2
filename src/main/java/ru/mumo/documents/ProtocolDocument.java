package ru.mumo.documents;

import java.time.format.DateTimeFormatter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.documents.internal.protocol.ProtocolAssembler;
import ru.mumo.documents.internal.protocol.ProtocolContent;
import ru.mumo.documents.internal.protocol.ProtocolWriter;
import ru.mumo.meetings.Meeting;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/** The protocol of a meeting (S Appendix 2) as a .docx, with a short summary for the chat. */
@Component
public class ProtocolDocument {

    private final ProtocolAssembler assembler;
    private final ProtocolWriter writer;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    ProtocolDocument(ProtocolAssembler assembler, ProtocolWriter writer, Messages messages,
            ApplicationEventPublisher events) {
        this.assembler = assembler;
        this.writer = writer;
        this.messages = messages;
        this.events = events;
    }

    /** The protocol as it stands; issuing it meets the protocol's deadline once the meeting is closed. */
    @Transactional
    public ProtocolFile protocol(Meeting meeting, Language language) {
        ProtocolContent content = assembler.content(meeting, language);
        String fileName = String.format("protocol-%d-%02d.docx", meeting.getNumberYear(), meeting.getNumber());
        ProtocolFile file = new ProtocolFile(fileName, writer.write(content, language), summary(content, language));
        events.publishEvent(new ProtocolIssued(meeting.getId()));
        return file;
    }

    private String summary(ProtocolContent content, Language language) {
        StringBuilder text = new StringBuilder(messages.text(language, "protocol.summary", "number", content.number(),
                "date", content.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "attendance", content.attendance()));
        for (int i = 0; i < content.items().size(); i++) {
            ProtocolContent.Item item = content.items().get(i);
            text.append("\n\n").append(i + 1).append(". ").append(item.title());
            text.append('\n').append(messages.text(language, "protocol.summary.heard",
                    "text", item.heard() == null ? "—" : item.heard()));
            text.append('\n').append(messages.text(language, "protocol.summary.decided",
                    "text", item.decided() == null ? "—" : item.decided()));
        }
        content.otherDecisions().forEach(d -> text.append("\n\n").append(d));
        return text.toString();
    }
}
