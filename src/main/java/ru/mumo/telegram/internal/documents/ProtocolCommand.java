package ru.mumo.telegram.internal.documents;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.voting.VoteException;
import ru.mumo.voting.VoteException.Reason;

/**
 * {@code /protocol}: the latest closed meeting's protocol as a .docx and its summary as text; {@code /protocol 3}
 * the protocol No. 3 (of the latest academic year that has one). A draft comes with the button that marks it
 * final; a final one is ready to sign.
 */
@Component
class ProtocolCommand implements Command {

    private final MeetingService meetings;
    private final ProtocolSender sender;

    ProtocolCommand(MeetingService meetings, ProtocolSender sender) {
        this.meetings = meetings;
        this.sender = sender;
    }

    @Override
    public String name() {
        return "protocol";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        List<Meeting> begun = meetings.held(request.caller().membership().getAssociation().getId());
        List<Meeting> closed = begun.stream().filter(m -> m.getStatus() == MeetingStatus.CLOSED)
                .sorted(Comparator.comparing(Meeting::getClosedAt).reversed()).toList();
        String argument = request.argument() == null ? "" : request.argument().strip().replaceFirst("^№\\s*", "");
        if (argument.isEmpty()) {
            Meeting latest = closed.stream().findFirst().orElseThrow(() -> new VoteException(
                    begun.isEmpty() ? Reason.NO_HELD_MEETING : Reason.MEETING_NOT_CLOSED));
            sender.send(request, latest);
            return;
        }
        if (!argument.matches("\\d{1,4}")) {
            request.reply("protocol.number.invalid");
            return;
        }
        int number = Integer.parseInt(argument);
        Optional<Meeting> meeting = closed.stream().filter(m -> m.getNumber() != null && m.getNumber() == number)
                .findFirst();
        if (meeting.isEmpty()) {
            request.reply("protocol.number.unknown", "number", number);
            return;
        }
        sender.send(request, meeting.get());
    }
}
