package ru.mumo.documents.internal.protocol;

import java.time.LocalDate;
import java.util.List;

import ru.mumo.meetings.Quorum;

/**
 * What a protocol (S Appendix 2) says, already in words: built from the meeting's stored record (its roll, who
 * presided and kept the minutes, its votes and minutes), then laid out by {@link ProtocolWriter}. Empty texts are
 * {@code null}; a role nobody held or whose holder was absent has no line.
 *
 * @param present the lines under "Присутствовали": a role or "Члены МУМО", and the names
 * @param absent the names of the roll's members who were absent, or {@code null}
 * @param invited the invited persons present, or {@code null}
 * @param noDecisions why there are no decisions (no quorum), or {@code null} when the meeting was quorate
 * @param abbreviation how the regulation abbreviates the association: "МунУМО", "МУМО"
 * @param subtitle "заседания МунУМО"
 * @param basis the clause (and form) of the regulation the protocol follows, or {@code null} for older protocols
 * @param materials the materials attached, one line each ("name — к вопросу 2"); as written down at finalisation
 *                  for a final protocol
 */
public record ProtocolContent(String abbreviation, String subtitle, String basis, Integer number, LocalDate date, boolean draft,
        String association,
        String municipality, String place, Quorum quorum, String attendance, List<Line> present, String absent, String invited,
        List<Item> items, List<String> otherDecisions, String noDecisions, Line presiding, Line secretary,
        List<String> materials) {

    /** One agenda item: its title, what was heard and what was decided (with the vote counts). */
    public record Item(String title, String heard, String decided) {
    }

    /** A label and a name (or names); the name is {@code null} where it is to be written in by hand. */
    public record Line(String label, String names) {
    }
}
