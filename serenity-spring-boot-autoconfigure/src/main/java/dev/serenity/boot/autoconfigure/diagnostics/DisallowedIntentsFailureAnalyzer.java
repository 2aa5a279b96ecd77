package dev.serenity.boot.autoconfigure.diagnostics;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.serenity.client.ShardBootFailure;
import dev.serenity.gateway.GatewayIntent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Analyzes a {@link ShardBootFailure} for intents Discord refused: 4014 (a privileged intent is not enabled in the
 * Developer Portal) or 4013 (bits Discord does not define). Names the privileged intents {@code discord.intents}
 * requests and the Developer Portal switch of each.
 */
class DisallowedIntentsFailureAnalyzer extends AbstractShardBootFailureAnalyzer {

	private static final String PROPERTY = "discord.intents";

	private final Environment environment;

	DisallowedIntentsFailureAnalyzer(Environment environment) {
		super(ShardBootFailure.Reason.DISALLOWED_INTENTS, ShardBootFailure.Reason.INVALID_INTENTS);
		this.environment = environment;
	}

	@Override
	FailureAnalysis analyzeFailure(ShardBootFailure failure) {
		if (failure.reason() == ShardBootFailure.Reason.INVALID_INTENTS) {
			return new FailureAnalysis("Discord refused the gateway intents (4013 Invalid intent(s)): they hold bits "
					+ "Discord does not define.",
					"Set '" + PROPERTY + "' to names among " + names(EnumSet.allOf(GatewayIntent.class))
							+ ", and check DiscordClientCustomizer beans that set intents.",
					failure);
		}
		Set<GatewayIntent> requested = requestedPrivileged();
		StringBuilder description = new StringBuilder("Discord refused the gateway intents (4014 Disallowed "
				+ "intent(s)): the bot requests privileged intents that are not enabled for its application.");
		StringBuilder action = new StringBuilder();
		if (requested.isEmpty()) {
			description.append(" '" + PROPERTY + "' requests none of the privileged intents (GUILD_MEMBERS, "
					+ "GUILD_PRESENCES, MESSAGE_CONTENT), so a DiscordClientCustomizer may have added them.");
			action.append("In the Discord Developer Portal (Applications > your application > Bot > Privileged "
					+ "Gateway Intents), enable the privileged intents the bot requests, or stop requesting them.");
		}
		else {
			description.append(" '" + PROPERTY + "' requests " + names(requested) + ".");
			action.append("In the Discord Developer Portal (Applications > your application > Bot > Privileged "
					+ "Gateway Intents), enable ")
				.append(requested.stream().map(DisallowedIntentsFailureAnalyzer::portalName)
					.collect(Collectors.joining(", ")))
				.append(". Or remove ")
				.append(names(requested))
				.append(" from '" + PROPERTY + "' (leave it unset for every non-privileged intent).");
		}
		action.append(" A bot in 100 or more servers needs Discord's approval for each privileged intent.");
		return new FailureAnalysis(description.toString(), action.toString(), failure);
	}

	private Set<GatewayIntent> requestedPrivileged() {
		Set<GatewayIntent> requested = EnumSet.noneOf(GatewayIntent.class);
		if (this.environment != null) {
			try {
				requested.addAll(Binder.get(this.environment)
					.bind(PROPERTY, Bindable.setOf(GatewayIntent.class))
					.orElse(Set.of()));
			}
			catch (RuntimeException ex) {
				// The property did bind for the client; nothing better to say if it does not here.
			}
		}
		requested.removeIf((intent) -> !intent.privileged());
		return requested;
	}

	/**
	 * Return the name of an intent's switch in the Developer Portal.
	 * @param intent a privileged intent
	 * @return e.g. "Server Members Intent"
	 */
	static String portalName(GatewayIntent intent) {
		return switch (intent) {
			case GUILD_MEMBERS -> "Server Members Intent";
			case GUILD_PRESENCES -> "Presence Intent";
			case MESSAGE_CONTENT -> "Message Content Intent";
			default -> intent.name();
		};
	}

	private static String names(Set<GatewayIntent> intents) {
		return intents.stream().map(GatewayIntent::name).collect(Collectors.joining(", "));
	}

}
