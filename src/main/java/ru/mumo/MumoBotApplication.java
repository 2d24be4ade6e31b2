package ru.mumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import ru.mumo.sandbox.SandboxLauncher;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MumoBotApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MumoBotApplication.class);
        application.addListeners(new SandboxLauncher());
        application.run(args);
    }
}
