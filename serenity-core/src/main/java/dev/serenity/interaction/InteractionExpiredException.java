package dev.serenity.interaction;

/**
 * Thrown before anything is sent when an interaction can no longer be answered: its initial response is later than
 * Discord's 3-second deadline (Discord would answer 10062, "Unknown interaction"), or its token is older than 15
 * minutes (Discord would answer 50027, "Invalid Webhook Token").
 */
public class InteractionExpiredException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param message which limit passed and when
	 */
	public InteractionExpiredException(String message) {
		super(message);
	}

}
