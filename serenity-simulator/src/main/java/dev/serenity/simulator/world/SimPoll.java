package dev.serenity.simulator.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The poll of a message, with its votes. Immutable: a vote or the end stores a changed copy in {@link PollStore}.
 *
 * @param messageId the message holding the poll
 * @param question the question's text
 * @param answers the answers, their ids from 1
 * @param expiry when the poll ends by itself
 * @param allowMultiselect whether a user may vote for several answers
 * @param layoutType the layout (1)
 * @param endedAt when the poll was ended early, or {@code null}
 * @param votes the voters of each answer id, by ascending user id
 */
public record SimPoll(long messageId, String question, List<Answer> answers, Instant expiry, boolean allowMultiselect,
		int layoutType, Instant endedAt, Map<Integer, List<Long>> votes) {

	public SimPoll {
		answers = List.copyOf(answers);
		Map<Integer, List<Long>> copy = new LinkedHashMap<>();
		votes.forEach((answer, users) -> copy.put(answer, List.copyOf(new TreeSet<>(users))));
		votes = Collections.unmodifiableMap(copy);
	}

	/**
	 * Return whether the poll has ended (early or at its expiry).
	 * @param now the world's time
	 * @return whether votes are final
	 */
	public boolean expired(Instant now) {
		return this.endedAt != null || !now.isBefore(this.expiry);
	}

	/**
	 * Return whether an answer id exists.
	 * @param answerId the id
	 * @return whether the poll has it
	 */
	public boolean hasAnswer(int answerId) {
		return this.answers.stream().anyMatch((answer) -> answer.id() == answerId);
	}

	/**
	 * Return the voters of an answer.
	 * @param answerId the answer
	 * @return the user ids, ascending
	 */
	public List<Long> voters(int answerId) {
		return this.votes.getOrDefault(answerId, List.of());
	}

	/**
	 * Return the answers a user voted for.
	 * @param userId the user
	 * @return the answer ids
	 */
	public List<Integer> votesOf(long userId) {
		List<Integer> answers = new ArrayList<>();
		this.votes.forEach((answer, users) -> {
			if (users.contains(userId)) {
				answers.add(answer);
			}
		});
		return answers;
	}

	/**
	 * Return a copy with a vote added or removed.
	 * @param userId the voter
	 * @param answerId the answer
	 * @param add whether the vote is added
	 * @return the changed poll
	 */
	public SimPoll withVote(long userId, int answerId, boolean add) {
		Map<Integer, List<Long>> changed = new LinkedHashMap<>(this.votes);
		List<Long> users = new ArrayList<>(voters(answerId));
		if (add) {
			users.add(userId);
		}
		else {
			users.remove(userId);
		}
		changed.put(answerId, users);
		return new SimPoll(this.messageId, this.question, this.answers, this.expiry, this.allowMultiselect,
				this.layoutType, this.endedAt, changed);
	}

	/**
	 * Return a copy ended at a time.
	 * @param at when it ended
	 * @return the ended poll
	 */
	public SimPoll endedAt(Instant at) {
		return new SimPoll(this.messageId, this.question, this.answers, this.expiry, this.allowMultiselect,
				this.layoutType, at, this.votes);
	}

	/**
	 * An answer.
	 *
	 * @param id the answer id, from 1
	 * @param text the text
	 * @param emoji the emoji as sent ({@code id} or {@code name}), or {@code null}
	 */
	public record Answer(int id, String text, JsonNode emoji) {

		public Answer {
			emoji = (emoji != null) ? emoji.deepCopy() : null;
		}

	}

}
