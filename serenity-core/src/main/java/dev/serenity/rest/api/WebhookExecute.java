package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.Component;
import dev.serenity.model.Embed;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.RestRequest;

/**
 * A message to post through a webhook: the body of {@code POST /webhooks/{webhook.id}/{webhook.token}}. Checked
 * as {@link MessageCreate} is, when created.
 *
 * @param content the text, at most {@value MessageCreate#MAX_CONTENT_LENGTH} characters, or {@code null}
 * @param username the name shown instead of the webhook's (checked as a webhook name), or {@code null}
 * @param avatarUrl the avatar shown instead of the webhook's, or {@code null}
 * @param tts whether the message is read aloud
 * @param embeds at most {@value MessageCreate#MAX_EMBEDS} embeds, never {@code null}
 * @param allowedMentions which mentions notify, or {@code null} for all
 * @param components the components, at most {@value #MAX_COMPONENTS} top-level ones, never {@code null}
 * @param files the files to upload, at most {@value RestRequest#MAX_FILES}, never {@code null}
 * @param flags {@link #SETTABLE_FLAGS} only
 * @param threadName the name of the forum post to create (forum and media channels), or {@code null}
 * @param appliedTags the forum tags of the post created, never {@code null}
 * @param poll a poll, or {@code null}
 */
