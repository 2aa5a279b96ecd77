package dev.serenity.simulator;

import dev.serenity.simulator.gateway.Dispatch;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimPoll;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * Polls in the simulated world: simulated users vote (MESSAGE_POLL_VOTE_ADD and MESSAGE_POLL_VOTE_REMOVE, gated by
 * GUILD_MESSAGE_POLLS or DIRECT_MESSAGE_POLLS) and polls end (MESSAGE_UPDATE with the final results). Reached with
 * {@link SimulatorControl#polls()}.
 */
public final class PollControl {

	private final World world;

	private final Gateway gateway;

	private final MessageEvents messages;

	PollControl(World world, Gateway gateway, MessageEvents messages) {
		this.world = world;
		this.gateway = gateway;
		this.messages = messages;
	}

	/**
	 * Make a user vote for an answer; sends MESSAGE_POLL_VOTE_ADD. In a poll without multiselect, the user's other
	 * vote is removed first (MESSAGE_POLL_VOTE_REMOVE).
	 * @param userId the voter
	 * @param channelId the channel
	 * @param messageId the message with the poll
	 * @param answerId the answer, from 1
	 * @return whether the vote is new
	 * @throws IllegalArgumentException for a message without poll or an unknown answer
	 * @throws IllegalStateException when the poll has ended
	 */
	public boolean vote(long userId, long channelId, long messageId, int answerId) {
		SimPoll poll = open(userId, channelId, messageId, answerId);
		if (poll.voters(answerId).contains(userId)) {
			return false;
		}
		if (!poll.allowMultiselect()) {
			for (int other : poll.votesOf(userId)) {
				unvote(userId, channelId, messageId, other);
			}
		}
		this.world.polls().update(messageId, (current) -> current.withVote(userId, answerId, true));
		dispatch("MESSAGE_POLL_VOTE_ADD", userId, channelId, messageId, answerId);
		return true;
	}

	/**
	 * Remove a user's vote; sends MESSAGE_POLL_VOTE_REMOVE if there was one.
	 * @param userId the voter
	 * @param channelId the channel
	 * @param messageId the message with the poll
	 * @param answerId the answer
	 * @return whether there was such a vote
	 * @throws IllegalArgumentException for a message without poll or an unknown answer
	 * @throws IllegalStateException when the poll has ended
	 */
	public boolean unvote(long userId, long channelId, long messageId, int answerId) {
		SimPoll poll = open(userId, channelId, messageId, answerId);
		if (!poll.voters(answerId).contains(userId)) {
			return false;
		}
		this.world.polls().update(messageId, (current) -> current.withVote(userId, answerId, false));
		dispatch("MESSAGE_POLL_VOTE_REMOVE", userId, channelId, messageId, answerId);
		return true;
	}

	/**
	 * End a poll now; sends MESSAGE_UPDATE with the finalized results.
	 * @param channelId the channel
	 * @param messageId the message with the poll
	 * @return the message
	 * @throws IllegalArgumentException for a message without poll
	 * @throws IllegalStateException when the poll has ended already
	 */
	public SimMessage end(long channelId, long messageId) {
		this.messages.message(channelId, messageId);
		SimPoll poll = poll(messageId);
		if (poll.expired(this.world.now())) {
			throw new IllegalStateException("The poll of message " + Long.toUnsignedString(messageId)
					+ " has ended");
		}
		this.world.polls().update(messageId, (current) -> current.endedAt(this.world.now()));
		return this.messages.edit(channelId, messageId, (message) -> message);
	}

	/**
	 * Return the poll of a message.
	 * @param messageId the message
	 * @return the poll
	 * @throws IllegalArgumentException for a message without poll
	 */
	public SimPoll poll(long messageId) {
		return this.world.polls()
			.find(messageId)
			.orElseThrow(() -> new IllegalArgumentException("Message " + Long.toUnsignedString(messageId)
					+ " has no poll"));
	}

	private SimPoll open(long userId, long channelId, long messageId, int answerId) {
		this.world.user(userId);
		this.messages.message(channelId, messageId);
		SimPoll poll = poll(messageId);
		if (!poll.hasAnswer(answerId)) {
			throw new IllegalArgumentException("The poll has no answer " + answerId);
		}
		if (poll.expired(this.world.now())) {
			throw new IllegalStateException("The poll of message " + Long.toUnsignedString(messageId)
					+ " has ended");
		}
		return poll;
	}

	private void dispatch(String type, long userId, long channelId, long messageId, int answerId) {
		long guildId = this.world.channel(channelId).guildId();
		ObjectNode data = WorldJson.object();
		data.put("user_id", WorldJson.id(userId));
		data.put("channel_id", WorldJson.id(channelId));
		data.put("message_id", WorldJson.id(messageId));
		if (guildId != 0) {
			data.put("guild_id", WorldJson.id(guildId));
		}
		data.put("answer_id", answerId);
		this.gateway.dispatch(Dispatch.of(type, guildId, data));
	}

}
