package dev.serenity.boot.autoconfigure.diagnostics;

import java.util.Arrays;
import java.util.Map;

import dev.serenity.boot.autoconfigure.DiscordProperties;
import dev.serenity.boot.autoconfigure.InvalidDiscordPropertyException;
import dev.serenity.boot.autoconfigure.MissingDiscordTokenException;
import dev.serenity.client.DiscordClient;
import dev.serenity.client.ShardBootFailure;
import dev.serenity.gateway.GatewayCloseException;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.RestException;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.RestRequestRefusedException;
import dev.serenity.rest.Route;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each Discord failure analyzer, called directly with the failure it explains and with failures it must leave to
 * others.
 */
class DiscordFailureAnalyzersTests {

	@Test
	void missingTokenNamesThePropertyAndTheSimulator() {
		FailureAnalysis analysis = new MissingDiscordTokenFailureAnalyzer()
			.analyze(new BeanCreationException("discordClient", new MissingDiscordTokenException()));
		assertThat(analysis.getDescription()).contains("'discord.token' is not set");
		assertThat(analysis.getAction()).contains("Set 'discord.token'")
			.contains("Bot > Reset Token")
			.contains("'discord.simulator.enabled=true'")
			.doesNotContain("add dev.serenity:serenity-simulator")
			.contains("'discord.enabled=false'");
		assertThat(analysis.getCause()).isInstanceOf(MissingDiscordTokenException.class);
	}

	@Test
	void tokenRejectedByTheGatewayPointsAtTheDeveloperPortal() {
		ShardBootFailure failure = new ShardBootFailure(ShardBootFailure.Reason.TOKEN_REJECTED, "closed",
				new GatewayCloseException(0, 1, 4004, "Authentication failed."));
		FailureAnalysis analysis = new DiscordTokenRejectedFailureAnalyzer().analyze(wrapped(failure));
		assertThat(analysis.getDescription()).contains("'discord.token'").contains("4004");
		assertThat(analysis.getAction()).contains("Reset Token").contains("set 'discord.token'");
	}

	@Test
	void tokenRejectedByRestAtStartupPointsAtTheDeveloperPortal() {
		FailureAnalysis analysis = new DiscordTokenRejectedFailureAnalyzer().analyze(wrapped(
				new ShardBootFailure(ShardBootFailure.Reason.TOKEN_REJECTED, "401 on GET /gateway/bot", null)));
		assertThat(analysis.getDescription()).contains("401 Unauthorized");
		assertThat(analysis.getAction()).contains("Bot > Reset Token");
	}

	@Test
	void restAnswers401AndLaterRefusalsAreAnalyzedAsARejectedTokenWithoutPrintingIt() {
		String wrongToken = "MTAx.wrong-token-in-test.XYZ";
		try (DiscordSimulator simulator = DiscordSimulator.start(SimulatorConfig.builder().build());
				DiscordClient client = DiscordClient.builder(wrongToken, 0).restUrl(simulator.restUrl()).build()) {
			RestRequest<JsonNode> me = RestRequest.of(Route.get("/users/@me"), JsonNode.class);
			DiscordRestException answered = catchThrowableOfType(DiscordRestException.class,
					() -> client.rest().exchange(me).block());
			RestRequestRefusedException refused = catchThrowableOfType(RestRequestRefusedException.class,
					() -> client.rest().exchange(me).block());
			assertThat(answered.status()).isEqualTo(401);
			for (RestException failure : new RestException[] { answered, refused }) {
				FailureAnalysis analysis = new DiscordRestTokenRejectedFailureAnalyzer().analyze(wrapped(failure));
				assertThat(analysis.getDescription()).contains("'discord.token'").contains("/users/@me");
				assertThat(analysis.getAction()).contains("Reset Token");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(wrongToken);
			}
		}
	}

	@Test
	void restFailuresThatAreNotAboutTheTokenAreLeftToOthers() {
		RestRequestRefusedException closed = RestRequestRefusedException.closed(Route.get("/gateway/bot"));
		assertThat(new DiscordRestTokenRejectedFailureAnalyzer().analyze(wrapped(closed))).isNull();
	}

