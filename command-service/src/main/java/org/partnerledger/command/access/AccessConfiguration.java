package org.partnerledger.command.access;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    /**
     * Access is written in the command's own unit of work and transaction, and a failure to write it fails the
     * command: an event whose access change was lost would admit or keep out the wrong people.
     */
    @Bean
    ConfigurerModule accessWrittenWithItsEvents() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(PartnershipAccess.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PartnershipAccess.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
