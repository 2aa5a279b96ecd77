package dev.serenity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a {@link Message}. Only some types can be deleted; see Discord's documentation.
 */
public enum MessageType {

	/** An ordinary message. */
	DEFAULT(0),

	/** Someone was added to a group DM or thread. */
	RECIPIENT_ADD(1),

	/** Someone was removed from a group DM or thread. */
	RECIPIENT_REMOVE(2),

	/** A call started. */
	CALL(3),

	/** The channel was renamed. */
	CHANNEL_NAME_CHANGE(4),

	/** The channel icon changed. */
	CHANNEL_ICON_CHANGE(5),

	/** A message was pinned. */
	CHANNEL_PINNED_MESSAGE(6),

	/** A member joined the guild. */
	USER_JOIN(7),

	/** The guild was boosted. */
	GUILD_BOOST(8),

	/** The guild reached boost level 1. */
	GUILD_BOOST_TIER_1(9),

	/** The guild reached boost level 2. */
	GUILD_BOOST_TIER_2(10),

	/** The guild reached boost level 3. */
	GUILD_BOOST_TIER_3(11),

	/** A channel was followed. */
	CHANNEL_FOLLOW_ADD(12),

	/** The guild left discovery. */
	GUILD_DISCOVERY_DISQUALIFIED(14),

	/** The guild is back in discovery. */
	GUILD_DISCOVERY_REQUALIFIED(15),

	/** First warning before leaving discovery. */
	GUILD_DISCOVERY_GRACE_PERIOD_INITIAL_WARNING(16),

	/** Final warning before leaving discovery. */
	GUILD_DISCOVERY_GRACE_PERIOD_FINAL_WARNING(17),

	/** A thread was created. */
	THREAD_CREATED(18),

	/** A reply to another message. */
	REPLY(19),

	/** A response to a slash command. */
	CHAT_INPUT_COMMAND(20),

	/** The first message of a thread, pointing at its parent message. */
	THREAD_STARTER_MESSAGE(21),

	/** A reminder to invite friends. */
	GUILD_INVITE_REMINDER(22),

	/** A response to a context-menu command. */
	CONTEXT_MENU_COMMAND(23),

	/** An auto-moderation alert. */
	AUTO_MODERATION_ACTION(24),

	/** A role subscription was bought or renewed. */
	ROLE_SUBSCRIPTION_PURCHASE(25),

	/** A premium upsell. */
	INTERACTION_PREMIUM_UPSELL(26),

	/** A stage started. */
	STAGE_START(27),

	/** A stage ended. */
	STAGE_END(28),

	/** Someone became a stage speaker. */
	STAGE_SPEAKER(29),

	/** The stage topic changed. */
	STAGE_TOPIC(31),

	/** An application subscription was bought. */
	GUILD_APPLICATION_PREMIUM_SUBSCRIPTION(32),

	/** Raid alert mode was switched on. */
	GUILD_INCIDENT_ALERT_MODE_ENABLED(36),

	/** Raid alert mode was switched off. */
	GUILD_INCIDENT_ALERT_MODE_DISABLED(37),

	/** A raid was reported. */
	GUILD_INCIDENT_REPORT_RAID(38),

	/** A raid report was a false alarm. */
	GUILD_INCIDENT_REPORT_FALSE_ALARM(39),

	/** A purchase was made. */
	PURCHASE_NOTIFICATION(44),

	/** A poll ended. */
	POLL_RESULT(46),

	/** A value this version does not know. */
	UNKNOWN(-1);

	private static final MessageType[] VALUES = values();

	private final int value;

	MessageType(int value) {
		this.value = value;
	}

	/**
	 * Return Discord's value.
	 * @return the integer Discord sends, or {@code -1} for {@link #UNKNOWN}
	 */
	@JsonValue
	public int value() {
		return this.value;
	}

	/**
	 * Return the constant for a value.
	 * @param value the integer Discord sends
	 * @return the constant, or {@link #UNKNOWN}
	 */
	@JsonCreator
	public static MessageType of(int value) {
		for (MessageType candidate : VALUES) {
			if (candidate.value == value && candidate != UNKNOWN) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
