package ru.mumo.documents.internal.report;

import ru.mumo.voting.Tally;

/**
 * A question of a meeting, what was decided on it (as the secretary wrote it down) and how it was voted; the
 * decision and the tally are {@code null} where nothing was recorded in the bot.
 */
public record Decision(String question, String decided, Tally tally) {

    public boolean voted() {
        return tally != null;
    }
}
