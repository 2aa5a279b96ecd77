package dev.serenity.boot.autoconfigure.command;

import java.time.Duration;

import dev.serenity.interaction.InteractionResponders;
import dev.serenity.interaction.InteractionSignatureVerifier;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Answering interactions ({@code discord.interactions.*}): the automatic defer, the error reply and the optional
 * HTTP interactions endpoint.
 */
@ConfigurationProperties("discord.interactions")
public class DiscordInteractionsProperties {

	/**
	 * Ephemeral text sent when a handler fails (or none exists) before answering; empty sends nothing.
	 */
	private String errorReply = "Sorry, something went wrong.";

	private final AutoDefer autoDefer = new AutoDefer();

	private final Http http = new Http();

	public String getErrorReply() {
		return this.errorReply;
	}

	public void setErrorReply(String errorReply) {
		this.errorReply = errorReply;
	}

	public AutoDefer getAutoDefer() {
		return this.autoDefer;
	}

	public Http getHttp() {
		return this.http;
	}

	/**
	 * The automatic defer of interactions a handler has not answered in time.
	 */
	public static class AutoDefer {

		/**
		 * Whether an interaction still unanswered after 'after' is deferred, so Discord's 3-second deadline is
		 * never missed.
		 */
		private boolean enabled = InteractionResponders.DEFAULT_AUTO_DEFER;

		/**
		 * How long a handler may take before its interaction is deferred; less than 3 seconds.
		 */
		private Duration after = InteractionResponders.DEFAULT_AUTO_DEFER_AFTER;

		/**
		 * Whether the automatic defer of a command is ephemeral (the answer shown only to the invoking user).
		 */
		private boolean ephemeral = InteractionResponders.DEFAULT_DEFER_EPHEMERAL;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getAfter() {
			return this.after;
		}

		public void setAfter(Duration after) {
			this.after = after;
		}

		public boolean isEphemeral() {
			return this.ephemeral;
		}

		public void setEphemeral(boolean ephemeral) {
			this.ephemeral = ephemeral;
		}

	}

	/**
	 * The HTTP interactions endpoint (the "Interactions Endpoint URL" of the application), on the application's
	 * reactive web server.
	 */
	public static class Http {

		/**
		 * Whether to serve the HTTP interactions endpoint.
		 */
		private boolean enabled = false;

		/**
		 * Path of the endpoint.
		 */
		private String path = "/interactions";

		/**
		 * Public key of the application (64 hexadecimal digits, from the Developer Portal), which Discord's
		 * signatures are checked with.
		 */
		private String publicKey;

		/**
		 * How far a request's X-Signature-Timestamp may be from now before it is rejected as stale.
		 */
		private Duration maxTimestampAge = InteractionSignatureVerifier.DEFAULT_MAX_AGE;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getPath() {
			return this.path;
		}

		public void setPath(String path) {
			this.path = path;
		}

		public String getPublicKey() {
			return this.publicKey;
		}

		public void setPublicKey(String publicKey) {
			this.publicKey = publicKey;
		}

		public Duration getMaxTimestampAge() {
			return this.maxTimestampAge;
		}

		public void setMaxTimestampAge(Duration maxTimestampAge) {
			this.maxTimestampAge = maxTimestampAge;
		}

	}

}
