package dev.serenity.model;

import java.util.List;

/**
 * A page of the users who voted for an answer of a poll: the body of
 * {@code GET /channels/{channel.id}/polls/{message.id}/answers/{answer_id}}.
 *
 * @param users the voters, by ascending id; never {@code null}
 */
public record PollAnswerVoters(List<User> users) {

	/**
	 * Create a page.
	 */
	public PollAnswerVoters {
		users = Copies.list(users);
	}

}
