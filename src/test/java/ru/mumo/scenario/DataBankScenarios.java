package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.emulator.BotMessage;
import ru.mumo.membership.CompositionService;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;

/** Shared steps of the data bank scenarios: associations, registration, roles, documents and button answers. */
abstract class DataBankScenarios extends ScenarioSupport {

    private static final Pattern LINK = Pattern.compile("https://t\\.me/" + BOT + "\\?start=([A-Za-z0-9_-]+)");

    record Codes(String chair, String member) {
    }

    static final String TEREK = "Положение Терского района";
    static final String SPIROVO = "Положение Спировского округа";

    /** An association the official creates under the Spirovo regulation, whose members join without approval. */
    Codes newAssociation(String name) {
        return newAssociation(name, SPIROVO);
    }

    Codes newAssociation(String name, String regulation) {
        Phone official = official();
        official.sends("/new_association " + name);
        BotMessage pick = official.receives("Какому положению следует «" + name + "»?");
        official.presses(pick, "📜 " + regulation);
        BotMessage created = official.seesEdited(pick, "«" + name + "» создано");
        return new Codes(code(created.text(), 0), code(created.text(), 1));
    }

    /**
     * Registers a new person by the link and waits for the welcome; where the chair approves new members (T 2.2), the
     * chair approves the request first.
     */
    Phone registered(String firstName, String code, String fullName, String workPlace, String position) {
        return registered(newPhone(firstName), code, fullName, workPlace, position);
    }

    Phone registered(Phone phone, String code, String fullName, String workPlace, String position) {
        beginsRegistering(phone, code, fullName);
        phone.sends(workPlace);
        phone.receives("должность");
        phone.sends(position);
        BotMessage answer = phone.receives(m -> text(m).contains("Добро пожаловать")
                || text(m).contains("Заявка на вступление"), "the welcome or the request sent");
        if (text(answer).contains("Заявка на вступление")) {
            long association = bean(InviteService.class).validInvite(code).orElseThrow().getAssociation().getId();
            Membership chair = bean(MembershipService.class).members(association).stream()
                    .filter(m -> m.getRole() == Role.CHAIR).findFirst().orElseThrow();
            CompositionService composition = bean(CompositionService.class);
            composition.pendingRequests(association).stream()
                    .filter(r -> r.getPerson().getTelegramUserId() == phone.id())
                    .forEach(r -> composition.decide(chair, r.getId(), true));
            phone.receives("принял(а) вашу заявку");
        }
        return phone;
    }

    /** Opens the link, accepts the consent and gives the name; the place of work is asked next. */
    Phone beginsRegistering(Phone phone, String code, String fullName) {
        phone.sends("/start " + code);
        phone.presses(phone.receives("Согласие на обработку персональных данных"), "✅ Принимаю");
        phone.receives("фамилию, имя и отчество");
        phone.sends(fullName);
        phone.receives("Место работы");
        return phone;
    }

    /** A guest registered through the chair's /invite guest link. */
    Phone guest(Phone chair, String firstName, String fullName) {
        chair.sends("/invite guest");
        String code = code(chair.receives("Ссылка для приглашённых «").text(), 0);
        return registered(firstName, code, fullName, "Управление образования", "специалист");
    }

    Membership membershipOf(Phone phone) {
        var people = bean(PersonService.class);
        return people.currentMembership(people.findPerson(phone.id()).orElseThrow()).orElseThrow();
    }

    /** The chair gives the member a role; a deputy as the Terek regulation has it, proposed and then confirmed. */
    void appoint(Phone chair, Phone member, Role role) {
        if (role == Role.DEPUTY) {
            CompositionService composition = bean(CompositionService.class);
            composition.decideDeputy(composition.proposeDeputy(membershipOf(chair), membershipOf(member).getId())
                    .getId(), OFFICIAL, true);
        } else {
            bean(MembershipService.class).appoint(membershipOf(chair), membershipOf(member).getId(), role);
        }
        member.receives("Вам назначена роль");
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(bean(DataSource.class));
    }

    /** Waits for a document in the phone's chat and returns it. */
    BotMessage.Document receivesDocument(Phone phone, String captionFragment) {
        return phone.receives(m -> m.document() != null && text(m).contains(captionFragment),
                "a document captioned «" + captionFragment + "»").document();
    }

    static String code(String text, int index) {
        Matcher matcher = LINK.matcher(text);
        for (int i = 0; i <= index; i++) {
            assertThat(matcher.find()).as("invite link %d in %s", i, text).isTrue();
        }
        return matcher.group(1);
    }

    /** Opens the own card and answers one field by typing. */
    void answer(Phone phone, String field, String value) {
        phone.sends("/profile");
        phone.presses(phone.receives("Ваши данные для банка данных"), field);
        phone.receives(m -> m.buttonTexts().contains("Пропустить"), "the question for " + field);
        phone.sends(value);
        phone.receives("Сохранено: ");
        phone.receives("Ваши данные для банка данных");
    }

    /**
     * Every column of every table (H2 or PostgreSQL), as "table.column", where any of the values or a person's
     * Telegram id (unless {@code null}) still occurs: a number column equal to the id, a text or binary one
     * containing it or a value. The id should be one no counter reaches, as Telegram's are.
     */
    List<String> placesHolding(Long telegramId, List<String> values) {
        List<String> wanted = new ArrayList<>(values);
        if (telegramId != null) {
            wanted.add(String.valueOf(telegramId));
        }
        List<String> found = new ArrayList<>();
        var jdbc = jdbc();
        var columns = jdbc.queryForList("select table_name, column_name, data_type from information_schema.columns"
                + " where lower(table_schema) = 'public'");
        assertThat(columns).as("the scan sees the tables").hasSizeGreaterThan(50);
        for (Map<String, Object> column : columns) {
            String type = ((String) column.get("DATA_TYPE")).toUpperCase(Locale.ROOT);
            boolean text = type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT");
            boolean binary = type.contains("BINARY") || type.contains("BLOB") || type.contains("BYTEA");
            boolean number = type.contains("BIGINT") || type.contains("INT8");
            if (!text && !binary && !number) {
                continue;
            }
            String where = column.get("TABLE_NAME") + "." + column.get("COLUMN_NAME");
            String sql = "select \"" + column.get("COLUMN_NAME") + "\" from \"" + column.get("TABLE_NAME") + "\"";
            for (Object cell : jdbc.queryForList(sql, Object.class)) {
                if (number) {
                    if (telegramId != null && cell instanceof Number n && n.longValue() == telegramId) {
                        found.add(where + " holds the Telegram id");
                    }
                    continue;
                }
                String content = cell instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                        : cell == null ? "" : cell.toString();
                wanted.stream().filter(content::contains).forEach(v -> found.add(where + " holds «" + v + "»"));
            }
        }
        return found;
    }
}