	@Test
	void disallowedIntentsNameThePortalSwitchOfEachRequestedPrivilegedIntent() {
		ShardBootFailure failure = new ShardBootFailure(ShardBootFailure.Reason.DISALLOWED_INTENTS, "closed",
				new GatewayCloseException(0, 1, 4014, "Disallowed intent(s)."));
		FailureAnalysis analysis = new DisallowedIntentsFailureAnalyzer(
				environment(Map.of("discord.intents", "guilds, guild-members, message_content")))
			.analyze(wrapped(failure));
		assertThat(analysis.getDescription()).contains("4014")
			.contains("'discord.intents' requests GUILD_MEMBERS, MESSAGE_CONTENT");
		assertThat(analysis.getAction()).contains("Bot > Privileged Gateway Intents")
			.contains("enable Server Members Intent, Message Content Intent")
			.contains("remove GUILD_MEMBERS, MESSAGE_CONTENT from 'discord.intents'")
			.doesNotContain("Presence Intent");
	}

	@Test
	void disallowedIntentsWithoutPrivilegedOnesInThePropertySuspectACustomizer() {
		ShardBootFailure failure = new ShardBootFailure(ShardBootFailure.Reason.DISALLOWED_INTENTS, "closed", null);
		FailureAnalysis analysis = new DisallowedIntentsFailureAnalyzer(new StandardEnvironment())
			.analyze(wrapped(failure));
		assertThat(analysis.getDescription()).contains("requests none of the privileged intents")
			.contains("DiscordClientCustomizer");
		assertThat(analysis.getAction()).contains("Bot > Privileged Gateway Intents");
	}

	@Test
	void invalidIntentsListTheIntentNames() {
		FailureAnalysis analysis = new DisallowedIntentsFailureAnalyzer(null).analyze(
				wrapped(new ShardBootFailure(ShardBootFailure.Reason.INVALID_INTENTS, "4013", null)));
		assertThat(analysis.getAction()).contains("'discord.intents'")
			.contains(GatewayIntent.GUILD_MESSAGE_POLLS.name());
	}

	@Test
	void invalidShardingNamesTheShardPropertiesAndTheirValues() {
		StandardEnvironment environment = environment(Map.of("discord.shards.total", "1"));
		FailureAnalysis tooFew = new InvalidShardingFailureAnalyzer(environment)
			.analyze(wrapped(new ShardBootFailure(ShardBootFailure.Reason.INVALID_SHARDING, "4011",
					new GatewayCloseException(0, 1, 4011, "Sharding required."))));
		assertThat(tooFew.getDescription()).contains("4011").contains("discord.shards.total=1");
		assertThat(tooFew.getAction()).contains("Raise 'discord.shards.total'").contains("autosharding");
		FailureAnalysis invalid = new InvalidShardingFailureAnalyzer(environment)
			.analyze(wrapped(new ShardBootFailure(ShardBootFailure.Reason.INVALID_SHARDING, "4010",
					new GatewayCloseException(3, 2, 4010, "Invalid shard."))));
		assertThat(invalid.getDescription()).contains("4010");
		assertThat(invalid.getAction()).contains("'discord.shards.range'").contains("'discord.shards.total' - 1");
	}

	@Test
	void sessionStartLimitSaysToWaitOrStartFewerShards() {
		FailureAnalysis analysis = new SessionStartLimitFailureAnalyzer()
			.analyze(wrapped(new ShardBootFailure(ShardBootFailure.Reason.SESSION_START_LIMIT,
					"Starting 2 shards needs 2 session starts, but Discord allows only 0 more", null)));
		assertThat(analysis.getDescription()).contains("allows only 0 more");
		assertThat(analysis.getAction()).contains("'discord.shards.range'")
			.contains("'discord.shards.total'")
			.contains("discord.session.store=FILE");
	}

	@Test
	void otherStartupFailuresNameTheSettingToChange() {
		FailureAnalysis timeout = new DiscordStartupFailureAnalyzer()
			.analyze(wrapped(new ShardBootFailure(ShardBootFailure.Reason.TIMEOUT, "not READY", null)));
		assertThat(timeout.getAction()).contains("'discord.startup.timeout'");
		FailureAnalysis unavailable = new DiscordStartupFailureAnalyzer()
			.analyze(wrapped(new ShardBootFailure(ShardBootFailure.Reason.GATEWAY_UNAVAILABLE, "down", null)));
		assertThat(unavailable.getAction()).contains("'discord.rest.base-url'");
	}

