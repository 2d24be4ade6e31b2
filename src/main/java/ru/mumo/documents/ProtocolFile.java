package ru.mumo.documents;

/** A meeting protocol ready to send: the .docx, its file name, and a short text summary to go with it. */
public record ProtocolFile(String fileName, byte[] content, String summary) {
}