public record WebhookExecute(String content, String username, String avatarUrl, boolean tts, List<Embed> embeds,
		AllowedMentions allowedMentions, List<Component> components, List<RestFile> files, int flags,
		String threadName, List<Snowflake> appliedTags, PollCreate poll) {

	/** Most top-level components. */
	public static final int MAX_COMPONENTS = 40;

	/** Longest thread name. */
	public static final int MAX_THREAD_NAME_LENGTH = 100;

	/** Most forum tags of a post. */
	public static final int MAX_APPLIED_TAGS = 5;

	/** The flags a webhook message may be sent with. */
	public static final int SETTABLE_FLAGS = MessageCreate.SUPPRESS_EMBEDS | MessageCreate.SUPPRESS_NOTIFICATIONS
			| MessageCreate.IS_COMPONENTS_V2;

	/**
	 * Create a webhook message.
	 * @throws IllegalArgumentException naming the field for an empty message, too long content, too many embeds,
	 * components, files or tags, a bad username or thread name, or a flag that cannot be set
	 */
	public WebhookExecute {
		content = Checks.content("content", content, MessageCreate.MAX_CONTENT_LENGTH);
		if (username != null) {
			WebhookCreate.checkName("username", username);
		}
		if (avatarUrl != null && !avatarUrl.startsWith("https://") && !avatarUrl.startsWith("http://")) {
			throw new IllegalArgumentException("'avatarUrl' must be an http(s) URL but was '" + avatarUrl + "'");
		}
		embeds = Checks.list("embeds", embeds, MessageCreate.MAX_EMBEDS);
		EmbedLimits.check("embeds", embeds);
		components = Checks.list("components", components, MAX_COMPONENTS);
		files = Checks.list("files", files, RestRequest.MAX_FILES);
		appliedTags = Checks.ids("appliedTags", appliedTags, MAX_APPLIED_TAGS);
		if (threadName != null && (threadName.isBlank() || threadName.length() > MAX_THREAD_NAME_LENGTH)) {
			throw new IllegalArgumentException("'threadName' must have 1 to " + MAX_THREAD_NAME_LENGTH
					+ " characters but has " + threadName.length());
		}
		MessageBodies.checkFlags(flags, SETTABLE_FLAGS, "SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS and IS_COMPONENTS_V2");
		if ((flags & MessageCreate.IS_COMPONENTS_V2) != 0) {
			// A webhook's Components V2 message holds only components: no content, embeds, files or poll.
			MessageBodies.legacy("content", content != null && !content.isEmpty());
			MessageBodies.legacy("embeds", !embeds.isEmpty());
			MessageBodies.legacy("files", !files.isEmpty());
			MessageBodies.legacy("poll", poll != null);
		}
		MessageBodies.requireBody(content, embeds.isEmpty() && components.isEmpty() && files.isEmpty() && poll == null,
				"a webhook message needs content, embeds, components, files or a poll");
	}

	/**
	 * Create a text message with the webhook's name and avatar.
	 * @param content the text
	 * @return the message
	 */
	public static WebhookExecute of(String content) {
		return builder().content(content).build();
	}

	/**
	 * Start a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		if (this.content != null) {
			json.put("content", this.content);
		}
		if (this.username != null) {
			json.put("username", this.username);
		}
		if (this.avatarUrl != null) {
			json.put("avatar_url", this.avatarUrl);
		}
		if (this.tts) {
			json.put("tts", true);
		}
		if (!this.embeds.isEmpty()) {
			json.put("embeds", this.embeds);
		}
		if (this.allowedMentions != null) {
			json.put("allowed_mentions", this.allowedMentions.toJson());
		}
		if (!this.components.isEmpty()) {
			json.put("components", this.components);
		}
		if (this.flags != 0) {
			json.put("flags", this.flags);
		}
		if (this.threadName != null) {
			json.put("thread_name", this.threadName);
		}
		if (!this.appliedTags.isEmpty()) {
			json.put("applied_tags", Checks.json(this.appliedTags));
		}
		if (this.poll != null) {
			json.put("poll", this.poll.toJson());
		}
		MessageBodies.putAttachments(json, this.files);
		return json;
	}

	@Override
	public String toString() {
		return "WebhookExecute[content=" + ((this.content != null) ? this.content.length() + " chars" : "none")
				+ ", username=" + this.username + ", embeds=" + this.embeds.size() + ", files=" + this.files
				+ ", flags=" + this.flags + "]";
	}

	/**
	 * A poll to post (Discord's poll create request).
	 *
	 * @param question the question, at most {@value #MAX_QUESTION_LENGTH} characters
	 * @param answers 1 to {@value #MAX_ANSWERS} answers of at most {@value #MAX_ANSWER_LENGTH} characters
	 * @param durationHours how long it runs, 1 to {@value #MAX_DURATION_HOURS} hours
	 * @param allowMultiselect whether several answers may be chosen
	 */
	public record PollCreate(String question, List<String> answers, int durationHours, boolean allowMultiselect) {

		/** Longest question. */
		public static final int MAX_QUESTION_LENGTH = 300;

		/** Most answers. */
		public static final int MAX_ANSWERS = 10;

		/** Longest answer. */
		public static final int MAX_ANSWER_LENGTH = 55;

		/** Longest duration: 32 days. */
		public static final int MAX_DURATION_HOURS = 768;

		/** Default duration. */
		public static final int DEFAULT_DURATION_HOURS = 24;

		/**
		 * Create a poll.
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public PollCreate {
			if (question == null || question.isBlank() || question.length() > MAX_QUESTION_LENGTH) {
				throw new IllegalArgumentException("'poll.question' must have 1 to " + MAX_QUESTION_LENGTH
						+ " characters");
			}
			answers = Checks.list("poll.answers", answers, MAX_ANSWERS);
			if (answers.isEmpty()) {
				throw new IllegalArgumentException("'poll.answers' must hold 1 to " + MAX_ANSWERS + " answers");
			}
			for (int i = 0; i < answers.size(); i++) {
				if (answers.get(i).isBlank() || answers.get(i).length() > MAX_ANSWER_LENGTH) {
					throw new IllegalArgumentException("'poll.answers[" + i + "]' must have 1 to " + MAX_ANSWER_LENGTH
							+ " characters");
				}
			}
			if (durationHours < 1 || durationHours > MAX_DURATION_HOURS) {
				throw new IllegalArgumentException("'poll.durationHours' must be 1 to " + MAX_DURATION_HOURS
						+ " but was " + durationHours);
			}
		}

		Map<String, Object> toJson() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("question", Map.of("text", this.question));
			json.put("answers", this.answers.stream().map((answer) -> Map.of("poll_media", Map.of("text", answer)))
				.toList());
			json.put("duration", this.durationHours);
			json.put("allow_multiselect", this.allowMultiselect);
			return json;
		}

	}

	/** Builds a {@link WebhookExecute}; {@link #build()} checks the values. */
	public static final class Builder {

		private String content;

		private String username;

		private String avatarUrl;

		private boolean tts;

		private final List<Embed> embeds = new ArrayList<>();

		private AllowedMentions allowedMentions;

		private List<Component> components = List.of();

		private final List<RestFile> files = new ArrayList<>();

		private int flags;

		private String threadName;

		private List<Snowflake> appliedTags = List.of();

		private PollCreate poll;

		private Builder() {
		}

		/** Set the text. @param content the text @return this builder */
		public Builder content(String content) {
			this.content = content;
			return this;
		}

		/** Set the name shown. @param username the name @return this builder */
		public Builder username(String username) {
			this.username = username;
			return this;
		}

		/** Set the avatar shown. @param avatarUrl the URL @return this builder */
		public Builder avatarUrl(String avatarUrl) {
			this.avatarUrl = avatarUrl;
			return this;
		}

		/** Set whether the message is read aloud. @param tts whether it is @return this builder */
		public Builder tts(boolean tts) {
			this.tts = tts;
			return this;
		}

		/** Add an embed. @param embed the embed @return this builder */
		public Builder embed(Embed embed) {
			this.embeds.add(embed);
			return this;
		}

		/** Set which mentions notify. @param allowedMentions the mentions @return this builder */
		public Builder allowedMentions(AllowedMentions allowedMentions) {
			this.allowedMentions = allowedMentions;
			return this;
		}

		/** Set the components. @param components the components @return this builder */
		public Builder components(List<Component> components) {
			this.components = components;
			return this;
		}

		/** Add a file. @param file the file @return this builder */
		public Builder file(RestFile file) {
			this.files.add(file);
			return this;
		}

		/** Set the flags. @param flags see {@link #SETTABLE_FLAGS} @return this builder */
		public Builder flags(int flags) {
			this.flags = flags;
			return this;
		}

		/** Create a forum post with this name. @param threadName the name @return this builder */
		public Builder threadName(String threadName) {
			this.threadName = threadName;
			return this;
		}

		/** Set the forum tags. @param appliedTags the tags @return this builder */
		public Builder appliedTags(List<Snowflake> appliedTags) {
			this.appliedTags = appliedTags;
			return this;
		}

		/** Add a poll. @param poll the poll @return this builder */
		public Builder poll(PollCreate poll) {
			this.poll = poll;
			return this;
		}

		/**
		 * Build and check.
		 * @return the message
		 */
		public WebhookExecute build() {
			return new WebhookExecute(this.content, this.username, this.avatarUrl, this.tts,
					new ArrayList<>(this.embeds), this.allowedMentions, this.components, new ArrayList<>(this.files),
					this.flags, this.threadName, this.appliedTags, this.poll);
		}

	}

}
