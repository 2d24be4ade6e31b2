package ru.mumo.membership;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One district's regulation (положение) as data, from {@code regulations.yml}: the head's title, who appoints the
 * deputy, whether the chair approves each new member, the minimum size, the head's qualification check, the clauses
 * texts and papers cite, and the calendar of dated duties. Each association follows one; nothing in the code names a
 * particular regulation.
 *
 * @param code stored with the association
 * @param title the regulation's own title, printed on papers
 * @param abbreviation how the regulation abbreviates the association on papers ("МунУМО", "МУМО")
 * @param head the head's title in texts and documents
 * @param deputy who appoints the deputy
 * @param chairApprovesMembers whether a member link admits only after the chair's approval (T 2.2)
 * @param minMembers members needed to open a meeting, 0 for none (S 1.4)
 * @param headQualification whether the head's education, category and experience are checked (S 3.5)
 * @param districts words naming the regulation's district, to give older associations a default
 * @param reportTo where the annual report goes
 * @param clauses the clause of each rule, by topic
 * @param forms the appendices that give papers their form, by paper
 * @param calendar the dated duties
 */
public record Regulation(String code, String title, String abbreviation, Head head, Deputy deputy,
        boolean chairApprovesMembers, int minMembers, boolean headQualification,
        @DefaultValue List<String> districts, ReportTo reportTo, @DefaultValue Map<String, String> clauses,
        @DefaultValue Map<String, String> forms, @DefaultValue List<Duty> calendar) {

    /** The head's title: председатель (T) or руководитель (S). */
    public enum Head { CHAIR, HEAD }

    /** Who appoints the deputy: nobody (the regulation has none), the chair, or the department on the chair's proposal. */
    public enum Deputy { NONE, CHAIR, DEPARTMENT }

    /** Where the annual report goes: the regional association (РУМО) or the education department. */
    public enum ReportTo { RUMO, DEPARTMENT }

    /**
     * A dated duty of the calendar.
     *
     * @param kind the rule, as the deadlines know it
     * @param due a yearly date, {@code MM-dd}
     * @param count meetings the rule asks for
     * @param responsible who prepares it besides the head, who is always told
     * @param clause the clause it comes from
     * @param renewal the share of new members a term needs, as {@code 1/3}
     */
    public record Duty(String kind, String due, Integer count, Role responsible, String clause, String renewal) {
    }

    /** The word texts select the head's title by: {@code chair} or {@code head}. */
    public String titleWord() {
        return head.name().toLowerCase(Locale.ROOT);
    }

    public Optional<String> clause(String topic) {
        return Optional.ofNullable(clauses.get(topic));
    }

    public Optional<String> form(String paper) {
        return Optional.ofNullable(forms.get(paper));
    }

    public Optional<Duty> duty(String kind) {
        return calendar.stream().filter(d -> d.kind().equals(kind)).findFirst();
    }

    /** Whether the regulation has a deputy, who then stands in for an absent chair (T 2.5). */
    public boolean hasDeputy() {
        return deputy != Deputy.NONE;
    }

    /** Whether the regulation's district is named in {@code text} (an association's name or municipality). */
    boolean names(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return districts.stream().anyMatch(d -> lower.contains(d.toLowerCase(Locale.ROOT)));
    }
}
