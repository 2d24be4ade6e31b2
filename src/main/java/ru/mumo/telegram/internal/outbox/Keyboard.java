package ru.mumo.telegram.internal.outbox;

import java.util.ArrayList;
import java.util.List;

/** An inline keyboard under a message, row by row. */
public record Keyboard(List<List<Button>> rows) {

    public static Keyboard of(Button... oneRow) {
        return new Keyboard(List.of(List.of(oneRow)));
    }

    /** This keyboard with one more row under it. */
    public Keyboard withRow(List<Button> row) {
        List<List<Button>> all = new ArrayList<>(rows);
        all.add(List.copyOf(row));
        return new Keyboard(all);
    }

    /** One button per row: the easiest to hit with a thumb. */
    public static Keyboard column(List<Button> buttons) {
        List<List<Button>> rows = new ArrayList<>();
        buttons.forEach(b -> rows.add(List.of(b)));
        return new Keyboard(rows);
    }
}
