package dev.serenity.interaction;

/**
 * Thrown when an interaction that already has its initial response is acknowledged again: Discord takes exactly one
 * initial response (a second one would fail with 40060, "Interaction has already been acknowledged"). Use
 * {@link InteractionResponder#followUp} or {@link InteractionResponder#editOriginal} after the first response.
 */
public class InteractionAcknowledgedException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param message what was acknowledged, how, and what to do instead
	 */
	public InteractionAcknowledgedException(String message) {
		super(message);
	}

}
