package ru.mumo.voting;

/** The secretary marked a meeting's protocol final: it is ready to sign, and its deadline is met. */
public record ProtocolFinalised(long meetingId) {
}
