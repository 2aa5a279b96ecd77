package dev.serenity.rest.api;

/**
 * The type of a response to an interaction.
 */
public enum InteractionCallbackType {

	/** Acknowledge a PING (HTTP interactions only). */
	PONG(1),

	/** Answer with a message. */
	CHANNEL_MESSAGE_WITH_SOURCE(4),

	/** Acknowledge now and show "thinking"; edit the original response later. */
	DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE(5),

	/** For component interactions: acknowledge now, edit the message later. */
	DEFERRED_UPDATE_MESSAGE(6),

	/** For component interactions: edit the message the component is on. */
	UPDATE_MESSAGE(7),

	/** For autocomplete interactions: suggest choices. */
	APPLICATION_COMMAND_AUTOCOMPLETE_RESULT(8),

	/** Open a modal (not for modal submissions and PINGs). */
	MODAL(9),

	/**
	 * Tell the user that the command needs a premium subscription.
	 * @deprecated Discord replaced it with premium buttons
	 */
	@Deprecated
	PREMIUM_REQUIRED(10),

	/** Launch the application's activity. */
	LAUNCH_ACTIVITY(12);

	private final int value;

	InteractionCallbackType(int value) {
		this.value = value;
	}

	/**
	 * Return Discord's value.
	 * @return the integer Discord expects
	 */
	public int value() {
		return this.value;
	}

}
