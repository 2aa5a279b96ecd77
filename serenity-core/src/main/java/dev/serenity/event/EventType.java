package dev.serenity.event;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import dev.serenity.gateway.GatewayIntent;
import dev.serenity.json.DiscordJson;
import dev.serenity.json.MessageJson;
import dev.serenity.model.AuditLogEntry;
import dev.serenity.model.AutoModerationRule;
import dev.serenity.model.Channel;
import dev.serenity.model.Entitlement;
import dev.serenity.model.Guild;
import dev.serenity.model.GuildScheduledEvent;
import dev.serenity.model.Integration;
import dev.serenity.model.Interaction;
import dev.serenity.model.Member;
import dev.serenity.model.Message;
import dev.serenity.model.Presence;
import dev.serenity.model.SoundboardSound;
import dev.serenity.model.StageInstance;
import dev.serenity.model.Subscription;
import dev.serenity.model.ThreadMember;
import dev.serenity.model.User;
import dev.serenity.model.VoiceState;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;

import static dev.serenity.gateway.GatewayIntent.AUTO_MODERATION_CONFIGURATION;
import static dev.serenity.gateway.GatewayIntent.AUTO_MODERATION_EXECUTION;
import static dev.serenity.gateway.GatewayIntent.DIRECT_MESSAGES;
import static dev.serenity.gateway.GatewayIntent.DIRECT_MESSAGE_POLLS;
import static dev.serenity.gateway.GatewayIntent.DIRECT_MESSAGE_REACTIONS;
import static dev.serenity.gateway.GatewayIntent.DIRECT_MESSAGE_TYPING;
import static dev.serenity.gateway.GatewayIntent.GUILDS;
import static dev.serenity.gateway.GatewayIntent.GUILD_EXPRESSIONS;
import static dev.serenity.gateway.GatewayIntent.GUILD_INTEGRATIONS;
import static dev.serenity.gateway.GatewayIntent.GUILD_INVITES;
import static dev.serenity.gateway.GatewayIntent.GUILD_MEMBERS;
import static dev.serenity.gateway.GatewayIntent.GUILD_MESSAGES;
import static dev.serenity.gateway.GatewayIntent.GUILD_MESSAGE_POLLS;
import static dev.serenity.gateway.GatewayIntent.GUILD_MESSAGE_REACTIONS;
import static dev.serenity.gateway.GatewayIntent.GUILD_MESSAGE_TYPING;
import static dev.serenity.gateway.GatewayIntent.GUILD_MODERATION;
import static dev.serenity.gateway.GatewayIntent.GUILD_PRESENCES;
import static dev.serenity.gateway.GatewayIntent.GUILD_SCHEDULED_EVENTS;
import static dev.serenity.gateway.GatewayIntent.GUILD_VOICE_STATES;
import static dev.serenity.gateway.GatewayIntent.GUILD_WEBHOOKS;

/**
 * A dispatch event type: the {@code t} of an op-0 frame, the record its {@code d} decodes to, and the intents that
 * gate it. There is one constant per dispatch name Discord documents; {@link #forName(String)} finds them.
 *
 * <p>Decoding is lazy by design: the gateway reads {@code op}, {@code s} and {@code t} itself and calls
 * {@link #decode(JsonParser)} only when a listener wants the typed event. Decoding never fails on unknown fields or
 * enum values; malformed values fail with a {@link tools.jackson.core.JacksonException}.
 *
 * @param <E> the event record
 */
public final class EventType<E extends DiscordEvent> {

	private static final Map<String, EventType<?>> BY_NAME = new LinkedHashMap<>();

	/** The shard identified; the session can be resumed from now on. */
	public static final EventType<ReadyEvent> READY = of("READY", ReadyEvent.class);

	/** A RESUME succeeded and every missed event has been replayed. */
	public static final EventType<ResumedEvent> RESUMED = of("RESUMED", ResumedEvent.class);

	/** A gateway command was rate limited; today only op 8 (request guild members) asking for all members. */
	public static final EventType<RateLimitedEvent> RATE_LIMITED = of("RATE_LIMITED", RateLimitedEvent.class);

