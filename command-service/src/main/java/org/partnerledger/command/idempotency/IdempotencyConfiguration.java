package org.partnerledger.command.idempotency;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Autowired
    void recordKeyedOutcomes(CommandBus commandBus, IdempotentCommands outcomes) {
        commandBus.registerHandlerInterceptor(new IdempotencyInterceptor(outcomes));
    }
}
