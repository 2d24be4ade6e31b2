package ru.mumo.telegram.internal;

/**
 * A press's callback data after its prefix: the words {@link ButtonHandler#data} joined with colons. The one place
 * that reads them; a number or a name that is missing or malformed (an old keyboard, data made up by hand) ends
 * the press as an {@link InactiveButton}.
 */
public final class ButtonData {

    private final String[] words;

    ButtonData(String data) {
        this.words = data.split(":");
    }

    public int size() {
        return words.length;
    }

    /** The word at {@code index}, or {@code ""} when there is none. */
    public String word(int index) {
        return index < words.length ? words[index] : "";
    }

    public boolean is(int index, String word) {
        return word(index).equals(word);
    }

    /** The id at {@code index}. */
    public long id(int index) {
        return Long.parseLong(matching(index, "\\d{1,18}"));
    }

    /** A small non-negative number (a position, a page, a day) at {@code index}. */
    public int position(int index) {
        return Integer.parseInt(matching(index, "\\d{1,9}"));
    }

    /** A small number that may be negative (a shift by days) at {@code index}. */
    public int number(int index) {
        return Integer.parseInt(matching(index, "-?\\d{1,9}"));
    }

    /** The constant of {@code type} named at {@code index}. */
    public <E extends Enum<E>> E constant(int index, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(word(index))) {
                return constant;
            }
        }
        throw new InactiveButton();
    }

    private String matching(int index, String pattern) {
        if (!word(index).matches(pattern)) {
            throw new InactiveButton();
        }
        return word(index);
    }
}
