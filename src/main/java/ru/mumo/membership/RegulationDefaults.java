package ru.mumo.membership;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * At start, gives each association created before regulations were chosen its default regulation and asks its
 * official to confirm it. Once: the next start finds them all with one. Two instances starting together race on the
 * associations' versions, and the loser leaves it to the winner.
 */
@Component
class RegulationDefaults {

    private static final Logger log = LoggerFactory.getLogger(RegulationDefaults.class);

    private final AssociationService associations;

    RegulationDefaults(AssociationService associations) {
        this.associations = associations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void assume() {
        try {
            int assumed = associations.assumeDefaultRegulations();
            if (assumed > 0) {
                log.info("{} associations got a default regulation; their officials are asked to confirm it", assumed);
            }
        } catch (ConcurrencyFailureException e) {
            log.info("Another instance gave the associations their default regulations");
        }
    }
}