	/** The permissions of an application command changed in a guild. */
	public static final EventType<ApplicationCommandPermissionsUpdateEvent> APPLICATION_COMMAND_PERMISSIONS_UPDATE = of(
			"APPLICATION_COMMAND_PERMISSIONS_UPDATE", ApplicationCommandPermissionsUpdateEvent.class);

	/** An auto-moderation rule was created. */
	public static final EventType<AutoModerationRuleCreateEvent> AUTO_MODERATION_RULE_CREATE = wrapping(
			"AUTO_MODERATION_RULE_CREATE", AutoModerationRuleCreateEvent.class, AutoModerationRule.class,
			AutoModerationRuleCreateEvent::new, AUTO_MODERATION_CONFIGURATION);

	/** An auto-moderation rule was changed. */
	public static final EventType<AutoModerationRuleUpdateEvent> AUTO_MODERATION_RULE_UPDATE = wrapping(
			"AUTO_MODERATION_RULE_UPDATE", AutoModerationRuleUpdateEvent.class, AutoModerationRule.class,
			AutoModerationRuleUpdateEvent::new, AUTO_MODERATION_CONFIGURATION);

	/** An auto-moderation rule was deleted. */
	public static final EventType<AutoModerationRuleDeleteEvent> AUTO_MODERATION_RULE_DELETE = wrapping(
			"AUTO_MODERATION_RULE_DELETE", AutoModerationRuleDeleteEvent.class, AutoModerationRule.class,
			AutoModerationRuleDeleteEvent::new, AUTO_MODERATION_CONFIGURATION);

	/** An auto-moderation rule acted on a message or member. */
	public static final EventType<AutoModerationActionExecutionEvent> AUTO_MODERATION_ACTION_EXECUTION = of(
			"AUTO_MODERATION_ACTION_EXECUTION", AutoModerationActionExecutionEvent.class, AUTO_MODERATION_EXECUTION);

	/** A guild channel was created. */
	public static final EventType<ChannelCreateEvent> CHANNEL_CREATE = wrapping("CHANNEL_CREATE",
			ChannelCreateEvent.class, Channel.class, ChannelCreateEvent::new, GUILDS);

	/** A channel was changed. */
	public static final EventType<ChannelUpdateEvent> CHANNEL_UPDATE = wrapping("CHANNEL_UPDATE",
			ChannelUpdateEvent.class, Channel.class, ChannelUpdateEvent::new, GUILDS);

	/** A guild channel was deleted. */
	public static final EventType<ChannelDeleteEvent> CHANNEL_DELETE = wrapping("CHANNEL_DELETE",
			ChannelDeleteEvent.class, Channel.class, ChannelDeleteEvent::new, GUILDS);

	/** A message was pinned or unpinned. */
	public static final EventType<ChannelPinsUpdateEvent> CHANNEL_PINS_UPDATE = of("CHANNEL_PINS_UPDATE",
			ChannelPinsUpdateEvent.class, GUILDS, DIRECT_MESSAGES);

	/** The answer to a request channel info command (op 43). */
	public static final EventType<ChannelInfoEvent> CHANNEL_INFO = of("CHANNEL_INFO", ChannelInfoEvent.class);

	/** A voice channel's status was set or cleared. */
	public static final EventType<VoiceChannelStatusUpdateEvent> VOICE_CHANNEL_STATUS_UPDATE = of(
			"VOICE_CHANNEL_STATUS_UPDATE", VoiceChannelStatusUpdateEvent.class, GUILDS);

	/** A voice session started or ended in a channel. */
	public static final EventType<VoiceChannelStartTimeUpdateEvent> VOICE_CHANNEL_START_TIME_UPDATE = of(
			"VOICE_CHANNEL_START_TIME_UPDATE", VoiceChannelStartTimeUpdateEvent.class, GUILDS);

	/** A thread was created, or the bot was added to a private thread. */
	public static final EventType<ThreadCreateEvent> THREAD_CREATE = wrapping("THREAD_CREATE", ThreadCreateEvent.class,
			Channel.class, ThreadCreateEvent::new, GUILDS);

