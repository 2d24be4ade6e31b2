package ru.mumo.emulator.internal;

/** A file part of a multipart request. */
public record UploadedFile(String partName, String fileName, String contentType, byte[] bytes) {
}
