package ru.mumo.documents.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/** The protocol's layout (S Appendix 2) opened back with POI, in both languages. */
class ProtocolWriterTests {

    static final ProtocolContent CONTENT = new ProtocolContent(3, LocalDate.of(2026, 11, 27),
            "МУМО педагогов-психологов", "Спировский муниципальный округ", "Место проведения: МБОУ СОШ № 1, кабинет 12",
            "7 из 9 членов МУМО, кворум есть.", "Иванова Анна Петровна", null, "Петрова Мария Ивановна",
            List.of("Сидоров Пётр Ильич", "Кузнецова Ольга Николаевна"), List.of("Смирнова Елена Викторовна"),
            List.of(new ProtocolContent.Item("О плане работы на 2026/2027 учебный год",
                            "Иванову А. П., председателя, о проекте плана работы.",
                            "Утвердить план работы.\nГолосовали: «за» — 6, «против» — 1, «воздержались» — 0. Решение принято."),
                    new ProtocolContent.Item("Разное", null, null)),
            List.of("По вопросу «О выдвижении на конкурс»: Голосовали (тайно): «за» — 3, «против» — 3, «воздержались» — 1. Решение не принято."),
            "Иванова Анна Петровна", "Петрова Мария Ивановна");

    private final ProtocolWriter writer = new ProtocolWriter(new Messages());

    @Test
    void russianProtocolHasEverySectionOfAppendixTwo() throws IOException {
        byte[] bytes = writer.write(CONTENT, Language.RU);
        Path out = Path.of("target", "protocol-sample-ru.docx");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String text = String.join("\n", paragraphs);
            assertThat(paragraphs.get(0)).isEqualTo("ПРОТОКОЛ");
            assertThat(paragraphs.get(1)).isEqualTo("заседания МУМО");
            assertThat(text).contains("МУМО педагогов-психологов", "Спировский муниципальный округ",
                    "№ 3\t27.11.2026 г.", "Присутствовали: 7 из 9 членов МУМО, кворум есть.",
                    "Председатель – Иванова Анна Петровна", "Заместитель председателя – отсутствует",
                    "Секретарь – Петрова Мария Ивановна",
                    "Члены МУМО – Сидоров Пётр Ильич, Кузнецова Ольга Николаевна",
                    "Приглашённые – Смирнова Елена Викторовна",
                    "Повестка дня:\n1. О плане работы на 2026/2027 учебный год\n2. Разное",
                    "Слушали:\n1. Иванову А. П., председателя, о проекте плана работы.\n2. ____",
                    "Решили:\n1. Утвердить план работы.\nГолосовали: «за» — 6, «против» — 1, «воздержались» — 0. Решение принято.",
                    "3. По вопросу «О выдвижении на конкурс»: Голосовали (тайно)");
            assertThat(document.getParagraphs().get(0).getAlignment().name()).isEqualTo("CENTER");
            assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(XWPFRun::getFontFamily).collect(Collectors.toSet())).containsOnly("Times New Roman");
            String signatures = document.getTables().get(0).getText();
            assertThat(signatures).contains("Председатель", "А. П. Иванова", "Секретарь", "М. И. Петрова", "(подпись)", "(расшифровка подписи)");
            var margins = document.getDocument().getBody().getSectPr().getPgMar();
            assertThat(new java.math.BigInteger(margins.getLeft().toString()).intValue()).isGreaterThan(1650);
        }
    }

    @Test
    void englishProtocolUsesTheEnglishTemplate() throws IOException {
        byte[] bytes = writer.write(CONTENT, Language.EN);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertThat(text).startsWith("MINUTES").contains("No. 3\t27.11.2026", "Present:", "Agenda:", "Heard:",
                    "Decided:", "Deputy chair – absent");
            assertThat(document.getTables().get(0).getText()).contains("Chair", "(signature)", "(full name)");
        }
    }
}
