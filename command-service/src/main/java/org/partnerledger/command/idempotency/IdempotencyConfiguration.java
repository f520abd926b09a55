package org.partnerledger.command.idempotency;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Keyed outcomes are recorded with their commands, and expired ones are purged on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

    @Autowired
    void recordKeyedOutcomes(CommandBus commandBus, IdempotentCommands outcomes) {
        commandBus.registerHandlerInterceptor(new IdempotencyInterceptor(outcomes));
    }
}
