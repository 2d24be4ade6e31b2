package ru.mumo.meetings;

/**
 * A document to attach to a meeting: to the 0-based {@code agendaPosition}, or to the whole meeting when it is
 * {@code null}; {@code fileRef} is the adapter's handle on the file.
 */
public record NewMaterial(Integer agendaPosition, String fileName, String fileRef, String mimeType) {

    public static final int MAX_NAME = 300;

    public NewMaterial {
        if (fileRef == null || fileRef.isBlank() || fileRef.length() > 300) {
            throw new IllegalArgumentException("A material needs the adapter's handle on its file");
        }
        fileName = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        if (fileName.length() > MAX_NAME) {
            fileName = fileName.substring(0, MAX_NAME);
        }
        if (mimeType != null && mimeType.length() > 150) {
            mimeType = null;
        }
    }
}