	/** A thread was changed. */
	public static final EventType<ThreadUpdateEvent> THREAD_UPDATE = wrapping("THREAD_UPDATE", ThreadUpdateEvent.class,
			Channel.class, ThreadUpdateEvent::new, GUILDS);

	/** A thread was deleted. */
	public static final EventType<ThreadDeleteEvent> THREAD_DELETE = of("THREAD_DELETE", ThreadDeleteEvent.class,
			GUILDS);

	/** The bot gained access to a channel; these are its active threads. */
	public static final EventType<ThreadListSyncEvent> THREAD_LIST_SYNC = of("THREAD_LIST_SYNC",
			ThreadListSyncEvent.class, GUILDS);

	/** The bot's own thread membership changed. */
	public static final EventType<ThreadMemberUpdateEvent> THREAD_MEMBER_UPDATE = wrapping("THREAD_MEMBER_UPDATE",
			ThreadMemberUpdateEvent.class, ThreadMember.class, ThreadMemberUpdateEvent::new, GUILDS);

	/** Users were added to or removed from a thread. */
	public static final EventType<ThreadMembersUpdateEvent> THREAD_MEMBERS_UPDATE = of("THREAD_MEMBERS_UPDATE",
			ThreadMembersUpdateEvent.class, GUILDS, GUILD_MEMBERS);

	/** A user subscribed or bought something from the application. */
	public static final EventType<EntitlementCreateEvent> ENTITLEMENT_CREATE = wrapping("ENTITLEMENT_CREATE",
			EntitlementCreateEvent.class, Entitlement.class, EntitlementCreateEvent::new);

	/** An entitlement was renewed, cancelled or ended. */
	public static final EventType<EntitlementUpdateEvent> ENTITLEMENT_UPDATE = wrapping("ENTITLEMENT_UPDATE",
			EntitlementUpdateEvent.class, Entitlement.class, EntitlementUpdateEvent::new);

	/** An entitlement was refunded or deleted. */
	public static final EventType<EntitlementDeleteEvent> ENTITLEMENT_DELETE = wrapping("ENTITLEMENT_DELETE",
			EntitlementDeleteEvent.class, Entitlement.class, EntitlementDeleteEvent::new);

	/** A guild became available: lazily after READY, after an outage, or when the bot joined it. */
	public static final EventType<GuildCreateEvent> GUILD_CREATE = wrapping("GUILD_CREATE", GuildCreateEvent.class,
			Guild.class, GuildCreateEvent::new, GUILDS);

	/** A guild was changed. */
	public static final EventType<GuildUpdateEvent> GUILD_UPDATE = wrapping("GUILD_UPDATE", GuildUpdateEvent.class,
			Guild.class, GuildUpdateEvent::new, GUILDS);

	/** The bot left or was removed from a guild, or the guild became unavailable in an outage. */
	public static final EventType<GuildDeleteEvent> GUILD_DELETE = of("GUILD_DELETE", GuildDeleteEvent.class, GUILDS);

	/** An entry was added to a guild's audit log. */
	public static final EventType<GuildAuditLogEntryCreateEvent> GUILD_AUDIT_LOG_ENTRY_CREATE = wrapping(
			"GUILD_AUDIT_LOG_ENTRY_CREATE", GuildAuditLogEntryCreateEvent.class, AuditLogEntry.class,
			GuildAuditLogEntryCreateEvent::new, GUILD_MODERATION);

	/** A user was banned from a guild. */
	public static final EventType<GuildBanAddEvent> GUILD_BAN_ADD = of("GUILD_BAN_ADD", GuildBanAddEvent.class,
			GUILD_MODERATION);

	/** A user was unbanned from a guild. */
	public static final EventType<GuildBanRemoveEvent> GUILD_BAN_REMOVE = of("GUILD_BAN_REMOVE",
			GuildBanRemoveEvent.class, GUILD_MODERATION);

	/** A guild's emojis changed. */
	public static final EventType<GuildEmojisUpdateEvent> GUILD_EMOJIS_UPDATE = of("GUILD_EMOJIS_UPDATE",
			GuildEmojisUpdateEvent.class, GUILD_EXPRESSIONS);