	@Test
	void eachShardBootFailureAnalyzerLeavesOtherReasonsToTheOthers() {
		AbstractShardBootFailureAnalyzer[] analyzers = { new DiscordTokenRejectedFailureAnalyzer(),
				new DisallowedIntentsFailureAnalyzer(null), new InvalidShardingFailureAnalyzer(null),
				new SessionStartLimitFailureAnalyzer(), new DiscordStartupFailureAnalyzer() };
		for (ShardBootFailure.Reason reason : ShardBootFailure.Reason.values()) {
			ShardBootFailure failure = new ShardBootFailure(reason, reason.name(), null);
			long answering = Arrays.stream(analyzers)
				.filter((analyzer) -> analyzer.analyze(failure) != null)
				.count();
			assertThat(answering).as(reason.name()).isEqualTo(1);
		}
	}

	@Test
	void invalidPropertyNamesThePropertyValueAndAllowedValues() {
		FailureAnalysis analysis = new InvalidDiscordPropertyFailureAnalyzer(null).analyze(wrapped(
				new InvalidDiscordPropertyException("discord.listener.lanes", 0, "must be at least 1")));
		assertThat(analysis.getDescription()).contains("Property: discord.listener.lanes")
			.contains("Value: \"0\"")
			.contains("Reason: must be at least 1");
		assertThat(analysis.getAction()).isEqualTo(
				"Update 'discord.listener.lanes' in your application's configuration: must be at least 1.");
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			discord.intents                | GUILDS,NOPE | a comma-separated list of GUILDS, GUILD_MEMBERS,
			discord.presence.status        | away        | one of ONLINE, IDLE, DND, INVISIBLE, OFFLINE (case
			discord.presence.activity-type | DANCING     | one of PLAYING, STREAMING, LISTENING, WATCHING, CUSTOM, COMPETING (
			discord.gateway.compression    | gzip        | one of NONE, ZLIB_STREAM, ZSTD_STREAM (
			discord.session.store          | DISK        | one of MEMORY, FILE (
			""")
	void enumValuesThatDoNotBindListTheConstantsButUnknown(String property, String value, String allowed) {
		new ApplicationContextRunner().withUserConfiguration(PropertiesConfiguration.class)
			.withPropertyValues(property + "=" + value)
			.run((context) -> {
				FailureAnalysis analysis = new DiscordBindFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("Property: " + property)
					.contains("Value: \"" + value + "\"");
				assertThat(analysis.getAction()).contains("Update '" + property + "'")
					.contains(allowed)
					.doesNotContain("UNKNOWN");
			});
	}

	@Test
	void bindFailuresOfNumbersAndDurationsShowTheAcceptedFormat() {
		new ApplicationContextRunner().withUserConfiguration(PropertiesConfiguration.class)
			.withPropertyValues("discord.listener.lanes=many")
			.run((context) -> assertThat(new DiscordBindFailureAnalyzer().analyze(context.getStartupFailure())
				.getAction()).contains("Update 'discord.listener.lanes'").contains("a whole number"));
		new ApplicationContextRunner().withUserConfiguration(PropertiesConfiguration.class)
			.withPropertyValues("discord.rest.request-timeout=soon")
			.run((context) -> assertThat(new DiscordBindFailureAnalyzer().analyze(context.getStartupFailure())
				.getAction()).contains("a duration such as 500ms, 30s or 2m"));
	}

	@Test
	void analyzersIgnoreUnrelatedFailures() {
		IllegalStateException unrelated = new IllegalStateException("unrelated");
		assertThat(new MissingDiscordTokenFailureAnalyzer().analyze(unrelated)).isNull();
		assertThat(new InvalidDiscordPropertyFailureAnalyzer(null).analyze(unrelated)).isNull();
		assertThat(new DiscordBindFailureAnalyzer().analyze(unrelated)).isNull();
		assertThat(new DiscordTokenRejectedFailureAnalyzer().analyze(unrelated)).isNull();
	}

	private static Throwable wrapped(Throwable failure) {
		return new IllegalStateException("Failed to start bean 'discordClientLifecycle'", failure);
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DiscordProperties.class)
	static class PropertiesConfiguration {

	}

}
