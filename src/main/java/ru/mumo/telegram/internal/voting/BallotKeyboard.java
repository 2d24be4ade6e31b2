package ru.mumo.telegram.internal.voting;

import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.voting.Choice;

/** За / Против / Воздержусь under a ballot: {@code ballot:<vote>:<F|A|X>}. */
final class BallotKeyboard {

    private BallotKeyboard() {
    }

    static Keyboard of(VoteTexts texts, Language language, long voteId) {
        return Keyboard.of(button(texts, language, voteId, Choice.FOR), button(texts, language, voteId, Choice.AGAINST),
                button(texts, language, voteId, Choice.ABSTAIN));
    }

    static String code(Choice choice) {
        return switch (choice) {
            case FOR -> "F";
            case AGAINST -> "A";
            case ABSTAIN -> "X";
        };
    }

    static Choice choice(String code) {
        return switch (code) {
            case "F" -> Choice.FOR;
            case "A" -> Choice.AGAINST;
            case "X" -> Choice.ABSTAIN;
            default -> null;
        };
    }

    private static Button button(VoteTexts texts, Language language, long voteId, Choice choice) {
        return Button.callback(texts.choice(language, choice),
                ButtonHandler.data(BallotButtons.PREFIX, voteId, code(choice)));
    }
}
