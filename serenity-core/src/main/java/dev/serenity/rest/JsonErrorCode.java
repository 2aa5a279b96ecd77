package dev.serenity.rest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Common values of the {@code code} in Discord's JSON error answers (the full list is in Discord's "Opcodes and
 * Status Codes"). {@link DiscordRestException#code()} keeps every code, also those missing here.
 */
public enum JsonErrorCode {

	/** General error, e.g. a malformed body; also answers without a code. */
	GENERAL_ERROR(0),

	/** Unknown account. */
	UNKNOWN_ACCOUNT(10001),

	/** Unknown application. */
	UNKNOWN_APPLICATION(10002),

	/** Unknown channel. */
	UNKNOWN_CHANNEL(10003),

	/** Unknown guild. */
	UNKNOWN_GUILD(10004),

	/** Unknown invite. */
	UNKNOWN_INVITE(10006),

	/** Unknown member. */
	UNKNOWN_MEMBER(10007),

	/** Unknown message. */
	UNKNOWN_MESSAGE(10008),

	/** Unknown permission overwrite. */
	UNKNOWN_PERMISSION_OVERWRITE(10009),

	/** Unknown role. */
	UNKNOWN_ROLE(10011),

	/** Unknown user. */
	UNKNOWN_USER(10013),

	/** Unknown emoji. */
	UNKNOWN_EMOJI(10014),

	/** Unknown webhook: do not use the webhook again. */
	UNKNOWN_WEBHOOK(10015),

	/** Unknown ban. */
	UNKNOWN_BAN(10026),

	/** Unknown interaction: the token expired or was never valid. */
	UNKNOWN_INTERACTION(10062),

	/** Unknown application command. */
	UNKNOWN_APPLICATION_COMMAND(10063),

	/** Bots cannot use this endpoint. */
	BOTS_CANNOT_USE_ENDPOINT(20001),

	/** The channel's slowmode limits this action. */
	SLOWMODE_RATE_LIMITED(20016),

	/** The channel's write rate limit was hit. */
	CHANNEL_WRITE_RATE_LIMITED(20028),

	/** The server's write rate limit was hit. */
	SERVER_WRITE_RATE_LIMITED(20029),

	/** Maximum number of guilds reached. */
	MAX_GUILDS(30001),

	/** Maximum number of pins reached. */
	MAX_PINS(30003),

	/** Maximum number of roles reached. */
	MAX_ROLES(30005),

	/** Maximum number of webhooks reached. */
	MAX_WEBHOOKS(30007),

	/** Maximum number of reactions reached. */
	MAX_REACTIONS(30010),

	/** Maximum number of guild channels reached. */
	MAX_CHANNELS(30013),

	/** Maximum number of application commands of one type reached. */
	MAX_APPLICATION_COMMANDS(30032),

	/** Maximum number of daily application command creates reached. */
	MAX_DAILY_APPLICATION_COMMAND_CREATES(30034),

	/** Unauthorized: provide a valid token. */
	UNAUTHORIZED(40001),

	/** Request entity too large. */
	ENTITY_TOO_LARGE(40005),

	/** The user is banned from this guild. */
	USER_BANNED(40007),

	/** The interaction was already acknowledged. */
	INTERACTION_ALREADY_ACKNOWLEDGED(40060),

	/** A service resource is being rate limited. */
	RESOURCE_RATE_LIMITED(40062),

	/** The target user is not connected to voice (moving a member). */
	TARGET_NOT_IN_VOICE(40032),

	/** Cloudflare blocks the request, often because of a bad User-Agent. */
	CLOUDFLARE_BLOCKED(40333),

	/** Missing access: the bot cannot see the channel or guild. */
	MISSING_ACCESS(50001),

	/** Cannot execute the action on a DM channel. */
	CANNOT_EXECUTE_ON_DM(50003),

	/** Cannot edit a message authored by another user. */
	CANNOT_EDIT_OTHER_USERS_MESSAGE(50005),

	/** Cannot send an empty message. */
	EMPTY_MESSAGE(50006),

	/** Cannot send messages to this user (DMs closed, or no shared guild). */
	CANNOT_MESSAGE_USER(50007),

	/** Cannot send messages in a non-text channel. */
	NON_TEXT_CHANNEL(50008),

	/** Missing permissions. */
	MISSING_PERMISSIONS(50013),

	/** Invalid authentication token. */
	INVALID_AUTHENTICATION_TOKEN(50014),

	/** Bulk delete needs 2 to 100 messages. */
	INVALID_BULK_DELETE_COUNT(50016),

	/** Cannot execute the action on a system message. */
	SYSTEM_MESSAGE(50021),

	/** Cannot execute the action on this channel type (e.g. a thread in a voice channel). */
	INVALID_CHANNEL_TYPE(50024),

	/** Invalid webhook token: do not use the webhook again. */
	INVALID_WEBHOOK_TOKEN(50027),

	/** Invalid role (e.g. deleting {@code @everyone} or a managed role). */
	INVALID_ROLE(50028),

	/** A message was too old to bulk delete. */
	MESSAGE_TOO_OLD_TO_BULK_DELETE(50034),

	/** Invalid form body: see {@link DiscordRestException#fieldErrors()}. */
	INVALID_FORM_BODY(50035),

	/** Invalid API version. */
	INVALID_API_VERSION(50041),

	/** An uploaded file is too large. */
	FILE_TOO_LARGE(50045),

	/** The guild needs more boosts for this (e.g. role icons). */
	NOT_ENOUGH_BOOSTS(50101),

	/** The thread is archived. */
	THREAD_ARCHIVED(50083),

	/** A thread has already been created for this message. */
	THREAD_ALREADY_CREATED(160004),

	/** The request body contains invalid JSON. */
	INVALID_JSON(50109),

	/** The API resource is overloaded; try again later. */
	RESOURCE_OVERLOADED(130000),

	/** A bulk ban could ban none of the users. */
	BULK_BAN_FAILED(500000),

	/** A reply needs READ_MESSAGE_HISTORY. */
	REPLY_WITHOUT_READ_MESSAGE_HISTORY(160002),

	/** Poll voting blocked. */
	POLL_VOTING_BLOCKED(520000),

	/** The poll has ended (e.g. ending it again). */
	POLL_EXPIRED(520001),

	/** Polls cannot be created in this channel type. */
	POLL_INVALID_CHANNEL_TYPE(520002),

	/** A poll message cannot be edited. */
	CANNOT_EDIT_POLL_MESSAGE(520003),

	/** An emoji of the poll cannot be used. */
	POLL_EMOJI_NOT_USABLE(520004),

	/** Only a message with a poll can have its poll ended. */
	CANNOT_EXPIRE_NON_POLL_MESSAGE(520006);

	private static final Map<Integer, JsonErrorCode> BY_CODE = new HashMap<>();

	static {
		for (JsonErrorCode value : values()) {
			BY_CODE.put(value.code, value);
		}
	}

	private final int code;

	JsonErrorCode(int code) {
		this.code = code;
	}

	/**
	 * Return Discord's numeric code.
	 * @return the code
	 */
	public int code() {
		return this.code;
	}

	/**
	 * Find the constant of a code.
	 * @param code Discord's code
	 * @return the constant, or empty for codes without one
	 */
	public static Optional<JsonErrorCode> of(int code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

}
