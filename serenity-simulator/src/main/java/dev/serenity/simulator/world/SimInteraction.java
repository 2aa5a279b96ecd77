package dev.serenity.simulator.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An interaction the simulator sent, and how the bot answered it so far.
 *
 * @param id the interaction's id
 * @param token its token (a secret: never logged)
 * @param type the interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit
 * @param channelId the channel it came from
 * @param guildId its guild, 0 in DMs
 * @param userId the invoking user
 * @param createdAt when it was sent, on the simulator's clock
 * @param commandType for commands: 1 CHAT_INPUT, 2 USER, 3 MESSAGE; else 0
 * @param commandName the command's name, or {@code null}
 * @param componentMessageId the message holding the component of a component interaction, else 0
 * @param callbackType the type of the initial response, 0 while unacknowledged
 * @param originalMessageId the original response's message, 0 when there is none
 * @param loading whether the original response is a deferred "thinking" message not yet edited
 * @param ephemeral whether the original response is ephemeral
 * @param followUps the follow-up messages, in order
 */
public record SimInteraction(long id, String token, int type, long channelId, long guildId, long userId,
		Instant createdAt, int commandType, String commandName, long componentMessageId, int callbackType,
		long originalMessageId, boolean loading, boolean ephemeral, List<Long> followUps) {

	/** Interaction type of application commands. */
	public static final int APPLICATION_COMMAND = 2;

	/** Interaction type of component uses. */
	public static final int MESSAGE_COMPONENT = 3;

	/** Interaction type of autocomplete requests. */
	public static final int AUTOCOMPLETE = 4;

	/** Interaction type of modal submissions. */
	public static final int MODAL_SUBMIT = 5;

	public SimInteraction {
		followUps = List.copyOf(followUps);
	}

	/**
	 * Create an unanswered interaction.
	 * @param id the id
	 * @param token the token
	 * @param type the interaction type
	 * @param channelId the channel
	 * @param guildId the guild, or 0
	 * @param userId the user
	 * @param createdAt when it was sent
	 * @param commandType the command type, or 0
	 * @param commandName the command's name, or {@code null}
	 * @param componentMessageId the component's message, or 0
	 * @return the interaction
	 */
	public static SimInteraction of(long id, String token, int type, long channelId, long guildId, long userId,
			Instant createdAt, int commandType, String commandName, long componentMessageId) {
		return new SimInteraction(id, token, type, channelId, guildId, userId, createdAt, commandType, commandName,
				componentMessageId, 0, 0, false, false, List.of());
	}

	/**
	 * Return whether the interaction has been answered.
	 * @return whether it is acknowledged
	 */
	public boolean acknowledged() {
		return this.callbackType != 0;
	}

	/**
	 * Return the interaction acknowledged with a response.
	 * @param callbackType the response's type
	 * @param originalMessageId the original response's message, or 0
	 * @param loading whether it is a deferred message
	 * @param ephemeral whether it is ephemeral
	 * @return the new state
	 */
	public SimInteraction acknowledge(int callbackType, long originalMessageId, boolean loading, boolean ephemeral) {
		return new SimInteraction(this.id, this.token, this.type, this.channelId, this.guildId, this.userId,
				this.createdAt, this.commandType, this.commandName, this.componentMessageId, callbackType,
				originalMessageId, loading, ephemeral, this.followUps);
	}

	/**
	 * Return the interaction with another original message state.
	 * @param originalMessageId the original response's message, or 0 after it was deleted
	 * @param loading whether it is still a deferred message
	 * @return the new state
	 */
	public SimInteraction withOriginal(long originalMessageId, boolean loading) {
		return new SimInteraction(this.id, this.token, this.type, this.channelId, this.guildId, this.userId,
				this.createdAt, this.commandType, this.commandName, this.componentMessageId, this.callbackType,
				originalMessageId, loading, this.ephemeral, this.followUps);
	}

	/**
	 * Return the interaction with one more follow-up.
	 * @param messageId the follow-up
	 * @return the new state
	 */
	public SimInteraction withFollowUp(long messageId) {
		List<Long> next = new ArrayList<>(this.followUps);
		next.add(messageId);
		return new SimInteraction(this.id, this.token, this.type, this.channelId, this.guildId, this.userId,
				this.createdAt, this.commandType, this.commandName, this.componentMessageId, this.callbackType,
				this.originalMessageId, this.loading, this.ephemeral, next);
	}

	@Override
	public String toString() {
		return "SimInteraction[id=" + Long.toUnsignedString(this.id) + ", type=" + this.type + ", command="
				+ this.commandName + ", callbackType=" + this.callbackType + ", token=<redacted>]";
	}

}
