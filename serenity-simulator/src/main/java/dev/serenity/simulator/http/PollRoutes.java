package dev.serenity.simulator.http;

import java.util.List;
import java.util.Optional;

import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimPoll;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The poll routes: the voters of an answer and ending a poll early. Polls are created with a message
 * ({@link MessageRoutes}); votes come from simulated users through
 * {@link dev.serenity.simulator.SimulatorControl#polls()}.
 */
final class PollRoutes {

	static final int DEFAULT_VOTERS_LIMIT = 25;

	static final int MAX_VOTERS_LIMIT = 100;

	private static final String POLL = "/channels/{channel_id}/polls/{message_id}";

	private final RestApi rest;

	private final World world;

	PollRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
	}

	void register(Router router) {
		router.route("GET", POLL + "/answers/{answer_id}", this::voters)
			.route("POST", POLL + "/expire", this::expire);
	}

	private JsonNode voters(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		SimMessage message = this.rest.message(call, channel);
		int limit = MessageRoutes.intParam(call, "limit", DEFAULT_VOTERS_LIMIT, 1, MAX_VOTERS_LIMIT);
		Long after = MessageRoutes.snowflakeParam(call, "after");
		Optional<SimPoll> poll = this.world.polls().find(message.id());
		long answerId = call.id("answer_id");
		ObjectNode body = WorldJson.object();
		ArrayNode users = body.putArray("users");
		if (poll.isPresent() && answerId >= 1 && answerId <= PollPayloads.MAX_ANSWERS) {
			List<Long> voters = poll.get().voters((int) answerId);
			voters.stream()
				.filter((id) -> after == null || Long.compareUnsigned(id, after) > 0)
				.limit(limit)
				.forEach((id) -> users.add(this.rest.json().user(this.world.user(id))));
		}
		return body;
	}

	private JsonNode expire(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		SimMessage message = this.rest.message(call, channel);
		SimPoll poll = this.world.polls()
			.find(message.id())
			.orElseThrow(() -> new HttpError(400, 520006, "Cannot expire a non-poll message"));
		if (message.authorId() != this.world.bot().id()) {
			throw new HttpError(403, 50013, "Missing Permissions");
		}
		if (poll.expired(this.world.now())) {
			throw new HttpError(400, 520001, "Poll expired");
		}
		return this.rest.json().message(this.rest.control().polls().end(channel.id(), message.id()), false);
	}

}
