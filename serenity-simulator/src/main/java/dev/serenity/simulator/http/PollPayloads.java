package dev.serenity.simulator.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.serenity.simulator.world.SimPoll;
import tools.jackson.databind.JsonNode;

/**
 * Discord's validation of the {@code poll} of a message (the poll create request) and the poll it stores.
 */
final class PollPayloads {

	static final int MAX_QUESTION_LENGTH = 300;

	static final int MAX_ANSWERS = 10;

	static final int MAX_ANSWER_LENGTH = 55;

	static final int MAX_DURATION_HOURS = 768;

	static final int DEFAULT_DURATION_HOURS = 24;

	private PollPayloads() {
	}

	/**
	 * Check a poll create request and return the poll to store.
	 * @param poll the {@code poll} field, or {@code null}
	 * @param messageId the message that holds it
	 * @param sent when the message is sent
	 * @return the poll, or {@code null} without one
	 * @throws HttpError 50035 naming the field at fault
	 */
	static SimPoll poll(JsonNode poll, long messageId, Instant sent) {
		if (poll == null || poll.isNull()) {
			return null;
		}
		if (!poll.isObject()) {
			throw HttpError.invalidField("poll", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
		}
		String question = text("poll.question.text", poll.path("question").get("text"), MAX_QUESTION_LENGTH);
		JsonNode answers = poll.get("answers");
		if (answers == null || answers.isNull()) {
			throw HttpError.invalidField("poll.answers", "BASE_TYPE_REQUIRED", "This field is required");
		}
		if (!answers.isArray() || answers.isEmpty() || answers.size() > MAX_ANSWERS) {
			throw HttpError.invalidField("poll.answers", "BASE_TYPE_BAD_LENGTH",
					"Must be between 1 and " + MAX_ANSWERS + " in length.");
		}
		List<SimPoll.Answer> list = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			JsonNode media = answers.get(i).path("poll_media");
			String text = text("poll.answers." + i + ".poll_media.text", media.get("text"), MAX_ANSWER_LENGTH);
			JsonNode emoji = media.get("emoji");
			list.add(new SimPoll.Answer(i + 1, text, (emoji != null && emoji.isObject()) ? emoji : null));
		}
		int hours = DEFAULT_DURATION_HOURS;
		JsonNode duration = poll.get("duration");
		if (duration != null && !duration.isNull()) {
			hours = duration.asInt();
			if (hours < 1) {
				throw HttpError.invalidField("poll.duration", "NUMBER_TYPE_MIN",
						"Int should be greater than or equal to 1.");
			}
			if (hours > MAX_DURATION_HOURS) {
				throw HttpError.invalidField("poll.duration", "NUMBER_TYPE_MAX",
						"Int should be less than or equal to " + MAX_DURATION_HOURS + ".");
			}
		}
		int layout = poll.path("layout_type").asInt(1);
		if (layout != 1) {
			throw HttpError.invalidField("poll.layout_type", "BASE_TYPE_CHOICES", "Value must be one of (1,).");
		}
		return new SimPoll(messageId, question, list, sent.plus(Duration.ofHours(hours)),
				poll.path("allow_multiselect").asBoolean(false), layout, null, Map.of());
	}

	private static String text(String path, JsonNode value, int max) {
		if (value == null || value.isNull() || value.asString().isBlank()) {
			throw HttpError.invalidField(path, "BASE_TYPE_REQUIRED", "This field is required");
		}
		String text = value.asString();
		if (text.length() > max) {
			throw HttpError.invalidField(path, "BASE_TYPE_MAX_LENGTH", "Must be " + max + " or fewer in length.");
		}
		return text;
	}

}
