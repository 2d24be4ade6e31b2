package ru.mumo.documents;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.documents.internal.protocol.ProtocolAssembler;
import ru.mumo.documents.internal.protocol.ProtocolContent;
import ru.mumo.documents.internal.protocol.ProtocolWriter;
import ru.mumo.meetings.Meeting;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.voting.Protocol;
import ru.mumo.voting.ProtocolService;
import ru.mumo.voting.VoteException;
import ru.mumo.voting.VoteException.Reason;

/**
 * The protocol of a closed meeting (S Appendix 2) as a .docx in Russian, printed from its stored record, with a
 * short summary for the chat in the reader's language. A draft says so on top; a final protocol is the same file
 * every time it is fetched.
 */
@Component
public class ProtocolDocument {

    private final ProtocolAssembler assembler;
    private final ProtocolWriter writer;
    private final ProtocolService protocols;
    private final Messages messages;

    ProtocolDocument(ProtocolAssembler assembler, ProtocolWriter writer, ProtocolService protocols,
            Messages messages) {
        this.assembler = assembler;
        this.writer = writer;
        this.protocols = protocols;
        this.messages = messages;
    }

    /** The protocol of a closed meeting; refused while the meeting runs, since its record is written at close. */
    @Transactional(readOnly = true)
    public ProtocolFile protocol(Meeting meeting, Language language) {
        Protocol protocol = protocols.protocol(meeting.getId())
                .orElseThrow(() -> new VoteException(Reason.MEETING_NOT_CLOSED));
        ProtocolContent content = assembler.content(meeting, protocol);
        String fileName = String.format("protocol-%d-%02d%s.docx", meeting.getNumberYear(), meeting.getNumber(),
                protocol.isFinal() ? "" : "-draft");
        byte[] docx = writer.write(content, protocol.isFinal() ? protocol.getFinalizedAt() : meeting.getClosedAt());
        return new ProtocolFile(fileName, docx, summary(content, language), protocol.isFinal());
    }

    /**
     * What the members read with the final protocol: the meeting, the attendance, and what was decided item by item
     * (a meeting without quorum decided nothing, and says so).
     */
    @Transactional(readOnly = true)
    public String decisions(Meeting meeting, Language language) {
        Protocol protocol = protocols.protocol(meeting.getId())
                .orElseThrow(() -> new VoteException(Reason.MEETING_NOT_CLOSED));
        ProtocolContent content = assembler.content(meeting, protocol);
        String date = content.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        StringBuilder text = new StringBuilder(messages.text(language, "protocol.members.summary",
                "meeting", messages.text(language, "meeting.label", "numbered", "yes", "number", content.number(),
                        "date", date),
                "attendance", attendance(content, language)));
        if (content.noDecisions() != null) {
            return text.append("\n\n").append(messages.text(language, "protocol.members.no.decisions")).toString();
        }
        text.append("\n\n").append(messages.text(language, "protocol.members.decisions"));
        int n = 0;
        for (ProtocolContent.Item item : content.items()) {
            if (item.decided() != null) {
                text.append("\n").append(++n).append(". ").append(item.title()).append(": ").append(item.decided());
            }
        }
        for (String other : content.otherDecisions()) {
            text.append("\n").append(++n).append(". ").append(other);
        }
        if (n == 0) {
            text.append("\n").append(messages.text(language, "protocol.members.none.recorded"));
        }
        return text.toString();
    }

    /** "4 из 5 членов МунУМО, кворум есть." */
    private String attendance(ProtocolContent content, Language language) {
        return messages.text(language, "protocol.attendance", "present", content.quorum().present(),
                "members", content.quorum().members(), "quorate", content.quorum().quorate() ? "yes" : "no",
                "abbreviation", content.abbreviation());
    }

    private String summary(ProtocolContent content, Language language) {
        String date = content.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        StringBuilder text = new StringBuilder(messages.text(language, "protocol.summary", "meeting",
                messages.text(language, "meeting.label", "numbered", "yes", "number", content.number(), "date", date),
                "attendance", attendance(content, language),
                "final", content.draft() ? "no" : "yes"));
        for (int i = 0; i < content.items().size(); i++) {
            ProtocolContent.Item item = content.items().get(i);
            text.append("\n\n").append(i + 1).append(". ").append(item.title());
            text.append('\n').append(messages.text(language, "protocol.summary.heard",
                    "text", item.heard() == null ? "—" : item.heard()));
            if (content.noDecisions() == null) {
                text.append('\n').append(messages.text(language, "protocol.summary.decided",
                        "text", item.decided() == null ? "—" : item.decided()));
            }
        }
        content.otherDecisions().forEach(d -> text.append("\n\n").append(d));
        if (content.noDecisions() != null) {
            text.append("\n\n").append(content.noDecisions());
        }
        return text.toString();
    }
}
