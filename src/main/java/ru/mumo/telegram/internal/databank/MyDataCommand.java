package ru.mumo.telegram.internal.databank;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import ru.mumo.databank.PersonalData;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /mydata}: everything the bot holds about the person, as a UTF-8 text file. */
@Component
class MyDataCommand implements Command {

    static final String FILE_NAME = "my-data.txt";

    private final PersonalData personalData;

    MyDataCommand(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public String name() {
        return "mydata";
    }

    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public boolean worksInDialog() {
        return true;
    }

    @Override
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public void execute(Request request) {
        byte[] report = personalData.report(request.caller().person()).getBytes(StandardCharsets.UTF_8);
        request.outbox().document(request.chatId(), FILE_NAME, report, request.text("mydata.caption"));
    }
}
