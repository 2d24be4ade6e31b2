package ru.mumo.documents.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import ru.mumo.meetings.Quorum;
import ru.mumo.shared.Messages;

/** The protocol's layout (S Appendix 2) opened back with POI: always in Russian, an official paper. */
class ProtocolWriterTests {

    static final ProtocolContent CONTENT = new ProtocolContent("МУМО", "заседания МУМО",
            "Оформлен по п. 3.3 Положения (форма — приложение 2)", 3, LocalDate.of(2026, 11, 27), false,
            "МУМО педагогов-психологов", "Спировский муниципальный округ", "Место проведения: МБОУ СОШ № 1, кабинет 12",
            Quorum.of(9, 7), "7 из 9 членов МУМО, кворум есть.",
            List.of(new ProtocolContent.Line("Руководитель", "Иванова Анна Петровна"),
                    new ProtocolContent.Line("Секретарь", "Петрова Мария Ивановна"),
                    new ProtocolContent.Line("Члены МУМО", "Кузнецова Ольга Николаевна, Сидоров Пётр Ильич")),
            "Орлова Нина Павловна, Фомин Игорь Олегович", "Смирнова Елена Викторовна",
            List.of(new ProtocolContent.Item("О плане работы на 2026/2027 учебный год",
                            "Иванову А. П., председателя, о проекте плана работы.",
                            "Утвердить план работы.\nГолосовали: «за» — 6, «против» — 1, «воздержались» — 0. Решение принято."),
                    new ProtocolContent.Item("Разное", null, null)),
            List.of("По вопросу «О выдвижении на конкурс»: Голосовали (тайно): «за» — 3, «против» — 3, «воздержались» — 1. Решение не принято."),
            null, new ProtocolContent.Line("Руководитель", "Иванова Анна Петровна"),
            new ProtocolContent.Line("Секретарь", "Петрова Мария Ивановна"),
            List.of("Проект плана работы.docx — к вопросу 1", "Положение о МУМО.pdf — к заседанию в целом"));

    static final Instant CLOSED = Instant.parse("2026-11-27T13:00:00Z");

    private final ProtocolWriter writer = new ProtocolWriter(new Messages());

    @Test
    void russianProtocolHasEverySectionOfAppendixTwo() throws IOException {
        byte[] bytes = writer.write(CONTENT, CLOSED);
        Path out = Path.of("target", "protocol-sample-ru.docx");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String text = String.join("\n", paragraphs);
            assertThat(paragraphs.get(0)).isEqualTo("ПРОТОКОЛ");
            assertThat(paragraphs.get(1)).isEqualTo("заседания МУМО");
            assertThat(text).contains("МУМО педагогов-психологов", "Спировский муниципальный округ",
                    "Оформлен по п. 3.3 Положения (форма — приложение 2)",
                    "№ 3\t27.11.2026 г.", "Присутствовали: 7 из 9 членов МУМО, кворум есть.",
                    "Руководитель – Иванова Анна Петровна", "Секретарь – Петрова Мария Ивановна",
                    "Члены МУМО – Кузнецова Ольга Николаевна, Сидоров Пётр Ильич",
                    "Отсутствовали – Орлова Нина Павловна, Фомин Игорь Олегович",
                    "Приглашённые – Смирнова Елена Викторовна",
                    "Повестка дня:\n1. О плане работы на 2026/2027 учебный год\n2. Разное",
                    "Слушали:\n1. Иванову А. П., председателя, о проекте плана работы.\n2. ____",
                    "Решили:\n1. Утвердить план работы.\nГолосовали: «за» — 6, «против» — 1, «воздержались» — 0. Решение принято.",
                    "3. По вопросу «О выдвижении на конкурс»: Голосовали (тайно)",
                    "Материалы:\n1. Проект плана работы.docx — к вопросу 1\n2. Положение о МУМО.pdf — к заседанию в целом");
            assertThat(text).doesNotContain("Заместитель председателя", "отсутствует", "ПРОЕКТ", "Председатель");
            assertThat(document.getParagraphs().get(0).getAlignment().name()).isEqualTo("CENTER");
            assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(XWPFRun::getFontFamily).collect(Collectors.toSet())).containsOnly("Times New Roman");
            String signatures = document.getTables().get(0).getText();
            assertThat(signatures).contains("Руководитель", "А. П. Иванова", "Секретарь", "М. И. Петрова", "(подпись)", "(расшифровка подписи)");
            var margins = document.getDocument().getBody().getSectPr().getPgMar();
            assertThat(new java.math.BigInteger(margins.getLeft().toString()).intValue()).isGreaterThan(1650);
        }
    }

    @Test
    void theSameContentIsTheSameFileWhenever() throws InterruptedException {
        byte[] first = writer.write(CONTENT, CLOSED);
        Thread.sleep(1100);
        assertThat(writer.write(CONTENT, CLOSED)).isEqualTo(first);
    }

    @Test
    void aDraftSaysSoAndAMeetingWithoutQuorumDecidedNothing() throws IOException {
        Files.createDirectories(Path.of("target"));
        ProtocolContent draft = new ProtocolContent("МунУМО", "заседания МунУМО", null, 4, CONTENT.date(), true,
                CONTENT.association(),
                CONTENT.municipality(), CONTENT.place(), Quorum.of(10, 3), "3 из 10 членов МунУМО, кворума нет.",
                List.of(new ProtocolContent.Line("Заместитель председателя", "Орлова Нина Павловна")), null, null,
                List.of(new ProtocolContent.Item("Разное", null, null)), List.of(),
                "кворума нет: заседание неправомочно, решения не принимались.",
                new ProtocolContent.Line("Председательствующий (заместитель председателя)", "Орлова Нина Павловна"),
                new ProtocolContent.Line("Секретарь", null), List.of());
        byte[] bytes = writer.write(draft, CLOSED);
        Files.write(Path.of("target", "protocol-sample-no-quorum.docx"), bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertThat(text).startsWith("ПРОЕКТ\nПРОТОКОЛ")
                    .contains("Решили: кворума нет: заседание неправомочно, решения не принимались.");
            assertThat(document.getTables().get(0).getText())
                    .contains("Председательствующий (заместитель председателя)", "Н. П. Орлова", "Секретарь", "______");
        }
    }
}
