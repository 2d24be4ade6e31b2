package ru.mumo.documents.internal.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.springframework.stereotype.Component;

import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * Lays a protocol out as Russian office papers are (ГОСТ Р 7.0.97): A4, Times New Roman 14, margins 30 mm left,
 * 15 mm right, 20 mm top and bottom; a centred title, number and date on one line, sections with bold headings,
 * and signature lines with room for the signature and the name.
 */
@Component
public class ProtocolWriter {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 14;
    private static final int SMALL = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Twentieths of a point: 1 mm is about 56.7. */
    private static final int MM = 57;
    private static final int TEXT_WIDTH = (210 - 30 - 15) * MM;

    private final Messages messages;

    ProtocolWriter(Messages messages) {
        this.messages = messages;
    }

    /**
     * The protocol as a .docx. The same content and {@code stamp} give the same bytes: the package's dates are
     * the stamp, not the moment of writing, so a final protocol fetched twice is the same file.
     */
    public byte[] write(ProtocolContent content, Instant stamp) {
        Language language = Language.RU;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            if (content.draft()) {
                XWPFParagraph draft = paragraph(document, ParagraphAlignment.RIGHT, 0);
                run(draft, text(language, "protocol.draft.mark"), true, SMALL);
            }
            header(document, content, language);
            attendance(document, content, language);
            numbered(document, text(language, "protocol.agenda"),
                    content.items().stream().map(ProtocolContent.Item::title).toList());
            numbered(document, text(language, "protocol.heard"),
                    content.items().stream().map(ProtocolContent.Item::heard).toList());
            if (content.noDecisions() != null) {
                blank(document);
                XWPFParagraph none = paragraph(document, ParagraphAlignment.BOTH, 0);
                run(none, text(language, "protocol.decided") + ": ", true, SIZE);
                run(none, content.noDecisions(), false, SIZE);
                // Votes cannot be opened without quorum, but a meeting that lost it after a vote still lists it.
                if (!content.otherDecisions().isEmpty() || content.items().stream().anyMatch(i -> i.decided() != null)) {
                    numbered(document, text(language, "protocol.votes.taken"), decidedEntries(content));
                }
            } else {
                numbered(document, text(language, "protocol.decided"), decidedEntries(content));
            }
            if (!content.materials().isEmpty()) {
                numbered(document, text(language, "protocol.materials"), content.materials());
            }
            signatures(document, content, language);
            document.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(stamp)));
            document.getProperties().getCoreProperties().setCreator(content.subtitle());
            document.write(out);
            return StableZip.of(out.toByteArray(), stamp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the protocol", e);
        }
    }

    private static List<String> decidedEntries(ProtocolContent content) {
        List<String> decided = new ArrayList<>(content.items().stream().map(ProtocolContent.Item::decided).toList());
        decided.addAll(content.otherDecisions());
        return decided;
    }

    private void header(XWPFDocument document, ProtocolContent content, Language language) {
        XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, 0);
        run(title, text(language, "protocol.title"), true, SIZE);
        XWPFParagraph subtitle = paragraph(document, ParagraphAlignment.CENTER, 0);
        run(subtitle, content.subtitle(), true, SIZE);
        XWPFParagraph name = paragraph(document, ParagraphAlignment.CENTER, 0);
        run(name, content.association(), false, SIZE);
        if (content.municipality() != null && !content.municipality().isBlank()) {
            run(paragraph(document, ParagraphAlignment.CENTER, 0), content.municipality(), false, SIZE);
        }
        if (content.basis() != null) {
            run(paragraph(document, ParagraphAlignment.CENTER, 0), content.basis(), false, SMALL);
        }
        blank(document);
        // Number on the left, date on the right edge: a right tab stop at the text width.
        XWPFParagraph line = paragraph(document, ParagraphAlignment.LEFT, 0);
        CTTabStop tab = line.getCTP().getPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
        run(line, content.number() == null ? "№ ____" : text(language, "protocol.number", "number", content.number()),
                false, SIZE);
        run(line, "\t" + text(language, "protocol.date", "date", DATE.format(content.date())), false, SIZE);
        run(paragraph(document, ParagraphAlignment.LEFT, 0), content.place(), false, SIZE);
    }

    private void attendance(XWPFDocument document, ProtocolContent content, Language language) {
        blank(document);
        XWPFParagraph present = paragraph(document, ParagraphAlignment.BOTH, 0);
        run(present, text(language, "protocol.present"), true, SIZE);
        run(present, " " + content.attendance(), false, SIZE);
        for (ProtocolContent.Line line : content.present()) {
            role(document, line.label(), line.names());
        }
        if (content.absent() != null) {
            role(document, text(language, "protocol.absent"), content.absent());
        }
        if (content.invited() != null) {
            role(document, text(language, "protocol.guests"), content.invited());
        }
    }

    private void role(XWPFDocument document, String label, String names) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH, 0);
        run(p, label + " – " + names, false, SIZE);
    }

    /** A bold heading and numbered entries; an entry without text gets a line to fill in by hand. */
    private void numbered(XWPFDocument document, String heading, List<String> entries) {
        blank(document);
        run(paragraph(document, ParagraphAlignment.LEFT, 0), heading + ":", true, SIZE);
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String[] lines = (entry == null || entry.isBlank() ? "_".repeat(40) : entry).split("\n");
            for (int l = 0; l < lines.length; l++) {
                XWPFParagraph p = paragraph(document, ParagraphAlignment.LEFT, 0);
                run(p, (l == 0 ? (i + 1) + ". " : "") + lines[l], false, SIZE);
                if (l > 0) {
                    p.setIndentationLeft(360);
                }
            }
        }
    }

    /** Role, a line to sign on with "(signature)" under it, and the name with "(full name)" under it. */
    private void signatures(XWPFDocument document, ProtocolContent content, Language language) {
        blank(document);
        blank(document);
        XWPFTable table = document.createTable(4, 3);
        table.setTableAlignment(TableRowAlign.LEFT);
        table.removeBorders();
        table.setWidth(TEXT_WIDTH);
        int[] widths = {58 * MM, 42 * MM, TEXT_WIDTH - 100 * MM};
        signatureRow(table, 0, widths, content.presiding().label(), content.presiding().names());
        captionRow(table, 1, widths, language);
        signatureRow(table, 2, widths, content.secretary().label(), content.secretary().names());
        captionRow(table, 3, widths, language);
    }

    private void signatureRow(XWPFTable table, int row, int[] widths, String role, String name) {
        cell(table, row, 0, widths[0], ParagraphAlignment.LEFT, role, SIZE);
        cell(table, row, 1, widths[1], ParagraphAlignment.CENTER, "_".repeat(14), SIZE);
        cell(table, row, 2, widths[2], ParagraphAlignment.CENTER, name == null ? "_".repeat(22) : signed(name), SIZE);
        table.getRow(row).setHeight(700);
    }

    private void captionRow(XWPFTable table, int row, int[] widths, Language language) {
        cell(table, row, 0, widths[0], ParagraphAlignment.LEFT, "", SMALL);
        cell(table, row, 1, widths[1], ParagraphAlignment.CENTER, text(language, "protocol.signature"), SMALL);
        cell(table, row, 2, widths[2], ParagraphAlignment.CENTER, text(language, "protocol.full.name"), SMALL);
    }

    /** "Иванова Анна Петровна" signs as "А. П. Иванова", the usual form under a signature; other names stay whole. */
    static String signed(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length != 3) {
            return fullName;
        }
        return parts[1].charAt(0) + ". " + parts[2].charAt(0) + ". " + parts[0];
    }

    private static void cell(XWPFTable table, int row, int column, int width, ParagraphAlignment align, String text,
            int size) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        cell.setWidth(String.valueOf(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        run(p, text, false, size);
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(30 * MM));
        margins.setRight(BigInteger.valueOf(15 * MM));
        margins.setTop(BigInteger.valueOf(20 * MM));
        margins.setBottom(BigInteger.valueOf(20 * MM));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment align, int after) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(after);
        p.setSpacingBetween(1.0);
        return p;
    }

    private static void blank(XWPFDocument document) {
        run(paragraph(document, ParagraphAlignment.LEFT, 0), "", false, SIZE);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            run.setText(parts[i], i);
        }
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }
}
