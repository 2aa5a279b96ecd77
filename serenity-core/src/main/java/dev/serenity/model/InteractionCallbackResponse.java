package dev.serenity.model;

/**
 * What {@code POST /interactions/{id}/{token}/callback?with_response=true} answers: the interaction and what the
 * response created.
 *
 * @param interaction the interaction answered
 * @param resource what the response created or updated, or {@code null}
 */
public record InteractionCallbackResponse(Callback interaction, Resource resource) {

	/**
	 * The interaction a response answered.
	 *
	 * @param id the interaction's id
	 * @param type the interaction's type
	 * @param activityInstanceId the activity launched or joined, if any
	 * @param responseMessageId the message the response created, if any
	 * @param responseMessageLoading whether that message is still loading (a deferred response)
	 * @param responseMessageEphemeral whether that message is ephemeral
	 */
	public record Callback(Snowflake id, InteractionType type, String activityInstanceId,
			Snowflake responseMessageId, Boolean responseMessageLoading, Boolean responseMessageEphemeral) {
	}

	/**
	 * What a response created.
	 *
	 * @param type the callback type of the response, e.g. 4 for {@code CHANNEL_MESSAGE_WITH_SOURCE}
	 * @param activityInstance the activity launched, for {@code LAUNCH_ACTIVITY}
	 * @param message the message created or updated, for message responses
	 */
	public record Resource(Integer type, ActivityInstance activityInstance, Message message) {
	}

	/**
	 * An activity launched by a response.
	 *
	 * @param id the instance's id
	 */
	public record ActivityInstance(String id) {
	}

}
