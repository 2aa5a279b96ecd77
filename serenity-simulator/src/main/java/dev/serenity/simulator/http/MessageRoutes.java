package dev.serenity.simulator.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.serenity.simulator.Snowflakes;
import dev.serenity.simulator.world.SimAttachment;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimPoll;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The message routes: create (JSON or multipart), get one, list, edit, delete and bulk delete, with Discord's
 * validation and error codes. Each change goes through {@link dev.serenity.simulator.SimulatorControl}, which sends
 * the gateway event.
 */
final class MessageRoutes {

	/** Oldest message bulk delete accepts. */
	static final Duration BULK_DELETE_MAX_AGE = Duration.ofDays(14);

	/** How long {@code enforce_nonce} remembers a nonce. */
	static final Duration NONCE_MEMORY = Duration.ofMinutes(5);

	private static final Set<Integer> NOT_TEXT = Set.of(SimChannel.GUILD_CATEGORY, 14, 15, 16);

	private final RestApi rest;

	private final World world;

	MessageRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
	}

	void register(Router router) {
		router.route("GET", "/channels/{channel_id}/messages", this::list)
			.route("POST", "/channels/{channel_id}/messages", this::create)
			.route("GET", "/channels/{channel_id}/messages/{message_id}",
					(call) -> this.rest.json().message(this.rest.message(call, this.rest.channel(call)), false))
			.route("PATCH", "/channels/{channel_id}/messages/{message_id}", this::edit)
			.route("DELETE", "/channels/{channel_id}/messages/{message_id}", this::delete)
			.route("POST", "/channels/{channel_id}/messages/bulk-delete", this::bulkDelete);
	}

	private JsonNode create(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (NOT_TEXT.contains(channel.type())) {
			throw new HttpError(400, 50008, "Cannot send messages in a non-text channel");
		}
		Multipart multipart = call.jsonOrMultipart();
		JsonNode body = HttpError.requireObject(multipart.payload());
		String content = MessagePayloads.content(body);
		ArrayNode embeds = MessagePayloads.embeds(body.get("embeds"));
		int flags = body.path("flags").asInt(0);
		ArrayNode components = ComponentPayloads.check(body.get("components"),
				(flags & MessagePayloads.IS_COMPONENTS_V2) != 0);
		MessagePayloads.checkFiles(multipart.files());
		checkComponentsV2(flags, body);
		long messageId = this.world.nextId();
		SimPoll poll = PollPayloads.poll(body.get("poll"), messageId, this.world.now());
		boolean other = !components.isEmpty() || !body.path("sticker_ids").isEmpty() || body.hasNonNull("poll");
		if (content.isEmpty() && embeds.isEmpty() && multipart.files().isEmpty() && !other) {
			throw new HttpError(400, 50006, "Cannot send an empty message");
		}
		MessagePayloads.checkAllowedMentions(body.get("allowed_mentions"));
		String nonce = MessagePayloads.nonce(body);
		long botId = this.world.bot().id();
		if (nonce != null && body.path("enforce_nonce").asBoolean(false)) {
			Instant since = this.world.now().minus(NONCE_MEMORY);
			for (SimMessage earlier : this.world.channelMessages(channel.id())) {
				if (earlier.authorId() == botId && nonce.equals(earlier.nonce()) && earlier.timestamp().isAfter(since)) {
					return this.rest.json().message(earlier, false);
				}
			}
		}
		SimMessage repliedTo = reference(body.get("message_reference"), channel);
		MessagePayloads.Mentions mentions = MessagePayloads.mentions(body.get("allowed_mentions"), content, channel,
				this.world, repliedTo);
		List<SimAttachment> attachments = MessagePayloads.upload(body.get("attachments"), multipart.files(), false,
				channel.id(), this.world, this.rest.baseUrl());
		SimMessage message = SimMessage.builder(messageId, channel.id(), channel.guildId(), botId,
				this.world.now())
			.type((repliedTo != null) ? SimMessage.REPLY : SimMessage.DEFAULT)
			.content(content)
			.mentions(mentions.users(), mentions.roles(), mentions.everyone())
			.referencedMessageId((repliedTo != null) ? repliedTo.id() : 0)
			.embeds(embeds)
			.components(components)
			.attachments(attachments)
			.tts(body.path("tts").asBoolean(false))
			.flags(flags & (MessagePayloads.SUPPRESS_EMBEDS | MessagePayloads.SUPPRESS_NOTIFICATIONS
					| MessagePayloads.IS_VOICE_MESSAGE | MessagePayloads.IS_COMPONENTS_V2))
			.nonce(nonce)
			.build();
		if (poll != null) {
			this.world.polls().store(poll);
		}
		this.rest.control().publish(message);
		return this.rest.json().message(message, false);
	}

	private static void checkComponentsV2(int flags, JsonNode body) {
		if ((flags & MessagePayloads.IS_COMPONENTS_V2) == 0) {
			return;
		}
		for (String field : List.of("content", "embeds", "sticker_ids", "poll")) {
			JsonNode value = body.get(field);
			boolean empty = value == null || value.isNull() || (value.isArray() && value.isEmpty())
					|| (value.isString() && value.asString().isEmpty());
			if (!empty) {
				throw HttpError.invalidField(field, "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
						"The '" + field + "' field cannot be used when using MessageFlags.IS_COMPONENTS_V2");
			}
		}
	}

	/**
	 * Resolve {@code message_reference} of a reply.
	 * @return the message replied to, or {@code null} without a reference (or an unknown one with
	 * {@code fail_if_not_exists: false})
	 */
	private SimMessage reference(JsonNode reference, SimChannel channel) {
		if (reference == null || reference.isNull()) {
			return null;
		}
		if (reference.path("type").asInt(0) != 0) {
			throw HttpError.invalidField("message_reference.type", "BASE_TYPE_CHOICES",
					"The simulator only supports replies (type 0), not forwards.");
		}
		JsonNode id = reference.get("message_id");
		if (id == null || !(id.isString() || id.isIntegralNumber()) || !id.asString().matches("\\d{1,20}")) {
			throw HttpError.invalidField("message_reference.message_id", "BASE_TYPE_REQUIRED",
					"This field is required");
		}
		String givenChannel = reference.path("channel_id").asString(null);
		boolean sameChannel = givenChannel == null || givenChannel.equals(Long.toUnsignedString(channel.id()));
		SimMessage referenced = !sameChannel ? null
				: this.world.findMessage(Long.parseUnsignedLong(id.asString()))
					.filter((message) -> message.channelId() == channel.id())
					.orElse(null);
		if (referenced == null && reference.path("fail_if_not_exists").asBoolean(true)) {
			throw HttpError.invalidField("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
		}
		if (referenced != null && referenced.type() == SimMessage.CHANNEL_PINNED_MESSAGE) {
			throw new HttpError(400, 50021, "Cannot execute action on a system message");
		}
		return referenced;
	}

	private JsonNode edit(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		SimMessage message = this.rest.message(call, channel);
		Multipart multipart = call.jsonOrMultipart();
		JsonNode body = HttpError.requireObject(multipart.payload());
		if (message.type() != SimMessage.DEFAULT && message.type() != SimMessage.REPLY) {
			throw new HttpError(400, 50021, "Cannot execute action on a system message");
		}
		boolean changesContent = body.has("content") || body.has("embeds") || body.has("components")
				|| body.has("attachments") || !multipart.files().isEmpty();
		if (message.authorId() != this.world.bot().id() && changesContent) {
			throw new HttpError(403, 50005, "Cannot edit a message authored by another user");
		}
		String content = body.has("content") ? MessagePayloads.content(body) : null;
		ArrayNode embeds = body.has("embeds") ? MessagePayloads.embeds(body.get("embeds")) : null;
		int givenFlags = body.hasNonNull("flags") ? body.get("flags").asInt() : message.flags();
		ArrayNode components = body.has("components") ? ComponentPayloads.check(body.get("components"),
				((givenFlags | message.flags()) & MessagePayloads.IS_COMPONENTS_V2) != 0) : null;
		MessagePayloads.checkFiles(multipart.files());
		MessagePayloads.checkAllowedMentions(body.get("allowed_mentions"));
		String text = (content != null) ? content : message.content();
		ArrayNode newEmbeds = (embeds != null) ? embeds : message.embeds();
		ArrayNode newComponents = (components != null) ? components : message.components();
		List<SimAttachment> attachments = new ArrayList<>(body.hasNonNull("attachments")
				? MessagePayloads.kept(body.get("attachments"), message.attachments()) : message.attachments());
		boolean uploads = !multipart.files().isEmpty()
				&& (!body.hasNonNull("attachments") || !body.get("attachments").isEmpty());
		if (text.isEmpty() && newEmbeds.isEmpty() && attachments.isEmpty() && newComponents.isEmpty() && !uploads) {
			throw new HttpError(400, 50006, "Cannot send an empty message");
		}
		SimMessage.Builder next = message.toBuilder().content(text).embeds(newEmbeds).components(newComponents);
		if (content != null) {
			SimMessage repliedTo = (message.type() == SimMessage.REPLY)
					? this.world.findMessage(message.referencedMessageId()).orElse(null) : null;
			MessagePayloads.Mentions mentions = MessagePayloads.mentions(body.get("allowed_mentions"), text, channel,
					this.world, repliedTo);
			next.mentions(mentions.users(), mentions.roles(), mentions.everyone());
		}
		JsonNode given = body.get("flags");
		if (given != null && !given.isNull()) {
			int flags = given.asInt();
			next.flags((message.flags() & ~MessagePayloads.SUPPRESS_EMBEDS) | (flags & MessagePayloads.SUPPRESS_EMBEDS)
					| (flags & MessagePayloads.IS_COMPONENTS_V2));
		}
		if (changesContent) {
			next.editedTimestamp(this.world.now());
		}
		attachments.addAll(MessagePayloads.upload(body.get("attachments"), multipart.files(),
				body.hasNonNull("attachments"), channel.id(), this.world, this.rest.baseUrl()));
		SimMessage built = next.attachments(attachments).build();
		SimMessage edited = this.rest.control().editMessage(channel.id(), message.id(),
				(current) -> built.toBuilder().reactions(current.reactions()).pinnedAt(current.pinnedAt()).build());
		return this.rest.json().message(edited, false);
	}

	private JsonNode delete(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		SimMessage message = this.rest.message(call, channel);
		this.rest.control().deleteMessage(channel.id(), message.id());
		return null;
	}

	private JsonNode bulkDelete(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.isDm()) {
			throw new HttpError(403, 50003, "Cannot execute action on a DM channel");
		}
		JsonNode messages = call.requireJson().get("messages");
		if (messages == null || !messages.isArray()) {
			throw HttpError.invalidField("messages", "BASE_TYPE_REQUIRED", "This field is required");
		}
		if (messages.size() < 2 || messages.size() > 100) {
			throw new HttpError(400, 50016, "Provided too few or too many messages to delete. Must provide at least "
					+ "2 and fewer than 100 messages to delete");
		}
		List<Long> ids = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		long oldest = this.world.now().minus(BULK_DELETE_MAX_AGE).toEpochMilli();
		for (int i = 0; i < messages.size(); i++) {
			String text = messages.get(i).asString();
			if (!text.matches("\\d{1,20}")) {
				throw HttpError.invalidField("messages." + i, "NUMBER_TYPE_COERCE",
						"Value \"" + text + "\" is not snowflake.");
			}
			long id = Long.parseUnsignedLong(text);
			if (!seen.add(id)) {
				throw HttpError.invalidField("messages", "BASE_TYPE_DUPLICATES",
						"Message id " + text + " is given more than once.");
			}
			if ((id >>> 22) + Snowflakes.DISCORD_EPOCH < oldest) {
				throw new HttpError(400, 50034, "A message provided was too old to bulk delete");
			}
			ids.add(id);
		}
		this.rest.control().deleteMessages(channel.id(), ids);
		return null;
	}

	private JsonNode list(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		int limit = intParam(call, "limit", 50, 1, 100);
		Long around = snowflakeParam(call, "around");
		Long before = snowflakeParam(call, "before");
		Long after = snowflakeParam(call, "after");
		List<SimMessage> all = this.world.channelMessages(channel.id());
		List<SimMessage> page = new ArrayList<>();
		if (around != null) {
			List<SimMessage> newer = all.stream().filter((m) -> m.id() > around).toList();
			List<SimMessage> older = all.stream().filter((m) -> m.id() <= around).toList();
			int newerCount = Math.min(newer.size(), limit / 2);
			page.addAll(newer.subList(newer.size() - newerCount, newer.size()));
			page.addAll(older.subList(0, Math.min(older.size(), limit - newerCount)));
		}
		else if (before != null) {
			all.stream().filter((m) -> m.id() < before).limit(limit).forEach(page::add);
		}
		else if (after != null) {
			List<SimMessage> newer = all.stream().filter((m) -> m.id() > after).toList();
			page.addAll(newer.subList(Math.max(0, newer.size() - limit), newer.size()));
		}
		else {
			all.stream().limit(limit).forEach(page::add);
		}
		ArrayNode result = WorldJson.array();
		page.forEach((message) -> result.add(this.rest.json().message(message, false)));
		return result;
	}

	static int intParam(HttpCall call, String name, int fallback, int min, int max) {
		String text = call.queryParam(name);
		if (text == null) {
			return fallback;
		}
		if (!text.matches("-?\\d{1,9}")) {
			throw HttpError.invalidField(name, "NUMBER_TYPE_COERCE", "Value \"" + text + "\" is not int.");
		}
		int value = Integer.parseInt(text);
		if (value < min) {
			throw HttpError.invalidField(name, "NUMBER_TYPE_MIN", "Int should be greater than or equal to " + min + ".");
		}
		if (value > max) {
			throw HttpError.invalidField(name, "NUMBER_TYPE_MAX", "Int should be less than or equal to " + max + ".");
		}
		return value;
	}

	static Long snowflakeParam(HttpCall call, String name) {
		String text = call.queryParam(name);
		if (text == null) {
			return null;
		}
		if (!text.matches("\\d{1,19}")) {
			throw HttpError.invalidField(name, "NUMBER_TYPE_COERCE", "Value \"" + text + "\" is not snowflake.");
		}
		return Long.parseLong(text);
	}

}
