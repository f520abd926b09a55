package org.partnerledger.command.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Records a keyed command's outcome in the transaction the command bus opened for it, before its events are
 * appended in the same transaction: the outcome and the events commit together or not at all.
 */
class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final IdempotentCommands outcomes;

    IdempotencyInterceptor(IdempotentCommands outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object outcome = chain.proceed();
        IdempotencyKey.from(unitOfWork.getMessage().getMetaData())
                .ifPresent(key -> outcomes.record(key, outcome));
        return outcome;
    }
}
