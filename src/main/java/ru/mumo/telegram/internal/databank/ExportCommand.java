package ru.mumo.telegram.internal.databank;

import org.springframework.stereotype.Component;

import ru.mumo.documents.DataBankExport;
import ru.mumo.documents.DataBankSheet;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.DocumentMaker;
import ru.mumo.telegram.internal.DocumentRequests;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /export}: the member data bank (S Appendix 3) as .xlsx, for the chair and the secretary; built off the
 * update thread.
 */
@Component
class ExportCommand implements Command, DocumentMaker {

    private final DataBankExport export;
    private final DocumentRequests documents;

    ExportCommand(DataBankExport export, DocumentRequests documents) {
        this.export = export;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String kind() {
        return name();
    }

    @Override
    public Access access() {
        return Access.KEEPER;
    }

    @Override
    public void execute(Request request) {
        documents.request(request, kind(), request.caller().membership().getAssociation().getId(), "");
    }

    @Override
    public void make(Request request) {
        DataBankSheet sheet = export.export(request.caller().membership());
        request.outbox().document(request.chatId(), sheet.fileName(), sheet.content(),
                request.text("export.caption", "association", request.caller().membership().getAssociation().getName(),
                        "count", sheet.members(), "without", sheet.withoutConsent()));
    }
}
