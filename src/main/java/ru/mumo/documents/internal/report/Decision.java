package ru.mumo.documents.internal.report;

/**
 * A question decided at a meeting and how it was voted; the counts are {@code null} where no vote was recorded
 * in the bot.
 */
public record Decision(String question, String decision, Integer votesFor, Integer against, Integer abstained) {

    public boolean voted() {
        return votesFor != null;
    }
}
