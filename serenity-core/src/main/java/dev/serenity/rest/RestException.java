package dev.serenity.rest;

/**
 * Base of every failure of a REST request; unchecked. It names the method and route template, never path values,
 * tokens or headers.
 *
 * <ul>
 * <li>{@link DiscordRestException}: Discord answered with an error status.</li>
 * <li>{@link RestRequestRefusedException}: the client refused to send (token rejected, invalid request limit near,
 * client closed).</li>
 * <li>{@link RestTransportException}: no usable answer (connection failure, timeout, unreadable body).</li>
 * </ul>
 */
public abstract class RestException extends RuntimeException {

	private final String method;

	private final String route;

	/**
	 * Create an exception.
	 * @param method the HTTP method
	 * @param route the route template
	 * @param message the message
	 * @param cause the cause, or {@code null}
	 */
	protected RestException(String method, String route, String message, Throwable cause) {
		super(message, cause);
		this.method = method;
		this.route = route;
	}

	/**
	 * Return the HTTP method of the request.
	 * @return e.g. {@code POST}
	 */
	public String method() {
		return this.method;
	}

	/**
	 * Return the route template of the request.
	 * @return e.g. {@code /channels/{channel.id}/messages}
	 */
	public String route() {
		return this.route;
	}

}
