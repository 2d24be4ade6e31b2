package ru.mumo.documents.internal.protocol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A .docx is a zip whose entries carry the time they were written. Rewriting them with one fixed time makes the
 * same document the same bytes, whenever it is produced.
 */
final class StableZip {

    private StableZip() {
    }

    static byte[] of(byte[] zip, Instant stamp) {
        FileTime time = FileTime.from(stamp);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setLastModifiedTime(time);
                copy.setCreationTime(time);
                copy.setLastAccessTime(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rewrite the document package", e);
        }
    }
}
