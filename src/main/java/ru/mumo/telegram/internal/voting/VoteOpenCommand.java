package ru.mumo.telegram.internal.voting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.voting.VoteService;

/**
 * {@code /vote_open [secret] [question]}: opens a vote at the open meeting on the typed question, or, without
 * one, offers the agenda items as buttons ({@code vopen:<meeting>:<item>:<S|O>}).
 */
@Component
class VoteOpenCommand implements Command {

    private final VoteService votes;
    /** The words that make a vote secret, in every language: "/vote_open secret ..." works whatever one's language. */
    private final Set<String> secretWords;

    VoteOpenCommand(VoteService votes, Messages messages) {
        this.votes = votes;
        this.secretWords = Arrays.stream(Language.values())
                .flatMap(language -> Arrays.stream(messages.text(language, "vote.open.secret.words").split("\\|")))
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toSet());
    }

    @Override
    public String name() {
        return "vote_open";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        String question = request.argument();
        boolean secret = false;
        String first = question.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (secretWords.contains(first)) {
            secret = true;
            question = question.substring(first.length()).strip();
        }
        if (!question.isEmpty()) {
            votes.open(request.caller().membership(), question, secret);
            return;
        }
        Meeting meeting = votes.openMeeting(request.caller().membership());
        List<Button> items = new ArrayList<>();
        List<String> agenda = meeting.getAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            items.add(Button.callback((i + 1) + ". " + shorten(agenda.get(i)),
                    ButtonHandler.data(VoteOpenButtons.PREFIX, meeting.getId(), i, secret ? "S" : "O")));
        }
        request.send(request.text("vote.open.pick", "secret", secret ? "yes" : "no"), Keyboard.column(items));
    }

    /** Button labels stay readable; the ballot carries the item in full. */
    private static String shorten(String title) {
        return title.length() <= 60 ? title : title.substring(0, 59) + "…";
    }
}
