package ru.mumo.documents;

/** A meeting's protocol was put together as a .docx for the chair and the secretary to sign. */
public record ProtocolIssued(long meetingId) {
}
