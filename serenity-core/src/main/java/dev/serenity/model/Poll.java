package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * A poll in a message. Votes arrive as MESSAGE_POLL_VOTE_ADD and MESSAGE_POLL_VOTE_REMOVE; {@code results} may be
 * stale until the poll is finalized.
 *
 * @param question the question; only its text is used
 * @param answers the answers, never {@code null}
 * @param expiry when the poll ends, {@code null} for polls that do not expire
 * @param allowMultiselect whether several answers can be chosen
 * @param layoutType the layout, 1 for the default
 * @param results the results
 */
public record Poll(Media question, List<Answer> answers, Instant expiry, Boolean allowMultiselect, Integer layoutType,
		Results results) {

	/**
	 * Create a poll.
	 */
	public Poll {
		answers = Copies.list(answers);
	}

	/**
	 * The text and emoji of a question or answer.
	 *
	 * @param text the text
	 * @param emoji the emoji, for answers
	 */
	public record Media(String text, Emoji emoji) {
	}

	/**
	 * An answer.
	 *
	 * @param answerId the answer's id, from 1
	 * @param pollMedia the answer's text and emoji
	 */
	public record Answer(Integer answerId, Media pollMedia) {
	}

	/**
	 * The counts of a poll.
	 *
	 * @param isFinalized whether the votes are counted precisely
	 * @param answerCounts the count of each answer that has votes; never {@code null}
	 */
	public record Results(Boolean isFinalized, List<AnswerCount> answerCounts) {

		/**
		 * Create results.
		 */
		public Results {
			answerCounts = Copies.list(answerCounts);
		}

	}

	/**
	 * The votes for an answer.
	 *
	 * @param id the answer's id
	 * @param count the number of votes
	 * @param meVoted whether the bot voted for it
	 */
	public record AnswerCount(Integer id, Integer count, Boolean meVoted) {
	}

}
