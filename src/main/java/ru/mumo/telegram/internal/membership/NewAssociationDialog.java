package ru.mumo.telegram.internal.membership;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Regulation;
import ru.mumo.telegram.internal.BotIdentity;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The official has named a new association and picks the regulation it follows: a button per regulation. The name
 * waits in the dialog's state; nothing is created before the press, and a second press finds the dialog over.
 */
@Component
class NewAssociationDialog implements Dialog {

    static final String NAME = "new_association";
    static final String BUTTONS = "newassoc";
    private static final String STEP = "regulation";
    private static final String ASSOCIATION = "name";

    private final Dialogs dialogs;
    private final AssociationService associations;
    private final RegulationTexts regulations;
    private final BotIdentity bot;

    NewAssociationDialog(Dialogs dialogs, AssociationService associations, RegulationTexts regulations,
            BotIdentity bot) {
        this.dialogs = dialogs;
        this.associations = associations;
        this.regulations = regulations;
        this.bot = bot;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cancelledKey() {
        return "association.new.cancelled";
    }

    void begin(Request request, String name) {
        dialogs.start(request.chatId(), NAME, STEP).put(ASSOCIATION, name);
        ask(request, name);
    }

    @Override
    public void onText(Request request, DialogState state) {
        request.reply("association.pick.regulation.button");
        repeatQuestion(request, state);
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        ask(request, state.get(ASSOCIATION));
    }

    /** The press of a regulation's button: creates the association under it. */
    void pick(Request request, String code) {
        DialogState state = dialogs.current(request.chatId(), NAME).orElse(null);
        if (state == null || associations.regulations().stream().noneMatch(r -> r.code().equals(code))) {
            request.answer("button.inactive");
            return;
        }
        dialogs.end(state);
        AssociationCreated created = associations.createAssociation(state.get(ASSOCIATION), code, request.chatId());
        var zone = created.association().getTimeZone();
        request.editOrigin(request.text("association.created",
                "name", created.association().getName(),
                "regulation", regulations.name(request.language(), regulations.of(created.association())),
                "title", regulations.title(created.association()),
                "chairLink", bot.deepLink(created.chairInvite().getCode()),
                "memberLink", bot.deepLink(created.memberInvite().getCode()),
                "expires", DateTimeFormatter.ofPattern("dd.MM.yyyy").format(created.memberInvite().getExpiresAt().atZone(zone))),
                null);
    }

    private void ask(Request request, String name) {
        List<Button> buttons = new ArrayList<>();
        for (Regulation regulation : associations.regulations()) {
            buttons.add(Button.callback("📜 " + regulations.name(request.language(), regulation),
                    ButtonHandler.data(BUTTONS, regulation.code())));
        }
        request.send(request.text("association.pick.regulation", "name", name), Keyboard.column(buttons));
    }
}
