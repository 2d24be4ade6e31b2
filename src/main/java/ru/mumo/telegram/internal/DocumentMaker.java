package ru.mumo.telegram.internal;

/**
 * Builds one kind of heavy document (a protocol, a report, the work plan, the data bank export) that someone asked
 * for through {@link DocumentRequests}. It runs on a worker thread, in a transaction of its own that also marks the
 * request done, so the document goes out once and the update that asked for it is not held up.
 */
public interface DocumentMaker {

    String kind();

    /** Who may still have it when it is built; checked against the caller acting in the recorded association. */
    Access access();

    /**
     * Builds the document and writes it to the outbox. {@code request.argument()} is the argument recorded with the
     * request; {@code request.caller()} acts in the association recorded with it. A refusal is answered politely.
     */
    void make(Request request);
}
