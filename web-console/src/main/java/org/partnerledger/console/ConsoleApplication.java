package org.partnerledger.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The web console: pages for people, on the public APIs of command-service and query-service (ADR 19). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsoleApplication.class, args);
    }

    /** Days are judged in UTC, as the services judge them. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
