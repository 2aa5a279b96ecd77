package dev.serenity.model;

import java.util.Map;

/**
 * The interaction a message answers: a command, a component interaction or a modal submission.
 *
 * @param id the interaction
 * @param type its type
 * @param user the user who triggered it
 * @param authorizingIntegrationOwners the installation contexts the interaction ran in: {@code "0"} (guild) or
 * {@code "1"} (user) mapped to the guild or user id; never {@code null}
 * @param originalResponseMessageId the original response, on follow-up messages
 * @param targetUser the user a user command ran on
 * @param targetMessageId the message a message command ran on
 * @param interactedMessageId the message holding the component, for component interactions
 * @param triggeringInteractionMetadata the interaction that opened the modal, for modal submissions
 */
public record MessageInteractionMetadata(Snowflake id, InteractionType type, User user,
		Map<String, Snowflake> authorizingIntegrationOwners, Snowflake originalResponseMessageId, User targetUser,
		Snowflake targetMessageId, Snowflake interactedMessageId,
		MessageInteractionMetadata triggeringInteractionMetadata) {

	/**
	 * Create the metadata.
	 */
	public MessageInteractionMetadata {
		authorizingIntegrationOwners = Copies.map(authorizingIntegrationOwners);
	}

}
