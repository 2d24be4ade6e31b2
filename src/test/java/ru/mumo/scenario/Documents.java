package ru.mumo.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import ru.mumo.emulator.BotMessage;

/** The papers the bot sends, opened back with POI, and kept under target/documents for a look in LibreOffice. */
final class Documents {

    private Documents() {
    }

    /** Writes a received document under target/documents. */
    static void keep(BotMessage message) {
        try {
            Path directory = Path.of("target", "documents");
            Files.createDirectories(directory);
            Files.write(directory.resolve(message.document().fileName()), message.document().bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> paragraphs(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs and the tables' text of a .docx, as one text. */
    static String text(byte[] docx) {
        StringBuilder text = new StringBuilder(String.join("\n", paragraphs(docx)));
        tables(docx).forEach(table -> table.forEach(row -> text.append('\n').append(String.join(" | ", row))));
        return text.toString();
    }

    static List<List<List<String>>> tables(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<List<String>>> tables = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                tables.add(table.getRows().stream().map(row -> row.getTableCells().stream()
                        .map(cell -> cell.getText().strip()).collect(Collectors.toList())).toList());
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of a sheet of an .xlsx, each cell as it shows. */
    static List<List<String>> rows(byte[] xlsx, int sheetIndex) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(sheetIndex);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
