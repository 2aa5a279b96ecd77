package dev.serenity.rest;

/**
 * A REST request got no usable answer: the connection failed, no answer came within the request timeout, the answer
 * was larger than allowed, or a success answer's body could not be read as the expected type. Idempotent requests
 * (GET, PUT, DELETE) were retried first.
 */
public final class RestTransportException extends RestException {

	/**
	 * Create an exception.
	 * @param route the route
	 * @param message what went wrong
	 * @param cause the cause
	 */
	public RestTransportException(Route route, String message, Throwable cause) {
		super(route.method().name(), route.template(), route + ": " + message, cause);
	}

}
