package bareboot;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * The start-up benchmark's reference: a bare Spring Boot application with JPA (one entity), Flyway (Quartz's tables
 * and the entity's) and Quartz in a clustered JDBC store, as the bot has them, and nothing else. It lives outside ru.mumo, so the bot never scans it. It is started from
 * the bot's packaged jar, so it loads the same libraries the same way; it prints {@code READY} once started.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, HibernateJpaAutoConfiguration.class, FlywayAutoConfiguration.class,
        QuartzAutoConfiguration.class, TransactionAutoConfiguration.class})
@EntityScan(basePackageClasses = BareApplication.class)
public class BareApplication {

    public static void main(String[] args) {
        // As arguments, not defaults: the bot's application.properties is on the same classpath and would override
        // defaults (STACK.md trap 12). No web server: the reference is JPA, Flyway and Quartz.
        List<String> all = new ArrayList<>(List.of(
                "--spring.main.web-application-type=none",
                "--spring.application.name=bareboot",
                "--spring.flyway.locations=classpath:db/migration,classpath:bare",
                "--spring.flyway.target=1.1",
                "--spring.jpa.hibernate.ddl-auto=validate",
                "--spring.jpa.open-in-view=false",
                "--spring.quartz.job-store-type=jdbc",
                "--spring.quartz.jdbc.initialize-schema=never",
                "--spring.quartz.properties.org.quartz.jobStore.isClustered=true",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=AUTO",
                "--spring.quartz.properties.org.quartz.jobStore.driverDelegateClass="
                        + "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate",
                "--spring.main.keep-alive=true"));
        all.addAll(List.of(args));
        SpringApplication.run(BareApplication.class, all.toArray(String[]::new));
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        System.out.println("READY");
        System.out.flush();
    }

    /** One entity, so that JPA has something to map. */
    @Entity
    @Table(name = "note")
    public static class Note {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        private String text;
    }
}
