package org.disputesuite.platform.web;

/** A request body over the limit; answered 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
