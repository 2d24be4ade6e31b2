package ru.mumo.documents;

/**
 * A meeting protocol ready to send: the .docx, its file name, a short text summary to go with it, and whether
 * it is final (a draft is to be completed and marked final before it is signed).
 */
public record ProtocolFile(String fileName, byte[] content, String summary, boolean isFinal) {
}