	/** A guild's stickers changed. */
	public static final EventType<GuildStickersUpdateEvent> GUILD_STICKERS_UPDATE = of("GUILD_STICKERS_UPDATE",
			GuildStickersUpdateEvent.class, GUILD_EXPRESSIONS);

	/** A guild's integrations changed. */
	public static final EventType<GuildIntegrationsUpdateEvent> GUILD_INTEGRATIONS_UPDATE = of(
			"GUILD_INTEGRATIONS_UPDATE", GuildIntegrationsUpdateEvent.class, GUILD_INTEGRATIONS);

	/** A user joined a guild. */
	public static final EventType<GuildMemberAddEvent> GUILD_MEMBER_ADD = wrapping("GUILD_MEMBER_ADD",
			GuildMemberAddEvent.class, Member.class, GuildMemberAddEvent::new, GUILD_MEMBERS);

	/** A user left or was removed from a guild. */
	public static final EventType<GuildMemberRemoveEvent> GUILD_MEMBER_REMOVE = of("GUILD_MEMBER_REMOVE",
			GuildMemberRemoveEvent.class, GUILD_MEMBERS);

	/** A guild member was changed. */
	public static final EventType<GuildMemberUpdateEvent> GUILD_MEMBER_UPDATE = wrapping("GUILD_MEMBER_UPDATE",
			GuildMemberUpdateEvent.class, Member.class, GuildMemberUpdateEvent::new, GUILD_MEMBERS);

	/** One chunk of the answer to a request guild members command (op 8). */
	public static final EventType<GuildMembersChunkEvent> GUILD_MEMBERS_CHUNK = of("GUILD_MEMBERS_CHUNK",
			GuildMembersChunkEvent.class);

	/** A role was created. */
	public static final EventType<GuildRoleCreateEvent> GUILD_ROLE_CREATE = of("GUILD_ROLE_CREATE",
			GuildRoleCreateEvent.class, GUILDS);

	/** A role was changed. */
	public static final EventType<GuildRoleUpdateEvent> GUILD_ROLE_UPDATE = of("GUILD_ROLE_UPDATE",
			GuildRoleUpdateEvent.class, GUILDS);

	/** A role was deleted. */
	public static final EventType<GuildRoleDeleteEvent> GUILD_ROLE_DELETE = of("GUILD_ROLE_DELETE",
			GuildRoleDeleteEvent.class, GUILDS);

	/** A scheduled event was created. */
	public static final EventType<GuildScheduledEventCreateEvent> GUILD_SCHEDULED_EVENT_CREATE = wrapping(
			"GUILD_SCHEDULED_EVENT_CREATE", GuildScheduledEventCreateEvent.class, GuildScheduledEvent.class,
			GuildScheduledEventCreateEvent::new, GUILD_SCHEDULED_EVENTS);

	/** A scheduled event was changed, started or ended. */
	public static final EventType<GuildScheduledEventUpdateEvent> GUILD_SCHEDULED_EVENT_UPDATE = wrapping(
			"GUILD_SCHEDULED_EVENT_UPDATE", GuildScheduledEventUpdateEvent.class, GuildScheduledEvent.class,
			GuildScheduledEventUpdateEvent::new, GUILD_SCHEDULED_EVENTS);

	/** A scheduled event was deleted. */
	public static final EventType<GuildScheduledEventDeleteEvent> GUILD_SCHEDULED_EVENT_DELETE = wrapping(
			"GUILD_SCHEDULED_EVENT_DELETE", GuildScheduledEventDeleteEvent.class, GuildScheduledEvent.class,
			GuildScheduledEventDeleteEvent::new, GUILD_SCHEDULED_EVENTS);

	/** A user subscribed to a scheduled event. */
	public static final EventType<GuildScheduledEventUserAddEvent> GUILD_SCHEDULED_EVENT_USER_ADD = of(
			"GUILD_SCHEDULED_EVENT_USER_ADD", GuildScheduledEventUserAddEvent.class, GUILD_SCHEDULED_EVENTS);

