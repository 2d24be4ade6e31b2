package ru.mumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MumoBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(MumoBotApplication.class, args);
    }
}
