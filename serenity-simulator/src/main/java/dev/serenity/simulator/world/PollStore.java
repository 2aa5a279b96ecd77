package dev.serenity.simulator.world;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The polls of the world's messages, by message id.
 */
public final class PollStore {

	private final Map<Long, SimPoll> polls = new ConcurrentHashMap<>();

	/**
	 * Store the poll of a message.
	 * @param poll the poll
	 */
	public void store(SimPoll poll) {
		this.polls.put(poll.messageId(), poll);
	}

	/**
	 * Return the poll of a message.
	 * @param messageId the message
	 * @return the poll, or empty for a message without poll
	 */
	public Optional<SimPoll> find(long messageId) {
		return Optional.ofNullable(this.polls.get(messageId));
	}

	/**
	 * Change a poll atomically.
	 * @param messageId the message
	 * @param change computes the new poll
	 * @return the changed poll, or empty without poll
	 */
	public Optional<SimPoll> update(long messageId, UnaryOperator<SimPoll> change) {
		return Optional.ofNullable(this.polls.computeIfPresent(messageId, (id, poll) -> change.apply(poll)));
	}

	/**
	 * Forget the poll of a deleted message.
	 * @param messageId the message
	 */
	public void remove(long messageId) {
		this.polls.remove(messageId);
	}

}
