package org.partnerledger.console.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/** Where the two services answer; the console reaches them only through their public APIs. */
@ConfigurationProperties("partnerledger.console")
public record ServiceAddresses(URI commandUrl, URI queryUrl) {
}
