package org.partnerledger.command.publication;

/** The broker did not take a batch of events; the processor keeps its token and tries the batch again. */
class PublicationFailedException extends RuntimeException {

    PublicationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