	/** A user unsubscribed from a scheduled event. */
	public static final EventType<GuildScheduledEventUserRemoveEvent> GUILD_SCHEDULED_EVENT_USER_REMOVE = of(
			"GUILD_SCHEDULED_EVENT_USER_REMOVE", GuildScheduledEventUserRemoveEvent.class, GUILD_SCHEDULED_EVENTS);

	/** A soundboard sound was created. */
	public static final EventType<GuildSoundboardSoundCreateEvent> GUILD_SOUNDBOARD_SOUND_CREATE = wrapping(
			"GUILD_SOUNDBOARD_SOUND_CREATE", GuildSoundboardSoundCreateEvent.class, SoundboardSound.class,
			GuildSoundboardSoundCreateEvent::new, GUILD_EXPRESSIONS);

	/** A soundboard sound was changed. */
	public static final EventType<GuildSoundboardSoundUpdateEvent> GUILD_SOUNDBOARD_SOUND_UPDATE = wrapping(
			"GUILD_SOUNDBOARD_SOUND_UPDATE", GuildSoundboardSoundUpdateEvent.class, SoundboardSound.class,
			GuildSoundboardSoundUpdateEvent::new, GUILD_EXPRESSIONS);

	/** A soundboard sound was deleted. */
	public static final EventType<GuildSoundboardSoundDeleteEvent> GUILD_SOUNDBOARD_SOUND_DELETE = of(
			"GUILD_SOUNDBOARD_SOUND_DELETE", GuildSoundboardSoundDeleteEvent.class, GUILD_EXPRESSIONS);

	/** Several of a guild's soundboard sounds changed. */
	public static final EventType<GuildSoundboardSoundsUpdateEvent> GUILD_SOUNDBOARD_SOUNDS_UPDATE = of(
			"GUILD_SOUNDBOARD_SOUNDS_UPDATE", GuildSoundboardSoundsUpdateEvent.class, GUILD_EXPRESSIONS);

	/** The answer to a request soundboard sounds command (op 31), one event per guild. */
	public static final EventType<SoundboardSoundsEvent> SOUNDBOARD_SOUNDS = of("SOUNDBOARD_SOUNDS",
			SoundboardSoundsEvent.class);

	/** An integration was added to a guild. */
	public static final EventType<IntegrationCreateEvent> INTEGRATION_CREATE = wrapping("INTEGRATION_CREATE",
			IntegrationCreateEvent.class, Integration.class, IntegrationCreateEvent::new, GUILD_INTEGRATIONS);

	/** An integration was changed. */
	public static final EventType<IntegrationUpdateEvent> INTEGRATION_UPDATE = wrapping("INTEGRATION_UPDATE",
			IntegrationUpdateEvent.class, Integration.class, IntegrationUpdateEvent::new, GUILD_INTEGRATIONS);

	/** An integration was removed from a guild. */
	public static final EventType<IntegrationDeleteEvent> INTEGRATION_DELETE = of("INTEGRATION_DELETE",
			IntegrationDeleteEvent.class, GUILD_INTEGRATIONS);

	/** A user used a command, a component or a modal. */
	public static final EventType<InteractionCreateEvent> INTERACTION_CREATE = wrapping("INTERACTION_CREATE",
			InteractionCreateEvent.class, Interaction.class, InteractionCreateEvent::new);

	/** An invite was created. */
	public static final EventType<InviteCreateEvent> INVITE_CREATE = of("INVITE_CREATE", InviteCreateEvent.class,
			GUILD_INVITES);

	/** An invite was deleted. */
	public static final EventType<InviteDeleteEvent> INVITE_DELETE = of("INVITE_DELETE", InviteDeleteEvent.class,
			GUILD_INVITES);

	/** A message was sent. */
	public static final EventType<MessageCreateEvent> MESSAGE_CREATE = streaming("MESSAGE_CREATE",
			MessageCreateEvent.class, Message.class, MessageJson::read, MessageCreateEvent::new,
			GUILD_MESSAGES, DIRECT_MESSAGES);

	/** A message was edited; Discord sends the full message. */
	public static final EventType<MessageUpdateEvent> MESSAGE_UPDATE = streaming("MESSAGE_UPDATE",
			MessageUpdateEvent.class, Message.class, MessageJson::read, MessageUpdateEvent::new,
			GUILD_MESSAGES, DIRECT_MESSAGES);

