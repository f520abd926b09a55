package org.partnerledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

@SpringBootApplication
public class CommandServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }

    /** Rules about dates ask this clock, so tests can fix "today". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
