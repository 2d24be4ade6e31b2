package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.voting.Choice;
import ru.mumo.voting.Tally;
import ru.mumo.voting.Vote;

/** How a vote, a choice and a result read in a message, in one language; {@code meeting} is the meeting's label. */
@Component
class VoteTexts {

    private final Messages messages;

    VoteTexts(Messages messages) {
        this.messages = messages;
    }

    String choice(Language language, Choice choice) {
        return messages.text(language, "vote.choice." + choice.name());
    }

    /** The ballot as its member sees it: the question, the kind of vote and their current choice. */
    String ballot(Language language, Vote vote, String meeting, Choice current) {
        String text = messages.text(language, "vote.ballot", "meeting", meeting, "question", vote.getQuestion(),
                "secret", vote.isSecret() ? "yes" : "no");
        return current == null ? text
                : text + "\n\n" + messages.text(language, "vote.ballot.current", "choice", choice(language, current));
    }

    /** A secret ballot once cast: it says the vote counted, never what was chosen. */
    String secretBallotCast(Language language, Vote vote, String meeting) {
        return ballot(language, vote, meeting, null) + "\n\n" + messages.text(language, "vote.ballot.secret.cast");
    }

    /** "За 6, против 2, воздержались 1, не голосовали 0 (из 9 присутствовавших при открытии) — решение принято". */
    String result(Language language, Tally tally) {
        return messages.text(language, "vote.result", "for", tally.forVotes(), "against", tally.against(),
                "abstain", tally.abstain(), "notVoted", tally.notVoted(), "electorate", tally.electorate(),
                "outcome", tally.outcome().name());
    }

    /** The officer's live count: how many of the electorate have voted, never the split. */
    String board(Language language, Vote vote, String meeting) {
        return messages.text(language, "vote.board", "meeting", meeting, "question", vote.getQuestion(),
                "secret", vote.isSecret() ? "yes" : "no", "voted", vote.votedCount(), "voters", vote.getElectorate());
    }
}