	/** A message was deleted. */
	public static final EventType<MessageDeleteEvent> MESSAGE_DELETE = of("MESSAGE_DELETE", MessageDeleteEvent.class,
			GUILD_MESSAGES, DIRECT_MESSAGES);

	/** Several messages were deleted at once. */
	public static final EventType<MessageDeleteBulkEvent> MESSAGE_DELETE_BULK = of("MESSAGE_DELETE_BULK",
			MessageDeleteBulkEvent.class, GUILD_MESSAGES);

	/** A user reacted to a message. */
	public static final EventType<MessageReactionAddEvent> MESSAGE_REACTION_ADD = of("MESSAGE_REACTION_ADD",
			MessageReactionAddEvent.class, GUILD_MESSAGE_REACTIONS, DIRECT_MESSAGE_REACTIONS);

	/** A user removed a reaction. */
	public static final EventType<MessageReactionRemoveEvent> MESSAGE_REACTION_REMOVE = of("MESSAGE_REACTION_REMOVE",
			MessageReactionRemoveEvent.class, GUILD_MESSAGE_REACTIONS, DIRECT_MESSAGE_REACTIONS);

	/** All reactions were removed from a message. */
	public static final EventType<MessageReactionRemoveAllEvent> MESSAGE_REACTION_REMOVE_ALL = of(
			"MESSAGE_REACTION_REMOVE_ALL", MessageReactionRemoveAllEvent.class, GUILD_MESSAGE_REACTIONS,
			DIRECT_MESSAGE_REACTIONS);

	/** All reactions of one emoji were removed from a message. */
	public static final EventType<MessageReactionRemoveEmojiEvent> MESSAGE_REACTION_REMOVE_EMOJI = of(
			"MESSAGE_REACTION_REMOVE_EMOJI", MessageReactionRemoveEmojiEvent.class, GUILD_MESSAGE_REACTIONS,
			DIRECT_MESSAGE_REACTIONS);

	/** A user voted for a poll answer; one event per answer. */
	public static final EventType<MessagePollVoteAddEvent> MESSAGE_POLL_VOTE_ADD = of("MESSAGE_POLL_VOTE_ADD",
			MessagePollVoteAddEvent.class, GUILD_MESSAGE_POLLS, DIRECT_MESSAGE_POLLS);

	/** A user took back a poll vote; one event per answer. */
	public static final EventType<MessagePollVoteRemoveEvent> MESSAGE_POLL_VOTE_REMOVE = of("MESSAGE_POLL_VOTE_REMOVE",
			MessagePollVoteRemoveEvent.class, GUILD_MESSAGE_POLLS, DIRECT_MESSAGE_POLLS);

	/** A member's status or activities changed. */
	public static final EventType<PresenceUpdateEvent> PRESENCE_UPDATE = wrapping("PRESENCE_UPDATE",
			PresenceUpdateEvent.class, Presence.class, PresenceUpdateEvent::new, GUILD_PRESENCES);

	/** A stage went live. */
	public static final EventType<StageInstanceCreateEvent> STAGE_INSTANCE_CREATE = wrapping("STAGE_INSTANCE_CREATE",
			StageInstanceCreateEvent.class, StageInstance.class, StageInstanceCreateEvent::new, GUILDS);

	/** A live stage was changed. */
	public static final EventType<StageInstanceUpdateEvent> STAGE_INSTANCE_UPDATE = wrapping("STAGE_INSTANCE_UPDATE",
			StageInstanceUpdateEvent.class, StageInstance.class, StageInstanceUpdateEvent::new, GUILDS);

	/** A stage ended. */
	public static final EventType<StageInstanceDeleteEvent> STAGE_INSTANCE_DELETE = wrapping("STAGE_INSTANCE_DELETE",
			StageInstanceDeleteEvent.class, StageInstance.class, StageInstanceDeleteEvent::new, GUILDS);

