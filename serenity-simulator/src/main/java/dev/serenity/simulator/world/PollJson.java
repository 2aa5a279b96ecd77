package dev.serenity.simulator.world;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link SimPoll} as Discord's poll object, with {@code results} (finalized once the poll has ended).
 */
public final class PollJson {

	private PollJson() {
	}

	/**
	 * Render a poll.
	 * @param poll the poll
	 * @param world the world, for the time and the bot's votes
	 * @return the poll object
	 */
	public static ObjectNode poll(SimPoll poll, World world) {
		ObjectNode json = WorldJson.object();
		json.putObject("question").put("text", poll.question());
		ArrayNode answers = json.putArray("answers");
		for (SimPoll.Answer answer : poll.answers()) {
			ObjectNode entry = answers.addObject();
			entry.put("answer_id", answer.id());
			ObjectNode media = entry.putObject("poll_media");
			media.put("text", answer.text());
			if (answer.emoji() != null) {
				media.set("emoji", answer.emoji().deepCopy());
			}
		}
		json.put("expiry", WorldJson.timestamp((poll.endedAt() != null) ? poll.endedAt() : poll.expiry()));
		json.put("allow_multiselect", poll.allowMultiselect());
		json.put("layout_type", poll.layoutType());
		ObjectNode results = json.putObject("results");
		results.put("is_finalized", poll.expired(world.now()));
		ArrayNode counts = results.putArray("answer_counts");
		for (SimPoll.Answer answer : poll.answers()) {
			int count = poll.voters(answer.id()).size();
			if (count > 0) {
				ObjectNode entry = counts.addObject();
				entry.put("id", answer.id());
				entry.put("count", count);
				entry.put("me_voted", poll.voters(answer.id()).contains(world.bot().id()));
			}
		}
		return json;
	}

}
