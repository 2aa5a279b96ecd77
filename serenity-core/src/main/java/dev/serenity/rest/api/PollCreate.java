package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * A poll to send with a message ({@code poll} of {@link MessageCreate}); Discord's poll create request. Polls cannot
 * be edited; {@link MessageApi#endPoll} ends one early.
 *
 * <pre>{@code
 * PollCreate poll = PollCreate.of("Lunch?", "Pizza", "Sushi").withDuration(4).withMultiselect(true);
 * }</pre>
 *
 * @param question the question, 1 to {@value #MAX_QUESTION_LENGTH} characters
 * @param answers 1 to {@value #MAX_ANSWERS} answers
 * @param duration how long the poll is open, in hours, 1 to {@value #MAX_DURATION_HOURS}
 * @param allowMultiselect whether several answers can be chosen
 * @param layoutType the layout, {@value #DEFAULT_LAYOUT_TYPE} (the only one)
 */
public record PollCreate(String question, List<Answer> answers, int duration, boolean allowMultiselect,
		int layoutType) {

	/** Most characters of the question. */
	public static final int MAX_QUESTION_LENGTH = 300;

	/** Most answers. */
	public static final int MAX_ANSWERS = 10;

	/** Most characters of an answer. */
	public static final int MAX_ANSWER_LENGTH = 55;

	/** Longest duration, in hours (32 days). */
	public static final int MAX_DURATION_HOURS = 768;

	/** Default duration, in hours, as Discord's. */
	public static final int DEFAULT_DURATION_HOURS = 24;

	/** The default (and only) layout. */
	public static final int DEFAULT_LAYOUT_TYPE = 1;

	/**
	 * Create a poll.
	 * @throws IllegalArgumentException naming the field (e.g. {@code poll.answers[2].text}) when the question or an
	 * answer is empty or too long, there are no or too many answers, or the duration or layout is out of range
	 */
	public PollCreate {
		if (question == null || question.isBlank()) {
			throw new IllegalArgumentException("'poll.question.text' must not be blank");
		}
		Checks.content("poll.question.text", question, MAX_QUESTION_LENGTH);
		answers = Checks.list("poll.answers", answers, MAX_ANSWERS);
		if (answers.isEmpty()) {
			throw new IllegalArgumentException("'poll.answers' must hold 1 to " + MAX_ANSWERS + " answers");
		}
		for (int i = 0; i < answers.size(); i++) {
			String text = answers.get(i).text();
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("'poll.answers[" + i + "].text' must not be blank");
			}
			Checks.content("poll.answers[" + i + "].text", text, MAX_ANSWER_LENGTH);
		}
		if (duration < 1 || duration > MAX_DURATION_HOURS) {
			throw new IllegalArgumentException("'poll.duration' must be 1 to " + MAX_DURATION_HOURS
					+ " hours but was " + duration);
		}
		if (layoutType != DEFAULT_LAYOUT_TYPE) {
			throw new IllegalArgumentException("'poll.layout_type' must be " + DEFAULT_LAYOUT_TYPE + " but was "
					+ layoutType);
		}
	}

	/**
	 * Return a poll of text answers with the defaults (24 hours, one choice).
	 * @param question the question
	 * @param answers the answers' texts
	 * @return the poll
	 */
	public static PollCreate of(String question, String... answers) {
		List<Answer> list = new ArrayList<>();
		Arrays.stream(answers).forEach((text) -> list.add(Answer.of(text)));
		return new PollCreate(question, list, DEFAULT_DURATION_HOURS, false, DEFAULT_LAYOUT_TYPE);
	}

	/**
	 * Return a copy open for another duration.
	 * @param hours the duration in hours
	 * @return the poll
	 */
	public PollCreate withDuration(int hours) {
		return new PollCreate(this.question, this.answers, hours, this.allowMultiselect, this.layoutType);
	}

	/**
	 * Return a copy that does or does not allow several answers.
	 * @param allowMultiselect whether several answers can be chosen
	 * @return the poll
	 */
	public PollCreate withMultiselect(boolean allowMultiselect) {
		return new PollCreate(this.question, this.answers, this.duration, allowMultiselect, this.layoutType);
	}

	/**
	 * Return the JSON of the poll.
	 * @return the JSON, as an ordered map
	 */
	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("question", Map.of("text", this.question));
		json.put("answers", this.answers.stream().map(Answer::toJson).toList());
		json.put("duration", this.duration);
		json.put("allow_multiselect", this.allowMultiselect);
		json.put("layout_type", this.layoutType);
		return json;
	}

	/**
	 * An answer of a poll.
	 *
	 * @param text the text, 1 to {@value PollCreate#MAX_ANSWER_LENGTH} characters
	 * @param emoji the emoji, or {@code null}
	 */
	public record Answer(String text, ReactionEmoji emoji) {

		/**
		 * Return an answer without emoji.
		 * @param text the text
		 * @return the answer
		 */
		public static Answer of(String text) {
			return new Answer(text, null);
		}

		Map<String, Object> toJson() {
			Map<String, Object> media = new LinkedHashMap<>();
			media.put("text", this.text);
			if (this.emoji != null) {
				Map<String, Object> emoji = new LinkedHashMap<>();
				if (this.emoji.id() != null) {
					emoji.put("id", Checks.json(this.emoji.id()));
				}
				else {
					emoji.put("name", this.emoji.name());
				}
				media.put("emoji", emoji);
			}
			return Map.of("poll_media", media);
		}

	}

}
