package dev.serenity.simulator.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimReaction;
import dev.serenity.simulator.world.SimReaction.Emoji;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pins (the current {@code /channels/{id}/messages/pins} routes and the deprecated {@code /channels/{id}/pins}
 * ones) and reactions. Changes go through {@link dev.serenity.simulator.SimulatorControl}, which sends
 * CHANNEL_PINS_UPDATE and the MESSAGE_REACTION_* events.
 */
final class PinAndReactionRoutes {

	/** Most pinned messages per channel. */
	static final int MAX_PINS = 250;

	private static final String REACTIONS = "/channels/{channel_id}/messages/{message_id}/reactions";

	private final RestApi rest;

	private final World world;

	PinAndReactionRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
	}

	void register(Router router) {
		router.route("GET", "/channels/{channel_id}/messages/pins", this::pins)
			.route("PUT", "/channels/{channel_id}/messages/pins/{message_id}", this::pin)
			.route("DELETE", "/channels/{channel_id}/messages/pins/{message_id}", this::unpin)
			.route("GET", "/channels/{channel_id}/pins", this::pinnedMessages)
			.route("PUT", "/channels/{channel_id}/pins/{message_id}", this::pin)
			.route("DELETE", "/channels/{channel_id}/pins/{message_id}", this::unpin)
			.route("PUT", REACTIONS + "/{emoji}/@me", this::react)
			.route("DELETE", REACTIONS + "/{emoji}/@me", (call) -> unreact(call, this.world.bot().id()))
			.route("DELETE", REACTIONS + "/{emoji}/{user_id}", (call) -> unreact(call, user(call)))
			.route("GET", REACTIONS + "/{emoji}", this::reactions)
			.route("DELETE", REACTIONS + "/{emoji}", (call) -> clear(call, emoji(call)))
			.route("DELETE", REACTIONS, (call) -> clear(call, null));
	}

	private JsonNode pin(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		SimMessage message = this.rest.message(call, channel);
		if (message.type() == SimMessage.CHANNEL_PINNED_MESSAGE) {
			throw new HttpError(400, 50021, "Cannot execute action on a system message");
		}
		if (!message.pinned() && pinned(channel).size() >= MAX_PINS) {
			throw new HttpError(400, 30003, "Maximum number of pins reached for the channel (" + MAX_PINS + ")");
		}
		this.rest.control().pin(this.world.bot().id(), channel.id(), message.id());
		return null;
	}

	private JsonNode unpin(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		this.rest.control().unpin(channel.id(), this.rest.message(call, channel).id());
		return null;
	}

	private List<SimMessage> pinned(SimChannel channel) {
		return this.world.channelMessages(channel.id())
			.stream()
			.filter(SimMessage::pinned)
			.sorted(Comparator.comparing(SimMessage::pinnedAt).thenComparing(SimMessage::id).reversed())
			.toList();
	}

	private JsonNode pins(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		int limit = MessageRoutes.intParam(call, "limit", 50, 1, 50);
		Instant before = timestampParam(call, "before");
		List<SimMessage> pinned = pinned(channel).stream()
			.filter((message) -> before == null || message.pinnedAt().isBefore(before))
			.toList();
		ObjectNode body = WorldJson.object();
		ArrayNode items = body.putArray("items");
		pinned.stream().limit(limit).forEach((message) -> {
			ObjectNode item = items.addObject();
			item.put("pinned_at", WorldJson.timestamp(message.pinnedAt()));
			item.set("message", this.rest.json().message(message, false));
		});
		body.put("has_more", pinned.size() > limit);
		return body;
	}

	private JsonNode pinnedMessages(HttpCall call) {
		ArrayNode messages = WorldJson.array();
		pinned(this.rest.channel(call)).stream()
			.limit(50)
			.forEach((message) -> messages.add(this.rest.json().message(message, false)));
		return messages;
	}

	private static Instant timestampParam(HttpCall call, String name) {
		String text = call.queryParam(name);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw HttpError.invalidField(name, "DATE_TIME_TYPE_PARSE", "Could not parse " + text
					+ ". Should be ISO8601.");
		}
	}

	private static Emoji emoji(HttpCall call) {
		try {
			return Emoji.parse(call.pathVariables().get("emoji"));
		}
		catch (IllegalArgumentException ex) {
			throw new HttpError(400, 10014, "Unknown Emoji");
		}
	}

	private static String text(Emoji emoji) {
		return emoji.custom() ? emoji.name() + ":" + Long.toUnsignedString(emoji.id()) : emoji.name();
	}

	private long user(HttpCall call) {
		long userId = call.id("user_id");
		if (this.world.findUser(userId).isEmpty()) {
			throw new HttpError(404, 10013, "Unknown User");
		}
		return userId;
	}

	private JsonNode react(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		SimMessage message = this.rest.message(call, channel);
		Emoji emoji = emoji(call);
		boolean known = message.reactions().stream().anyMatch((reaction) -> reaction.emoji().equals(emoji));
		if (!known && message.reactions().size() >= 20) {
			throw new HttpError(400, 30010, "Maximum number of reactions reached (20)");
		}
		this.rest.control().react(this.world.bot().id(), channel.id(), message.id(), text(emoji));
		return null;
	}

	private JsonNode unreact(HttpCall call, long userId) {
		SimChannel channel = this.rest.channel(call);
		SimMessage message = this.rest.message(call, channel);
		this.rest.control().unreact(userId, channel.id(), message.id(), text(emoji(call)));
		return null;
	}

	private JsonNode clear(HttpCall call, Emoji emoji) {
		SimChannel channel = this.rest.channel(call);
		SimMessage message = this.rest.message(call, channel);
		this.rest.control().clearReactions(channel.id(), message.id(), (emoji != null) ? text(emoji) : null);
		return null;
	}

	private JsonNode reactions(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		SimMessage message = this.rest.message(call, channel);
		Emoji emoji = emoji(call);
		int limit = MessageRoutes.intParam(call, "limit", 25, 1, 100);
		int type = MessageRoutes.intParam(call, "type", 0, 0, 1);
		Long after = MessageRoutes.snowflakeParam(call, "after");
		ArrayNode users = WorldJson.array();
		if (type == 0) {
			message.reactions()
				.stream()
				.filter((reaction) -> reaction.emoji().equals(emoji))
				.map(SimReaction::userIds)
				.flatMap(List::stream)
				.filter((id) -> after == null || Long.compareUnsigned(id, after) > 0)
				.sorted(Long::compareUnsigned)
				.limit(limit)
				.forEach((id) -> users.add(this.rest.json().user(this.world.user(id))));
		}
		return users;
	}

}
