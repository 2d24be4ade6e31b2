package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.CallbackAnswer;
import ru.mumo.meetings.MaterialService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingException;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.NewMaterial;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.CompositionService;
import ru.mumo.membership.Invite;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipException;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.shared.Refusal;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteException;
import ru.mumo.voting.VoteService;

/**
 * Every refusal is polite (issue 13, item 9): each reason of {@link MembershipException}, {@link MeetingException}
 * and {@link VoteException} is provoked by something a person does in the chat — a command, an answer in a
 * dialog, the press of a button that is still on their screen though the world has moved on, or, where no honest
 * button can get there, a press with tampered callback data — and the person sees that reason's own text, never
 * the "internal error" apology. The last test checks that every reason of the three enums was met and that no
 * apology went to anyone, in the chats, in the outbox or in the log.
 *
 * <p>Setup that is not the refused action itself (registrations, a new chair, a demotion, leaving) goes through
 * the services, as in the other scenario tests. Two pairs of reasons share their words (meeting and vote
 * {@code NOT_ALLOWED}; meeting {@code NOT_OPEN} and vote {@code NO_OPEN_MEETING}): for those, the action chosen,
 * not the text, is what points at one reason of the pair.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefusalsScenarioTests extends ScenarioSupport {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Each reason met, with the chat action that met it. */
    private final Map<Enum<?>, String> covered = new LinkedHashMap<>();
    private final List<ILoggingEvent> errors = new CopyOnWriteArrayList<>();
    private String apology;

    @BeforeAll
    void watchTheLog() {
        apology = bean(Messages.class).text(Language.RU, "error.internal");
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                    errors.add(event);
                }
            }
        };
        Logger logger = (Logger) LoggerFactory.getLogger("ru.mumo");
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        LoggerFactory.getLogger("ru.mumo.scenario.probe").error("Probe of the log watch");
        assertThat(errors).as("the log watch sees errors").hasSize(1);
        errors.clear();
    }

    @Test
    @Order(1)
    void membershipRefusals() {
        MembershipService membership = bean(MembershipService.class);

        // A link received long ago: the invite's 30 days are over by the time it is opened.
        AssociationCreated old = bean(AssociationService.class).createAssociation("МУМО учителей музыки", "TEREK",
                OFFICIAL);
        clock.shift(Duration.ofDays(31));
        Phone late = newPhone("Опоздавшая");
        late.sends("/start " + old.memberInvite().getCode());
        refusedReply(late, MembershipException.Reason.INVITE_EXPIRED, "/start with a member link 31 days old");

        Phone stranger = newPhone("Случайный");
        stranger.sends("/start NoSuchInvite2024");
        refusedReply(stranger, MembershipException.Reason.INVITE_UNKNOWN, "/start with a code that was never issued");

        Team a = newTeam("МУМО учителей литературы");
        Phone chair = a.join("Председатель Павел Андреевич", Role.CHAIR);
        a.join("Секретарь Светлана Игоревна", Role.SECRETARY);
        Phone member = a.join("Участник Ханс Карлович", Role.MEMBER);
        Phone guest = a.join("Гость Глеб Борисович", Role.GUEST);

        member.sends("/start " + a.created.memberInvite().getCode());
        refusedReply(member, MembershipException.Reason.ALREADY_MEMBER, "/start with the link of one's own association");

        // An officer revokes a link before a colleague opens it.
        InviteService invites = bean(InviteService.class);
        Membership secretaryOfA = membership.members(a.associationId()).stream()
                .filter(m -> m.getRole() == Role.SECRETARY).findFirst().orElseThrow();
        Invite revoked = invites.issueInvite(secretaryOfA, Role.MEMBER);
        invites.revoke(secretaryOfA, revoked.getId());
        Phone tooLate = newPhone("Отозванная");
        tooLate.sends("/start " + revoked.getCode());
        refusedReply(tooLate, MembershipException.Reason.INVITE_REVOKED, "/start with a member link an officer revoked");

        // Under T 2.2 a request waits for the chair: opening the link again, and the chair deciding twice.
        Phone waiting = newPhone("Ждущая");
        waiting.sends("/start " + a.created.memberInvite().getCode());
        waiting.presses(waiting.receives("Согласие на обработку персональных данных"), "✅ Принимаю");
        waiting.receives("фамилию, имя и отчество");
        waiting.sends("Ждущая Жанна Петровна");
        waiting.receives("Место работы");
        waiting.sends("Школа № 3");
        waiting.receives("Ваша должность");
        waiting.sends("учитель литературы");
        waiting.receives("Заявка на вступление в «МУМО учителей литературы» отправлена");
        waiting.sends("/start " + a.created.memberInvite().getCode());
        refusedReply(waiting, MembershipException.Reason.REQUEST_PENDING, "/start with the link while one's request waits");
        BotMessage request = chair.receives("Ждущая Жанна Петровна");
        String decline = request.button("❌ Отклонить").orElseThrow().callbackData();
        chair.presses(request, "✅ Принять");
        chair.seesEdited(request, "принят(а) в состав");
        refusedAlert(pressTampered(chair, request, decline), MembershipException.Reason.ALREADY_DECIDED,
                "«❌ Отклонить» pressed on a request the chair has just accepted (before its buttons went)");

        // S names no deputy: a made-up /appoint press asking for one.
        Team s = newTeam("МУМО педагогов-психологов", "SPIROVO");
        Phone head = s.join("Руководитель Раиса Павловна", Role.CHAIR);
        s.join("Участница Ульяна Павловна", Role.MEMBER);
        head.sends("/appoint");
        BotMessage pick = head.receives("Кого назначить?");
        refusedAlert(pressTampered(head, pick, "appoint:r:" + s.membership(s.member(0)).getId() + ":DEPUTY"),
                MembershipException.Reason.NO_DEPUTY, "a made-up /appoint press making a deputy under S");

        // Two people open the same one-time chair link; the slower one finishes registering second.
        Team b = newTeam("МУМО учителей технологии");
        Phone slow = newPhone("Нерасторопный");
        slow.sends("/start " + b.created.chairInvite().getCode());
        slow.receives("Вас приглашают в «МУМО учителей технологии»");
        slow.presses(slow.receives("Согласие на обработку персональных данных"), "✅ Принимаю");
        slow.receives("фамилию, имя и отчество");
        slow.sends("Нерасторопный Никита Олегович");
        slow.receives("Место работы");
        slow.sends("Школа № 7");
        slow.receives("Ваша должность");
        b.join("Быстрая Бэлла Романовна", Role.CHAIR);
        slow.sends("учитель труда");
        refusedReply(slow, MembershipException.Reason.INVITE_USED,
                "the last registration answer after someone else took the one-time chair link");

        // A member of two associations leaves one of them; the /association message still offers it.
        Membership inB = b.joinAgain(member, "Участник Ханс Карлович", Role.MEMBER);
        member.sends("/association");
        BotMessage choose = member.receives("Выберите МУМО");
        membership.leave(inB);
        refusedAlert(pressData(member, choose, "assoc:" + b.associationId()), MembershipException.Reason.NOT_A_MEMBER,
                "the /association button of an association one has left");

        // The chair opens a member's card, with its "remove" button; then a new chair takes over and appoints
        // the former chair secretary, who presses the old button.
        chair.sends("/members");
        BotMessage cards = chair.receives(m -> m.buttonTexts().contains("📇 Участник Ханс Карлович"), "the member cards");
        chair.presses(cards, "📇 Участник Ханс Карлович");
        BotMessage oldCard = chair.receives("Карточка банка данных");
        assertThat(oldCard.buttonTexts()).contains("Исключить из МУМО");
        Invite chairLink = bean(InviteService.class).issueChairInvite(a.associationId(), OFFICIAL);
        Phone newChair = a.joinBy(chairLink.getCode(), "Новый Николай Петрович", Role.CHAIR);
        membership.appoint(a.membership(newChair), a.membership(chair).getId(), Role.SECRETARY);
        refusedAlert(press(chair, oldCard, "Исключить из МУМО"), MembershipException.Reason.NOT_ALLOWED,
                "the former chair, now secretary, presses «Исключить из МУМО» on a card opened as chair");

        newChair.sends("/members");
        BotMessage newCards = newChair.receives(m -> m.buttonTexts().contains("📇 Участник Ханс Карлович"),
                "the member cards");
        newChair.presses(newCards, "📇 Участник Ханс Карлович");
        BotMessage card = newChair.receives("Карточка банка данных");
        refusedAlert(pressTampered(newChair, card, "card:rmy:" + a.membership(newChair).getId()),
                MembershipException.Reason.CHAIR_CANNOT_BE_REMOVED,
                "the chair's tampered «Да, исключить» with their own membership id");

        newChair.sends("/appoint");
        BotMessage appoint = newChair.receives("Кого назначить?");
        refusedAlert(pressTampered(newChair, appoint, "appoint:r:" + a.membership(guest).getId() + ":DEPUTY"),
                MembershipException.Reason.ROLE_NOT_ASSIGNABLE,
                "the chair's tampered /appoint press making a guest deputy");
    }

    @Test
    @Order(2)
    void meetingRefusals() {
        MembershipService membership = bean(MembershipService.class);
        MeetingService meetings = bean(MeetingService.class);
        Team t = newTeam("МУМО учителей географии");
        Phone chair = t.join("Председатель Галина Сергеевна", Role.CHAIR);
        Phone deputy = t.join("Заместитель Денис Олегович", Role.DEPUTY);
        Phone secretary = t.join("Секретарь Вера Ильинична", Role.SECRETARY);
        Phone member = t.join("Участник Захар Фомич", Role.MEMBER);
        Phone twoPlaces = t.join("Участница Янина Юрьевна", Role.MEMBER);
        newTeam("МУМО учителей экологии", "SPIROVO").joinAgain(twoPlaces, "Участница Янина Юрьевна", Role.MEMBER);

        member.sends("/quorum");
        refusedReply(member, MeetingException.Reason.NO_MEETING_TODAY, "/quorum on a day without a meeting");
        secretary.sends("/meeting_close");
        refusedReply(secretary, MeetingException.Reason.NOT_OPEN, "/meeting_close with no meeting open");
        secretary.sends("/event_close");
        refusedReply(secretary, MeetingException.Reason.NO_OPEN_EVENT, "/event_close with no event open");
        chair.sends("/meeting_reminders 1m");
        refusedReply(chair, MeetingException.Reason.BAD_OFFSETS, "/meeting_reminders 1m");

        ZonedDateTime inFiveDays = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(5).withHour(15).withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES);
        Meeting upcoming = meetings.schedule(t.membership(chair), inFiveDays, MeetingFormat.IN_PERSON, "Кабинет 7",
                List.of("О плане работы"));
        BotMessage announcement = member.receives("назначено заседание");
        refusedAlert(pressTampered(member, announcement, "rsvp:999999999:c"), MeetingException.Reason.NO_SUCH_MEETING,
                "a tampered «Приду» naming a meeting that does not exist");
        refusedAlert(pressTampered(member, announcement, "here:" + upcoming.getId()),
                MeetingException.Reason.CHECK_IN_CLOSED,
                "a tampered «Я на заседании» for a meeting whose check-in has not been opened");

        // Materials: an item the agenda does not have, one file too many, a material already removed.
        MaterialService materials = bean(MaterialService.class);
        for (int i = 1; i <= MaterialService.MAX_PER_MEETING; i++) {
            materials.attach(t.membership(secretary), upcoming.getId(), new NewMaterial(null, "Файл " + i + ".pdf",
                    "file-" + i, null));
        }
        secretary.sends("/materials");
        secretary.receives("Материалы — заседание от");
        telegram.userSendsDocument(secretary.user(), "Лишний.pdf", new byte[] {1}, null);
        BotMessage item = secretary.receives("К какому вопросу повестки относится «Лишний.pdf»?");
        refusedAlert(pressTampered(secretary, item, "matm:" + upcoming.getId() + ":m:7"),
                MeetingException.Reason.NO_SUCH_ITEM, "a tampered agenda item 8 for a material of a one-item agenda");
        refusedAlert(press(secretary, item, "1. О плане работы"), MeetingException.Reason.TOO_MANY_MATERIALS,
                "a twenty-first material placed on an item");
        refusedAlert(pressTampered(secretary, item, "matm:" + upcoming.getId() + ":d:999999999"),
                MeetingException.Reason.NO_SUCH_MATERIAL, "a tampered 🗑 naming a material that is not there");
        secretary.sends("/cancel");
        secretary.receives("Приложенные материалы сохранены");

        // A member of two associations leaves this one and answers its announcement afterwards.
        BotMessage hers = twoPlaces.receives("назначено заседание");
        membership.leave(t.membership(twoPlaces));
        refusedAlert(press(twoPlaces, hers, "Приду"), MeetingException.Reason.NOT_A_MEMBER,
                "«Приду» under the announcement of an association one has left");

        // The deputy starts moving the meeting and is made a plain member meanwhile: the time she types then finds
        // the dialog closed, politely, as its steps need the role she lost.
        deputy.sends("/meeting_edit");
        BotMessage pick = deputy.receives("Выберите заседание");
        pressData(deputy, pick, "medit:" + upcoming.getId());
        deputy.seesEdited(pick, "Что изменить?");
        deputy.presses(pick, "Дату и время");
        deputy.receives("Новые дата и время");
        membership.appoint(t.membership(chair), t.membership(deputy).getId(), Role.MEMBER);
        deputy.sends(TYPED.format(inFiveDays.plusDays(1)));
        deputy.receives("Диалог закрыт: ваша роль в МУМО изменилась");
        // Chair of another association now, where her commands act, she tries to cancel this one's meeting.
        newTeam("МУМО учителей краеведения").joinAgain(deputy, "Заместитель Денис Олегович", Role.CHAIR);
        refusedAlert(pressTampered(deputy, pick, "mcancel:" + upcoming.getId() + ":y"),
                MeetingException.Reason.NOT_ALLOWED,
                "a tampered «Да, отменить» by a former deputy, a plain member there now, who chairs elsewhere");

        // The chair prepares a meeting for two hours from now and confirms the summary too late.
        ZonedDateTime soon = ZonedDateTime.now(clock.withZone(MOSCOW)).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        chair.sends("/meeting_new");
        chair.receives("Когда заседание?");
        chair.sends(TYPED.format(soon));
        chair.presses(chair.receives("Как пройдёт заседание?"), "Очно");
        chair.receives("Где пройдёт заседание?");
        chair.sends("Кабинет 12");
        chair.receives("Повестка дня");
        chair.sends("Об итогах олимпиады");
        chair.receives("Вопрос 1 добавлен");
        chair.sends("/done");
        BotMessage summary = chair.receives("Проверьте заседание");
        clock.moveTo(soon.plusMinutes(1).toInstant());
        refusedAlert(press(chair, summary, "✅ Подтвердить"), MeetingException.Reason.START_IN_PAST,
                "«✅ Подтвердить» under a /meeting_new summary whose time has passed");
        chair.sends("/cancel");
        chair.receives("Заседание не назначено");

        // Today's meeting: answering its announcement once it has begun, and once it is closed.
        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        meetings.schedule(t.membership(chair), morning.plusHours(1), MeetingFormat.IN_PERSON, "Кабинет 5",
                List.of("Разное"));
        BotMessage today = member.receives("назначено заседание");
        secretary.sends("/checkin");
        secretary.receives("Отметка присутствия на заседании");
        refusedAlert(press(member, today, "Приду"), MeetingException.Reason.NOT_UPCOMING,
                "«Приду» under the announcement of a meeting that has begun");
        secretary.sends("/meeting_close");
        secretary.receives("Заседание № 1 закрыто");
        refusedAlert(press(member, today, "Приду"), MeetingException.Reason.MEETING_CLOSED,
                "«Приду» under the announcement of a meeting that is closed");

        // S 1.4: an association of two opens no meeting.
        Team small = newTeam("МУМО тьюторов", "SPIROVO");
        Phone head = small.join("Руководитель Тамара Ивановна", Role.CHAIR);
        small.join("Участник Тимур Ильич", Role.MEMBER);
        morning();
        meetings.schedule(small.chairMembership, ZonedDateTime.now(clock.withZone(MOSCOW)).plusHours(1)
                .truncatedTo(ChronoUnit.MINUTES), MeetingFormat.IN_PERSON, "Кабинет 3", List.of("О плане"));
        head.sends("/checkin");
        refusedReply(head, MeetingException.Reason.TOO_FEW_MEMBERS, "/checkin in a Spirovo association of two",
                "members", 2, "min", 3, "clause", "1.4");
    }

    @Test
    @Order(3)
    void voteRefusals() {
        MembershipService membership = bean(MembershipService.class);
        Team t = newTeam("МУМО учителей физкультуры");
        Phone chair = t.join("Председатель Роман Викторович", Role.CHAIR);
        Phone secretary = t.join("Секретарь Алла Борисовна", Role.SECRETARY);
        List<Phone> members = new ArrayList<>();
        for (String name : List.of("Первый", "Второй", "Третий", "Четвёртый")) {
            members.add(t.join("Участник " + name + " Иванович", Role.MEMBER));
        }

        secretary.sends("/heard О плане работы");
        refusedReply(secretary, VoteException.Reason.NO_HELD_MEETING, "/heard before the association's first meeting");
        secretary.sends("/vote_open Утвердить план работы");
        refusedReply(secretary, VoteException.Reason.NO_OPEN_MEETING, "/vote_open with no meeting open");
        secretary.sends("/vote_close");
        refusedReply(secretary, VoteException.Reason.NO_OPEN_VOTE, "/vote_close with no vote open");

        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        Meeting meeting = bean(MeetingService.class).schedule(t.membership(chair), morning.plusHours(1),
                MeetingFormat.IN_PERSON, "Спортзал", List.of("О плане работы", "О соревнованиях"));
        secretary.sends("/checkin");
        checkIn(chair, secretary, members.get(0));

        // Three of six: no quorum.
        secretary.sends("/vote_open Утвердить план работы");
        refusedReply(secretary, VoteException.Reason.NO_QUORUM, "/vote_open with 3 of 6 present");
        secretary.sends("/decided 1 Утвердить план");
        refusedReply(secretary, VoteException.Reason.NOT_QUORATE, "/decided 1 … with 3 of 6 present");
        secretary.sends("/protocol");
        refusedReply(secretary, VoteException.Reason.MEETING_NOT_CLOSED, "/protocol while the meeting is open");
        secretary.sends("/heard 7 Председателя");
        refusedReply(secretary, VoteException.Reason.NO_SUCH_ITEM, "/heard 7 … with two items on the agenda");

        checkIn(members.get(1), members.get(2));
        secretary.sends("/vote_open Утвердить план работы");
        secretary.receives("Проголосовали: 0 из 5");
        BotMessage chairBallot = chair.receives("Голосование на заседании");
        Map<Phone, BotMessage> ballots = new LinkedHashMap<>();
        for (Phone voter : members.subList(0, 3)) {
            ballots.put(voter, voter.receives("Голосование на заседании"));
        }
        Vote vote = bean(VoteService.class).votesOf(meeting.getId()).get(0);

        // Leave and come back by the member link: a new membership, not among those the ballots went to.
        Phone rejoined = members.get(0);
        membership.leave(t.membership(rejoined));
        rejoined.sends("/start " + t.created.memberInvite().getCode());
        rejoined.presses(rejoined.receives("Вступить в «МУМО учителей физкультуры»?"), "✅ Вступить");
        rejoined.receives("Заявка на вступление в «МУМО учителей физкультуры» отправлена");
        CompositionService composition = bean(CompositionService.class);
        composition.pendingRequests(t.associationId())
                .forEach(r -> composition.decide(t.membership(chair), r.getId(), true));
        rejoined.receives("Председатель принял(а) вашу заявку");
        refusedAlert(press(rejoined, ballots.get(rejoined), "За"), VoteException.Reason.NOT_PRESENT,
                "the ballot of a member who left and rejoined during the vote");

        // Leave and come back by a guest link: guests do not vote.
        Phone asGuest = members.get(1);
        membership.leave(t.membership(asGuest));
        asGuest.sends("/start " + bean(InviteService.class).issueInvite(t.membership(chair), Role.GUEST).getCode());
        asGuest.presses(asGuest.receives("Вступить в «МУМО учителей физкультуры»? Роль: приглашённый."), "✅ Вступить");
        asGuest.receives("Добро пожаловать");
        refusedAlert(press(asGuest, ballots.get(asGuest), "За"), VoteException.Reason.GUEST,
                "the ballot of a member who left and came back as a guest");

        Phone gone = members.get(2);
        membership.leave(t.membership(gone));
        refusedAlert(press(gone, ballots.get(gone), "За"), VoteException.Reason.NOT_A_MEMBER,
                "the ballot of a member who left the association during the vote");

        refusedAlert(pressTampered(chair, chairBallot, "ballot:999999999:F"), VoteException.Reason.NO_SUCH_VOTE,
                "a tampered ballot press naming a vote that does not exist");

        secretary.sends("/vote_close");
        secretary.receives("Итоги голосования");
        chair.seesEdited(chairBallot, "закрыто:\n«Утвердить план работы»");
        refusedAlert(pressTampered(chair, chairBallot, "ballot:" + vote.getId() + ":F"), VoteException.Reason.VOTE_CLOSED,
                "«За» on a ballot pressed as the vote closed (before its buttons went)");

        secretary.sends("/meeting_close");
        secretary.receives("Заседание № 1 закрыто");

        // The secretary asks for the draft protocol, is made a plain member, and presses «Утвердить» under it.
        secretary.sends("/protocol");
        BotMessage draft = secretary.receives("Протокол заседания № 1 (проект)");
        membership.appoint(t.membership(chair), t.membership(secretary).getId(), Role.MEMBER);
        refusedAlert(press(secretary, draft, "✅ Утвердить протокол"), VoteException.Reason.NOT_ALLOWED,
                "«✅ Утвердить протокол» pressed by a secretary made a plain member meanwhile");

        chair.sends("/protocol");
        BotMessage chairs = chair.receives("Протокол заседания № 1 (проект)");
        chair.presses(chairs, "✅ Утвердить протокол");
        BotMessage confirm = chair.receives("Утвердить протокол заседания № 1?");
        chair.presses(confirm, "Да, утвердить");
        chair.seesEdited(confirm, "утверждён");
        chair.sends("/heard 1 Председателя о плане работы");
        refusedReply(chair, VoteException.Reason.PROTOCOL_FINAL, "/heard after the protocol was approved");
    }

    @Test
    @Order(4)
    void everyReasonIsCoveredAndNobodyGotAnApology() {
        System.out.println("Refusals met:\n" + covered.entrySet().stream()
                .map(e -> e.getKey().getDeclaringClass().getEnclosingClass().getSimpleName() + "." + e.getKey()
                        + " ← " + e.getValue())
                .collect(Collectors.joining("\n")));
        assertThat(reasons(MembershipException.Reason.class)).isEqualTo(EnumSet.allOf(MembershipException.Reason.class));
        assertThat(reasons(MeetingException.Reason.class)).isEqualTo(EnumSet.allOf(MeetingException.Reason.class));
        assertThat(reasons(VoteException.Reason.class)).isEqualTo(EnumSet.allOf(VoteException.Reason.class));

        String english = bean(Messages.class).text(Language.EN, "error.internal");
        // Every message, edit and button answer the bot made, to anyone.
        List<String> apologies = telegram.calls().stream().map(call -> call.method() + " " + call.params())
                .filter(call -> call.contains(apology) || call.contains(english)).toList();
        assertThat(apologies).as("apologies anyone got").isEmpty();
        String fragment = apology.substring(0, apology.indexOf('.'));
        assertThat(bean(JdbcTemplate.class).queryForList("select payload from outbox_message where payload like ?",
                String.class, "%" + fragment + "%")).as("apologies in the outbox").isEmpty();
        assertThat(errors).extracting(ILoggingEvent::getFormattedMessage).as("errors logged").isEmpty();
    }

    // ---- refusals ----

    /**
     * The person's command or answer was refused for {@code reason}: the reply is exactly the reason's text, with the
     * figures it names.
     */
    private void refusedReply(Phone phone, Enum<?> reason, String action, Object... arguments) {
        String expected = politeText(reason, arguments);
        BotMessage reply = phone.receives(m -> text(m).equals(expected) || text(m).contains(apology),
                "the reply to " + action + ": «" + expected + "»");
        assertThat(text(reply)).as(action).isEqualTo(expected);
        cover(reason, action);
    }

    /** The person's press was refused for {@code reason}: the alert on their phone is exactly the reason's text. */
    private void refusedAlert(CallbackAnswer answer, Enum<?> reason, String action) {
        assertThat(answer.text()).as(action).isEqualTo(politeText(reason));
        assertThat(answer.showAlert()).as(action + ": an alert, not a passing notice").isTrue();
        cover(reason, action);
    }

    private void cover(Enum<?> reason, String action) {
        assertThat(covered.putIfAbsent(reason, action)).as(reason + " met twice").isNull();
    }

    private <E extends Enum<E>> Set<E> reasons(Class<E> type) {
        EnumSet<E> met = EnumSet.noneOf(type);
        covered.keySet().stream().filter(type::isInstance).map(type::cast).forEach(met::add);
        return met;
    }

    /**
     * The reason's text: its key is {@code refused.}, {@code refused.meeting.} or {@code refused.vote.} and the
     * reason's name in lower case with dots for underscores, which is also what the exception names.
     */
    private String politeText(Enum<?> reason, Object... arguments) {
        Refusal refusal;
        String prefix;
        if (reason instanceof MembershipException.Reason r) {
            refusal = new MembershipException(r);
            prefix = "refused.";
        } else if (reason instanceof MeetingException.Reason r) {
            refusal = new MeetingException(r, arguments);
            prefix = "refused.meeting.";
        } else if (reason instanceof VoteException.Reason r) {
            refusal = new VoteException(r);
            prefix = "refused.vote.";
        } else {
            throw new IllegalArgumentException("Not a refusal reason: " + reason);
        }
        String key = prefix + reason.name().toLowerCase(Locale.ROOT).replace('_', '.');
        assertThat(refusal.messageKey()).isEqualTo(key);
        // The people refused act in Terek associations, whose head is the chair (председатель).
        Object[] withTitle = new Object[refusal.arguments().length + 2];
        withTitle[0] = "title";
        withTitle[1] = "chair";
        System.arraycopy(refusal.arguments(), 0, withTitle, 2, refusal.arguments().length);
        String text = bean(Messages.class).text(Language.RU, key, withTitle);
        assertThat(text).isNotBlank().isNotEqualTo(apology);
        return text;
    }

    // ---- presses ----

    /** Presses the button labelled {@code buttonText}, one the message shows now, and returns the bot's answer. */
    private CallbackAnswer press(Phone phone, BotMessage message, String buttonText) {
        BotMessage.Button button = phone.current(message).button(buttonText).orElseThrow(() -> new AssertionError(
                "No button «" + buttonText + "» under: " + text(message)));
        return pressData(phone, message, button.callbackData());
    }

    /** Presses the button that carries {@code data}, one the message shows now, and returns the bot's answer. */
    private CallbackAnswer pressData(Phone phone, BotMessage message, String data) {
        return answered(phone, message, data, () -> telegram.userPresses(phone.user(), message.messageId(), data));
    }

    /** A tampered client presses {@code data} under the message, which does not offer it. */
    private CallbackAnswer pressTampered(Phone phone, BotMessage message, String data) {
        assertThat(phone.current(message).keyboard()).as("the message does not offer " + data)
                .noneMatch(row -> row.stream().anyMatch(b -> data.equals(b.callbackData())));
        return answered(phone, message, data,
                () -> telegram.userPressesTampered(phone.user(), message.messageId(), data));
    }

    /** The answer to this press: under this message, with this data, and not one given before it. */
    private CallbackAnswer answered(Phone phone, BotMessage message, String data, Runnable press) {
        Set<String> before = telegram.answersTo(phone.id()).stream().map(CallbackAnswer::queryId)
                .collect(Collectors.toSet());
        press.run();
        return waiting().alias(phone.user().firstName() + "'s answer to the press of " + data)
                .until(() -> telegram.answersTo(phone.id()).stream()
                        .filter(answer -> !before.contains(answer.queryId()) && answer.messageId() == message.messageId()
                                && data.equals(answer.data()))
                        .findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }
}
