package dev.serenity.boot.test;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimMessage;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * AssertJ assertions on the messages the bot sent to one channel of the simulated Discord. {@code received*}
 * methods check what is there now; {@code await*} methods wait, at most {@link SimulatedDiscord#DEFAULT_TIMEOUT} or
 * the given time, for a matching message. A failure says what the bot actually sent there, and which of its REST
 * requests about the channel failed.
 */
public class ChannelAssert extends AbstractAssert<ChannelAssert, SimulatedChannel> {

	private final SimulatedDiscord discord;

	ChannelAssert(SimulatedDiscord discord, SimulatedChannel channel) {
		super(channel, ChannelAssert.class);
		this.discord = discord;
		isNotNull();
	}

	/**
	 * Assert that the bot has sent a message with exactly this content.
	 * @param content the expected content
	 * @return this
	 */
	public ChannelAssert receivedMessage(String content) {
		return check(quote(content), contentIs(content), null);
	}

	/**
	 * Assert that the bot has sent a message whose content contains a text.
	 * @param part the text
	 * @return this
	 */
	public ChannelAssert receivedMessageContaining(String part) {
		return check("a message containing " + quote(part), contentContains(part), null);
	}

	/**
	 * Assert that the bot has answered a message with a reply of exactly this content.
	 * @param message the message replied to
	 * @param content the expected content
	 * @return this
	 */
	public ChannelAssert receivedReplyTo(SimMessage message, String content) {
		return check(quote(content) + " as a reply to message " + Long.toUnsignedString(message.id()),
				replyTo(message).and(contentIs(content)), null);
	}

	/**
	 * Assert that the bot has sent nothing to the channel (yet).
	 * @return this
	 */
	public ChannelAssert receivedNoMessage() {
		List<SimMessage> sent = this.discord.messagesFromBot(this.actual);
		if (!sent.isEmpty()) {
			failWithMessage("%s", "Expected the bot to send nothing in " + this.actual + ", but it sent:"
					+ describe(sent) + failedRequests());
		}
		return this;
	}

	/**
	 * Wait, at most {@link SimulatedDiscord#DEFAULT_TIMEOUT}, for the bot to send a message with exactly this
	 * content.
	 * @param content the expected content
	 * @return this
	 */
	public ChannelAssert awaitMessage(String content) {
		return awaitMessage(content, SimulatedDiscord.DEFAULT_TIMEOUT);
	}

	/**
	 * Wait for the bot to send a message with exactly this content.
	 * @param content the expected content
	 * @param timeout how long to wait at most
	 * @return this
	 */
	public ChannelAssert awaitMessage(String content, Duration timeout) {
		return check(quote(content), contentIs(content), timeout);
	}

	/**
	 * Wait, at most {@link SimulatedDiscord#DEFAULT_TIMEOUT}, for the bot to send a message containing a text.
	 * @param part the text
	 * @return this
	 */
	public ChannelAssert awaitMessageContaining(String part) {
		return check("a message containing " + quote(part), contentContains(part), SimulatedDiscord.DEFAULT_TIMEOUT);
	}

	/**
	 * Wait, at most {@link SimulatedDiscord#DEFAULT_TIMEOUT}, for the bot to reply to a message with exactly this
	 * content.
	 * @param message the message replied to
	 * @param content the expected content
	 * @return this
	 */
	public ChannelAssert awaitReplyTo(SimMessage message, String content) {
		return check(quote(content) + " as a reply to message " + Long.toUnsignedString(message.id()),
				replyTo(message).and(contentIs(content)), SimulatedDiscord.DEFAULT_TIMEOUT);
	}

	/**
	 * Return AssertJ list assertions on the contents of the bot's messages in the channel, oldest first.
	 * @return list assertions
	 */
	public ListAssert<String> messages() {
		List<String> contents = this.discord.messagesFromBot(this.actual).stream().map(SimMessage::content).toList();
		return Assertions.assertThat(contents)
			.as("messages the bot sent in %s", this.actual);
	}

	private ChannelAssert check(String expected, Predicate<SimMessage> match, Duration timeout) {
		if (!Eventually.holds(() -> found(match), timeout)) {
			fail(expected, timeout);
		}
		return this;
	}

	private boolean found(Predicate<SimMessage> match) {
		return this.discord.messagesFromBot(this.actual).stream().anyMatch(match);
	}

	private void fail(String expected, Duration timeout) {
		List<SimMessage> sent = this.discord.messagesFromBot(this.actual);
		String within = (timeout != null) ? " within " + timeout.toMillis() + " ms" : "";
		String actually = sent.isEmpty() ? " but it sent nothing there" : " but it sent:" + describe(sent);
		failWithMessage("%s",
				"Expected the bot to send " + expected + " in " + this.actual + within + "," + actually
						+ failedRequests());
	}

	private String describe(List<SimMessage> messages) {
		return messages.stream().map((message) -> {
			String reply = (message.referencedMessageId() != 0)
					? " (reply to " + Long.toUnsignedString(message.referencedMessageId()) + ")" : "";
			String embeds = message.embeds().isEmpty() ? "" : " (" + message.embeds().size() + " embed(s))";
			return "\n  - " + quote(message.content()) + reply + embeds;
		}).collect(Collectors.joining());
	}

	private String failedRequests() {
		List<RestRecord> failed = this.discord.restRequests(this.actual)
			.stream()
			.filter((request) -> request.status() >= 400)
			.toList();
		if (failed.isEmpty()) {
			return "";
		}
		return "\nIts REST requests about this channel that failed:" + failed.stream()
			.map((request) -> "\n  - " + ((request.route() != null) ? request.route()
					: request.method() + " " + request.path()) + " -> " + request.status()
					+ ((request.limitedBy() != null) ? " (rate limited: " + request.limitedBy() + ")" : ""))
			.collect(Collectors.joining());
	}

	private static Predicate<SimMessage> contentIs(String content) {
		return (message) -> content.equals(message.content());
	}

	private static Predicate<SimMessage> contentContains(String part) {
		return (message) -> message.content() != null && message.content().contains(part);
	}

	private static Predicate<SimMessage> replyTo(SimMessage original) {
		return (message) -> message.referencedMessageId() == original.id();
	}

	static String quote(String text) {
		return (text != null) ? "\"" + text + "\"" : "null";
	}

}
