package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.springframework.context.ConfigurableApplicationContext;

import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.DocumentMaker;
import ru.mumo.telegram.internal.DocumentRequests;
import ru.mumo.telegram.internal.Request;

/**
 * The small holes of issue 18: unfinished dialogs expire with their answers, someone who only began registering can
 * erase it, an officer removed in the middle of a dialog is told it ended, a press marks a chat reachable again, a
 * command may be followed by a line break, the chair notices follow APP_ADMINS, and heavy documents are built off
 * the update thread, one at a time and a few a minute per person.
 */
class SmallHolesScenarioTests extends DataBankScenarios {

    private static final String SLOW = "slow_document";

    /** Holds the build of the test's document until released, to show who waits for it and who does not. */
    private volatile CountDownLatch release = new CountDownLatch(0);

    @Override
    protected void addBeans(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("slowDocument", new SlowDocument(context));
    }

    @Test
    void anUnfinishedRegistrationExpiresAfterAWeekAndAnyOtherDialogAfterADay() {
        Codes codes = newAssociation("МУМО учителей ИЗО");
        Phone slow = beginsRegistering(newPhone("Неспешная"), codes.member(), "Неспешная Нина Николаевна");
        Phone gone = beginsRegistering(newPhone("Пропавшая"), codes.member(), "Пропавшая Полина Павловна");
        Phone chair = registered("Изабелла", codes.chair(), "Иванова Изабелла Игоревна", "Школа 1", "учитель ИЗО");
        chair.sends("/meeting_new");
        chair.receives("Когда заседание?");

        clock.shift(Duration.ofDays(6).plusHours(23));
        slow.sends("Школа искусств № 2");
        slow.receives("должность");
        chair.sends("завтра 15:00");
        chair.receives("Незаконченный диалог закрыт");
        assertThat(dialogs(chair.id())).isZero();

        clock.shift(Duration.ofDays(7).plusMinutes(1));
        slow.sends("учитель рисования");
        slow.receives("Незаконченный диалог закрыт");
        assertThat(bean(PersonService.class).findPerson(slow.id())).isEmpty();
        assertThat(dialogs(gone.id())).isOne();
        awaitSweep(JobKey.jobKey("housekeeping", "telegram"));
        assertThat(dialogs(gone.id())).as("a registration left for a week, with its answers").isZero();
    }

    @Test
    void someoneWhoOnlyBeganRegisteringCanErase() {
        Codes codes = newAssociation("МУМО учителей труда");
        Phone phone = beginsRegistering(new Phone(new TestUser(6_204_377_915L, "Передумавшая", null, null, "ru")),
                codes.member(), "Передумавшая Пелагея Петровна");
        phone.sends("/forget");
        BotMessage confirm = phone.receives("Удалить то, что вы успели ввести при регистрации");
        phone.presses(confirm, "Да, удалить мои данные");
        phone.seesEdited(confirm, "всё, что вы ввели при регистрации, удалено");
        awaitOutboxSent();
        assertThat(placesHolding(phone.id(), List.of("Передумавшая", "Пелагея"))).isEmpty();
        phone.sends("Школа 7");
        phone.receives("Вы ещё не зарегистрированы");
    }

    @Test
    void anOfficerRemovedInTheMiddleOfADialogIsToldItEnded() {
        Team team = newTeam("МУМО учителей музыки");
        team.join("Председатель Мария Игоревна", Role.CHAIR);
        Phone deputy = team.join("Заместитель Дина Петровна", Role.DEPUTY);
        Phone secretary = team.join("Секретарь Софья Юрьевна", Role.SECRETARY);
        secretary.sends("/meeting_new");
        secretary.receives("Когда заседание?");
        deputy.sends("/plan");
        deputy.presses(deputy.receives("📋 План работы"), "➕ В раздел 1");
        deputy.receives("Напишите планируемое мероприятие");
        MembershipService membership = bean(MembershipService.class);
        membership.remove(team.chairMembership, team.secretaryMembership.getId());
        membership.remove(team.chairMembership, team.deputyMembership.getId());
        secretary.receives("исключил(а) вас");
        deputy.receives("исключил(а) вас");

        secretary.sends("завтра 15:00");
        deputy.sends("Концерт к празднику");
        String apology = bean(Messages.class).text(Language.RU, "error.internal");
        for (Phone phone : List.of(secretary, deputy)) {
            BotMessage reply = phone.receives(m -> text(m).startsWith("Диалог закрыт") || text(m).equals(apology),
                    "the end of the dialog");
            assertThat(text(reply)).startsWith("Диалог закрыт: ваша роль в МУМО изменилась");
            assertThat(dialogs(phone.id())).isZero();
        }
    }

