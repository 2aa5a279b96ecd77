package dev.serenity.simulator.gateway;

import java.util.Map;

/**
 * Which intent gates which dispatch, following Discord's intents table. Events not listed are always sent.
 */
public final class EventIntents {

	private static final Map<String, Intent> GUILD = Map.ofEntries(Map.entry("GUILD_CREATE", Intent.GUILDS),
			Map.entry("GUILD_UPDATE", Intent.GUILDS), Map.entry("GUILD_DELETE", Intent.GUILDS),
			Map.entry("GUILD_ROLE_CREATE", Intent.GUILDS), Map.entry("GUILD_ROLE_UPDATE", Intent.GUILDS),
			Map.entry("GUILD_ROLE_DELETE", Intent.GUILDS), Map.entry("CHANNEL_CREATE", Intent.GUILDS),
			Map.entry("CHANNEL_UPDATE", Intent.GUILDS), Map.entry("CHANNEL_DELETE", Intent.GUILDS),
			Map.entry("CHANNEL_PINS_UPDATE", Intent.GUILDS), Map.entry("THREAD_CREATE", Intent.GUILDS),
			Map.entry("THREAD_UPDATE", Intent.GUILDS), Map.entry("THREAD_DELETE", Intent.GUILDS),
			Map.entry("THREAD_LIST_SYNC", Intent.GUILDS), Map.entry("THREAD_MEMBER_UPDATE", Intent.GUILDS),
			Map.entry("THREAD_MEMBERS_UPDATE", Intent.GUILDS), Map.entry("STAGE_INSTANCE_CREATE", Intent.GUILDS),
			Map.entry("STAGE_INSTANCE_UPDATE", Intent.GUILDS), Map.entry("STAGE_INSTANCE_DELETE", Intent.GUILDS),
			Map.entry("VOICE_CHANNEL_STATUS_UPDATE", Intent.GUILDS),
			Map.entry("VOICE_CHANNEL_START_TIME_UPDATE", Intent.GUILDS),
			Map.entry("GUILD_MEMBER_ADD", Intent.GUILD_MEMBERS), Map.entry("GUILD_MEMBER_UPDATE", Intent.GUILD_MEMBERS),
			Map.entry("GUILD_MEMBER_REMOVE", Intent.GUILD_MEMBERS),
			Map.entry("GUILD_AUDIT_LOG_ENTRY_CREATE", Intent.GUILD_MODERATION),
			Map.entry("GUILD_BAN_ADD", Intent.GUILD_MODERATION), Map.entry("GUILD_BAN_REMOVE", Intent.GUILD_MODERATION),
			Map.entry("GUILD_EMOJIS_UPDATE", Intent.GUILD_EXPRESSIONS),
			Map.entry("GUILD_STICKERS_UPDATE", Intent.GUILD_EXPRESSIONS),
			Map.entry("GUILD_SOUNDBOARD_SOUND_CREATE", Intent.GUILD_EXPRESSIONS),
			Map.entry("GUILD_SOUNDBOARD_SOUND_UPDATE", Intent.GUILD_EXPRESSIONS),
			Map.entry("GUILD_SOUNDBOARD_SOUND_DELETE", Intent.GUILD_EXPRESSIONS),
			Map.entry("GUILD_SOUNDBOARD_SOUNDS_UPDATE", Intent.GUILD_EXPRESSIONS),
			Map.entry("GUILD_INTEGRATIONS_UPDATE", Intent.GUILD_INTEGRATIONS),
			Map.entry("INTEGRATION_CREATE", Intent.GUILD_INTEGRATIONS),
			Map.entry("INTEGRATION_UPDATE", Intent.GUILD_INTEGRATIONS),
			Map.entry("INTEGRATION_DELETE", Intent.GUILD_INTEGRATIONS),
			Map.entry("WEBHOOKS_UPDATE", Intent.GUILD_WEBHOOKS), Map.entry("INVITE_CREATE", Intent.GUILD_INVITES),
			Map.entry("INVITE_DELETE", Intent.GUILD_INVITES),
			Map.entry("VOICE_CHANNEL_EFFECT_SEND", Intent.GUILD_VOICE_STATES),
			Map.entry("VOICE_STATE_UPDATE", Intent.GUILD_VOICE_STATES),
			Map.entry("PRESENCE_UPDATE", Intent.GUILD_PRESENCES), Map.entry("MESSAGE_CREATE", Intent.GUILD_MESSAGES),
			Map.entry("MESSAGE_UPDATE", Intent.GUILD_MESSAGES), Map.entry("MESSAGE_DELETE", Intent.GUILD_MESSAGES),
			Map.entry("MESSAGE_DELETE_BULK", Intent.GUILD_MESSAGES),
			Map.entry("MESSAGE_REACTION_ADD", Intent.GUILD_MESSAGE_REACTIONS),
			Map.entry("MESSAGE_REACTION_REMOVE", Intent.GUILD_MESSAGE_REACTIONS),
			Map.entry("MESSAGE_REACTION_REMOVE_ALL", Intent.GUILD_MESSAGE_REACTIONS),
			Map.entry("MESSAGE_REACTION_REMOVE_EMOJI", Intent.GUILD_MESSAGE_REACTIONS),
			Map.entry("TYPING_START", Intent.GUILD_MESSAGE_TYPING),
			Map.entry("GUILD_SCHEDULED_EVENT_CREATE", Intent.GUILD_SCHEDULED_EVENTS),
			Map.entry("GUILD_SCHEDULED_EVENT_UPDATE", Intent.GUILD_SCHEDULED_EVENTS),
			Map.entry("GUILD_SCHEDULED_EVENT_DELETE", Intent.GUILD_SCHEDULED_EVENTS),
			Map.entry("GUILD_SCHEDULED_EVENT_USER_ADD", Intent.GUILD_SCHEDULED_EVENTS),
			Map.entry("GUILD_SCHEDULED_EVENT_USER_REMOVE", Intent.GUILD_SCHEDULED_EVENTS),
			Map.entry("AUTO_MODERATION_RULE_CREATE", Intent.AUTO_MODERATION_CONFIGURATION),
			Map.entry("AUTO_MODERATION_RULE_UPDATE", Intent.AUTO_MODERATION_CONFIGURATION),
			Map.entry("AUTO_MODERATION_RULE_DELETE", Intent.AUTO_MODERATION_CONFIGURATION),
			Map.entry("AUTO_MODERATION_ACTION_EXECUTION", Intent.AUTO_MODERATION_EXECUTION),
			Map.entry("MESSAGE_POLL_VOTE_ADD", Intent.GUILD_MESSAGE_POLLS),
			Map.entry("MESSAGE_POLL_VOTE_REMOVE", Intent.GUILD_MESSAGE_POLLS));

