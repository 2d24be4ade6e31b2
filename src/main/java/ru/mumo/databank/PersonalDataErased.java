package ru.mumo.databank;

import java.util.List;

/**
 * A person withdrew consent and their data was erased. {@code erasedValues} are the texts that identified them
 * (name, place of work, profile answers), so that other modules can wipe copies they keep, e.g. in messages
 * already written; {@code telegramUserId} is the id that was unlinked, {@code null} if there was none.
 */
public record PersonalDataErased(long personId, Long telegramUserId, List<String> erasedValues) {
}
