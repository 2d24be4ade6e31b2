package ru.mumo.documents.internal.protocol;

import java.time.LocalDate;
import java.util.List;

/**
 * What a protocol (S Appendix 2) says, already in words: built from the meeting, its attendance, votes and
 * minutes, then laid out by {@link ProtocolWriter}. Names of absent officers and empty texts are {@code null}.
 */
public record ProtocolContent(int number, LocalDate date, String association, String municipality, String place,
        String attendance, String chair, String deputy, String secretary, List<String> members, List<String> guests,
        List<Item> items, List<String> otherDecisions, String signingChair, String signingSecretary) {

    /** One agenda item: its title, what was heard and what was decided (with the vote counts). */
    public record Item(String title, String heard, String decided) {
    }
}