	private static final Map<String, Intent> DIRECT = Map.ofEntries(
			Map.entry("MESSAGE_CREATE", Intent.DIRECT_MESSAGES), Map.entry("MESSAGE_UPDATE", Intent.DIRECT_MESSAGES),
			Map.entry("MESSAGE_DELETE", Intent.DIRECT_MESSAGES),
			Map.entry("CHANNEL_PINS_UPDATE", Intent.DIRECT_MESSAGES),
			Map.entry("MESSAGE_REACTION_ADD", Intent.DIRECT_MESSAGE_REACTIONS),
			Map.entry("MESSAGE_REACTION_REMOVE", Intent.DIRECT_MESSAGE_REACTIONS),
			Map.entry("MESSAGE_REACTION_REMOVE_ALL", Intent.DIRECT_MESSAGE_REACTIONS),
			Map.entry("MESSAGE_REACTION_REMOVE_EMOJI", Intent.DIRECT_MESSAGE_REACTIONS),
			Map.entry("TYPING_START", Intent.DIRECT_MESSAGE_TYPING),
			Map.entry("MESSAGE_POLL_VOTE_ADD", Intent.DIRECT_MESSAGE_POLLS),
			Map.entry("MESSAGE_POLL_VOTE_REMOVE", Intent.DIRECT_MESSAGE_POLLS));

	private EventIntents() {
	}

	/**
	 * Return whether a session with the given intents receives an event.
	 * @param type the dispatch name
	 * @param inGuild whether the event belongs to a guild
	 * @param intents the session's intent bits
	 * @return whether to send it
	 */
	public static boolean allows(String type, boolean inGuild, long intents) {
		Intent required = (inGuild ? GUILD : DIRECT).get(type);
		return required == null || required.in(intents);
	}

	/**
	 * Return whether the event carries message content that MESSAGE_CONTENT gates.
	 * @param type the dispatch name
	 * @return whether content fields may need emptying
	 */
	public static boolean carriesMessageContent(String type) {
		return "MESSAGE_CREATE".equals(type) || "MESSAGE_UPDATE".equals(type);
	}

}