	/** A user subscribed to one of the application's SKUs. */
	public static final EventType<SubscriptionCreateEvent> SUBSCRIPTION_CREATE = wrapping("SUBSCRIPTION_CREATE",
			SubscriptionCreateEvent.class, Subscription.class, SubscriptionCreateEvent::new);

	/** A subscription was renewed or cancelled. */
	public static final EventType<SubscriptionUpdateEvent> SUBSCRIPTION_UPDATE = wrapping("SUBSCRIPTION_UPDATE",
			SubscriptionUpdateEvent.class, Subscription.class, SubscriptionUpdateEvent::new);

	/** A subscription was deleted. */
	public static final EventType<SubscriptionDeleteEvent> SUBSCRIPTION_DELETE = wrapping("SUBSCRIPTION_DELETE",
			SubscriptionDeleteEvent.class, Subscription.class, SubscriptionDeleteEvent::new);

	/** A user started typing. */
	public static final EventType<TypingStartEvent> TYPING_START = of("TYPING_START", TypingStartEvent.class,
			GUILD_MESSAGE_TYPING, DIRECT_MESSAGE_TYPING);

	/** The bot's own user was changed. */
	public static final EventType<UserUpdateEvent> USER_UPDATE = wrapping("USER_UPDATE", UserUpdateEvent.class,
			User.class, UserUpdateEvent::new);

	/** A user sent an emoji reaction or a soundboard sound in a voice channel. */
	public static final EventType<VoiceChannelEffectSendEvent> VOICE_CHANNEL_EFFECT_SEND = of(
			"VOICE_CHANNEL_EFFECT_SEND", VoiceChannelEffectSendEvent.class, GUILD_VOICE_STATES);

	/** A user joined, left or moved between voice channels, or changed mute, deafen or stream state. */
	public static final EventType<VoiceStateUpdateEvent> VOICE_STATE_UPDATE = wrapping("VOICE_STATE_UPDATE",
			VoiceStateUpdateEvent.class, VoiceState.class, VoiceStateUpdateEvent::new, GUILD_VOICE_STATES);

	/** The voice server of a guild was assigned or changed; a voice connection needs it. */
	public static final EventType<VoiceServerUpdateEvent> VOICE_SERVER_UPDATE = of("VOICE_SERVER_UPDATE",
			VoiceServerUpdateEvent.class);

	/** A channel's webhooks changed. */
	public static final EventType<WebhooksUpdateEvent> WEBHOOKS_UPDATE = of("WEBHOOKS_UPDATE",
			WebhooksUpdateEvent.class, GUILD_WEBHOOKS);

	private final String name;

	private final Class<E> eventClass;

	private final Class<?> payloadClass;

	private final Function<Object, E> wrapper;

	private final Function<JsonParser, ?> reader;

	private final Set<GatewayIntent> intents;

	private EventType(String name, Class<E> eventClass, Class<?> payloadClass, Function<JsonParser, ?> reader,
			Function<Object, E> wrapper, GatewayIntent... intents) {
		this.name = name;
		this.eventClass = eventClass;
		this.payloadClass = payloadClass;
		this.reader = (reader != null) ? reader : bound(payloadClass);
		this.wrapper = wrapper;
		Set<GatewayIntent> set = EnumSet.noneOf(GatewayIntent.class);
		Collections.addAll(set, intents);
		this.intents = Collections.unmodifiableSet(set);
		BY_NAME.put(name, this);
	}

	private static <E extends DiscordEvent> EventType<E> of(String name, Class<E> eventClass,
			GatewayIntent... intents) {
		return new EventType<>(name, eventClass, eventClass, null, eventClass::cast, intents);
	}

	private static <P, E extends DiscordEvent> EventType<E> wrapping(String name, Class<E> eventClass,
			Class<P> payloadClass, Function<P, E> wrapper, GatewayIntent... intents) {
		return new EventType<>(name, eventClass, payloadClass, null,
				(payload) -> wrapper.apply(payloadClass.cast(payload)), intents);
	}