    @Test
    void aPressMarksTheChatReachableAgain() {
        Team team = newTeam("МУМО учителей пения");
        team.join("Председатель Полина Игоревна", Role.CHAIR);
        Phone member = team.join("Участник Ульян Олегович", Role.MEMBER);
        member.sends("/language");
        BotMessage languages = member.receives("Выберите язык");
        telegram.blockedBy(member.id());
        ZonedDateTime inAWeek = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(7).withHour(15).withMinute(0);
        bean(MeetingService.class).schedule(team.chairMembership, inAWeek, MeetingFormat.IN_PERSON, "Зал",
                List.of("О хоре"));
        waiting().alias("the chat marked unreachable").until(() -> unreachable(member.id()));

        // She unblocks the bot, which sends it nothing, and presses a button she had.
        telegram.userOpenedChatBefore(member.user());
        member.presses(languages, "English");
        member.seesEdited(languages, "Language: English.");
        assertThat(unreachable(member.id())).isFalse();
    }

    @Test
    void aCommandFollowedByALineBreakIsTheCommand() {
        Team team = newTeam("МУМО учителей словесности");
        Phone chair = team.join("Председатель Ольга Игоревна", Role.CHAIR);
        chair.sends("/invite\nguest");
        chair.receives("Ссылка для приглашённых «МУМО учителей словесности»");
    }

    @Test
    void theChairNoticesGoToTheOfficialsInAppAdminsNowNotToACreatorWhoLeftThem() {
        long former = 555_000_001L;
        Team team = new Team(this, bean(AssociationService.class).createAssociation("МУМО учителей ОБЗР", "TEREK", former));
        Phone official = official();
        team.join("Председатель Борис Игоревич", Role.CHAIR);
        bean(MembershipService.class).leave(team.chairMembership);
        official.receives("Председатель «МУМО учителей ОБЗР» Председатель Борис Игоревич вышел(а)");
        assertThat(telegram.messagesIn(former)).isEmpty();
    }

    @Test
    void heavyDocumentsAreBuiltOffTheUpdateThreadOneAtATimeAndAFewAMinute() throws InterruptedException {
        Team team = newTeam("МУМО учителей черчения");
        Phone chair = team.join("Председатель Чеслав Игоревич", Role.CHAIR);
        Phone member = team.join("Участник Чара Олеговна", Role.MEMBER);
        release = new CountDownLatch(1);
        member.sends("/" + SLOW);
        waiting().until(() -> bean(DocumentRequests.class).pending() == 1);

        // While it is built, others are answered, and she is told to wait for it.
        chair.sends("/members");
        chair.receives("Состав «МУМО учителей черчения»");
        member.sends("/" + SLOW);
        member.receives("ещё готовится");
        release.countDown();
        receivesDocument(member, "Медленный документ");

        for (int i = 2; i <= 4; i++) {
            member.sends("/" + SLOW);
            receivesDocument(member, "Медленный документ");
        }
        member.sends("/" + SLOW);
        member.receives("Слишком много документов за минуту");
        assertThat(release.await(0, TimeUnit.SECONDS)).isTrue();
    }

    private long dialogs(long chatId) {
        return jdbc().queryForObject("select count(*) from dialog_state where telegram_user_id = ?", Long.class, chatId);
    }

    private boolean unreachable(long chatId) {
        return jdbc().queryForObject("select count(*) from unreachable_chat where chat_id = ?", Long.class, chatId) > 0;
    }

    /** {@code /slow_document}: a document whose build waits for the test. */
    private final class SlowDocument implements Command, DocumentMaker {

        private final ConfigurableApplicationContext context;

        SlowDocument(ConfigurableApplicationContext context) {
            this.context = context;
        }

        @Override
        public String name() {
            return SLOW;
        }

        @Override
        public String kind() {
            return SLOW;
        }

        @Override
        public Access access() {
            return Access.MEMBER;
        }

        @Override
        public boolean listed() {
            return false;
        }

        @Override
        public void execute(Request request) {
            context.getBean(DocumentRequests.class).request(request, SLOW,
                    request.caller().membership().getAssociation().getId(), "");
        }

        @Override
        public void make(Request request) {
            try {
                release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            request.outbox().document(request.chatId(), "slow.txt", "готово".getBytes(), "Медленный документ");
        }
    }
}
