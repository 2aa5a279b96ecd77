package dev.serenity.boot.autoconfigure.diagnostics;

import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.RestException;
import dev.serenity.rest.RestRequestRefusedException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Analyzes a REST failure at startup that means the bot token is wrong: a 401 answer on a route authenticated by the
 * bot token, or a request refused because an earlier one got 401. A 401 on a webhook or interaction token route says
 * that other token is wrong and is left to other analyzers.
 */
class DiscordRestTokenRejectedFailureAnalyzer extends AbstractFailureAnalyzer<RestException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RestException cause) {
		boolean rejected = (cause instanceof RestRequestRefusedException refused)
				? refused.reason() == RestRequestRefusedException.Reason.TOKEN_INVALID
				: cause instanceof DiscordRestException answer && answer.status() == 401
						&& !cause.route().contains(".token}");
		if (!rejected) {
			return null;
		}
		return new FailureAnalysis("Discord rejected the bot token set in 'discord.token': " + cause.method() + " "
				+ cause.route() + " was answered 401 Unauthorized (or refused after such an answer).",
				DiscordTokenRejectedFailureAnalyzer.ACTION, cause);
	}

}