	/**
	 * A type whose payload has a hand-written streaming reader (see {@link MessageJson}), for the hottest events.
	 */
	private static <P, E extends DiscordEvent> EventType<E> streaming(String name, Class<E> eventClass,
			Class<P> payloadClass, Function<JsonParser, P> reader, Function<P, E> wrapper, GatewayIntent... intents) {
		return new EventType<>(name, eventClass, payloadClass, reader,
				(payload) -> wrapper.apply(payloadClass.cast(payload)), intents);
	}

	private static Function<JsonParser, ?> bound(Class<?> payloadClass) {
		ObjectReader objectReader = DiscordJson.mapper().readerFor(payloadClass);
		return objectReader::readValue;
	}

	/**
	 * Return the type for a dispatch name.
	 * @param t the {@code t} of an op-0 frame
	 * @return the type, or {@code null} for names this version does not know (pass those to raw listeners)
	 */
	public static EventType<?> forName(String t) {
		return (t != null) ? BY_NAME.get(t) : null;
	}

	/**
	 * Return every type, in the order of Discord's documentation.
	 * @return an unmodifiable collection
	 */
	public static Collection<EventType<?>> all() {
		return Collections.unmodifiableCollection(BY_NAME.values());
	}

	/**
	 * Return the dispatch name.
	 * @return the {@code t} value, such as {@code "MESSAGE_CREATE"}
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the event record.
	 * @return the class {@code d} decodes to
	 */
	public Class<E> eventClass() {
		return this.eventClass;
	}

	/**
	 * Return the class {@code d} is bound to: the event class, or the model class an event wraps (such as
	 * {@link Message} for {@link MessageCreateEvent}).
	 * @return the payload class
	 */
	public Class<?> payloadClass() {
		return this.payloadClass;
	}

	/**
	 * Return the intents that gate the event. An event gated differently in guilds and DMs lists both intents (for
	 * MESSAGE_CREATE, GUILD_MESSAGES and DIRECT_MESSAGES); Discord sends it when either is enabled, each for its
	 * own kind of channel.
	 * @return an unmodifiable set, empty for events Discord always sends (READY, INTERACTION_CREATE, ...)
	 */
	public Set<GatewayIntent> intents() {
		return this.intents;
	}

	/**
	 * Return whether a session with the given intents can receive the event at all.
	 * @param enabled the session's intents
	 * @return {@code true} for ungated events, else whether any of {@link #intents()} is enabled
	 */
	public boolean enabledBy(Collection<GatewayIntent> enabled) {
		if (this.intents.isEmpty()) {
			return true;
		}
		for (GatewayIntent intent : enabled) {
			if (this.intents.contains(intent)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Decode the event from a frame being parsed. The parser must stand on the first token of {@code d} (usually
	 * {@code START_OBJECT}; if it has no current token, the next one is read); binding uses
	 * {@link DiscordJson#mapper()}. Afterwards the parser stands after the end of {@code d}, so the rest of the frame
	 * can be read.
	 * @param parser the parser
	 * @return the event
	 * @throws tools.jackson.core.JacksonException if {@code d} is malformed or does not fit the event
	 */
	public E decode(JsonParser parser) {
		Objects.requireNonNull(parser, "'parser' must not be null");
		JsonToken token = parser.currentToken();
		if (token == null) {
			token = parser.nextToken();
		}
		if (token == null || token == JsonToken.VALUE_NULL) {
			return decodeNull(parser);
		}
		return this.wrapper.apply(this.reader.apply(parser));
	}

	/**
	 * Decode the event from a {@code d} already read as a tree.
	 * @param d the {@code d} value
	 * @return the event
	 * @throws tools.jackson.core.JacksonException if {@code d} does not fit the event
	 */
	public E decode(JsonNode d) {
		if (d == null || d.isNull() || d.isMissingNode()) {
			return decodeNull(null);
		}
		return this.wrapper.apply(DiscordJson.mapper().treeToValue(d, this.payloadClass));
	}

	private E decodeNull(JsonParser parser) {
		if (this.eventClass == ResumedEvent.class) {
			return this.eventClass.cast(new ResumedEvent());
		}
		throw MismatchedInputException.from(parser, this.eventClass,
				"The 'd' of a " + this.name + " dispatch must not be null");
	}

	@Override
	public String toString() {
		return this.name;
	}

}
