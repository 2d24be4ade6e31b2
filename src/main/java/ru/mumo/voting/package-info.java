/**
 * Votes at a meeting and the decisions they give (T 2.4): opening a vote on a question or an agenda item while
 * the meeting is quorate, one ballot per present member, open or secret, the tally by the regulation's rule,
 * and what the protocol records per agenda item ("heard", "decided").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voting",
        allowedDependencies = { "meetings", "membership", "shared" })
package ru.mumo.voting;
