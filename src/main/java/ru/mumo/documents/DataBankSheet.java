package ru.mumo.documents;

/** The exported data bank: the file, and how many members are in it or left out for want of consent. */
public record DataBankSheet(String fileName, byte[] content, int members, int withoutConsent) {
}
