package dev.serenity.gateway.voice;

import dev.serenity.gateway.command.VoiceStateUpdate;

/**
 * Sends op 4 on a shard, for a {@link VoiceGatewayManager}.
 */
@FunctionalInterface
public interface VoiceCommandSender {

	/**
	 * Join, move within or leave voice.
	 * @param command the voice state update
	 */
	void updateVoiceState(VoiceStateUpdate command);

}
