package ru.mumo.telegram.internal;

/**
 * Everything the adapter keeps under a chat must go: the person behind it withdrew consent (or gave up a
 * registration they had begun). Each capability that keeps rows by chat id (dialogs, the outbox, live messages,
 * ballots) deletes them, in the transaction that erased the person.
 */
public record ChatForgotten(long chatId) {
}
