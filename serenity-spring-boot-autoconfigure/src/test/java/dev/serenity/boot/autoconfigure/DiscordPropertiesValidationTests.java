package dev.serenity.boot.autoconfigure;

import java.time.Duration;

import dev.serenity.model.ActivityType;
import dev.serenity.model.OnlineStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every range check of {@link DiscordProperties}: a wrong value fails binding with an
 * {@link InvalidDiscordPropertyException} that names the property and what is allowed; values on the bounds bind.
 */
class DiscordPropertiesValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			discord.gateway.large-threshold | 49    | must be between 50 and 250
			discord.gateway.large-threshold | 251   | must be between 50 and 250
			discord.gateway.max-frame-size  | 0     | must be a positive size
			discord.rest.request-timeout    | 0s    | must be a positive duration
			discord.rest.request-timeout    | -1s   | must be a positive duration
			discord.rest.global-limit       | 0     | must be at least 1
			discord.rest.max-retries        | -1    | must be at least 0
			discord.listener.lanes          | 0     | must be at least 1
			discord.gateway.event-loop-threads | 0 | must be at least 1
			discord.listener.lane-capacity  | 0     | must be at least 1
			discord.listener.timeout        | 0s    | must be a positive duration
			discord.startup.timeout         | 0s    | must be a positive duration
			discord.simulator.port          | -1    | must be between 0 and 65535
			discord.simulator.port          | 65536 | must be between 0 and 65535
			discord.simulator.guilds        | -1    | must be at least 0
			discord.presence.status         | unknown | must be one of ONLINE, IDLE, DND, INVISIBLE, OFFLINE
			discord.presence.activity-type  | UNKNOWN | must be one of PLAYING, STREAMING, LISTENING, WATCHING
			""")
	void bindingAnOutOfRangeValueFailsNamingThePropertyAndTheAllowedValues(String property, String value,
			String allowed) {
		this.contextRunner.withPropertyValues(property + "=" + value)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidDiscordPropertyException.class)
				.hasMessageStartingWith("Invalid '" + property + "'")
				.hasMessageContaining(allowed)
				.satisfies((ex) -> assertThat(((InvalidDiscordPropertyException) ex).property()).isEqualTo(property)));
	}

	@Test
	void bindingValuesOnTheBoundsSucceeds() {
		this.contextRunner
			.withPropertyValues("discord.gateway.large-threshold=50", "discord.rest.max-retries=0",
					"discord.rest.global-limit=1", "discord.listener.lanes=1", "discord.listener.lane-capacity=1",
					"discord.simulator.port=65535", "discord.simulator.guilds=0", "discord.gateway.max-frame-size=1B",
					"discord.rest.request-timeout=1ms", "discord.startup.timeout=1ms", "discord.listener.timeout=1ms",
					"discord.presence.status=dnd", "discord.gateway.event-loop-threads=1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				DiscordProperties properties = context.getBean(DiscordProperties.class);
				assertThat(properties.getGateway().getLargeThreshold()).isEqualTo(50);
				assertThat(properties.getGateway().getEventLoopThreads()).isEqualTo(1);
				assertThat(properties.getSimulator().getPort()).isEqualTo(65535);
				assertThat(properties.getPresence().getStatus()).isEqualTo(OnlineStatus.DND);
			});
		this.contextRunner.withPropertyValues("discord.gateway.large-threshold=250", "discord.simulator.port=0")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void settersRejectWhatBindingWouldReject() {
		DiscordProperties properties = new DiscordProperties();
		assertThatExceptionOfType(InvalidDiscordPropertyException.class)
			.isThrownBy(() -> properties.getRest().setRequestTimeout(null))
			.withMessage("Invalid 'discord.rest.request-timeout' (not set): must be a positive duration, such as "
					+ "'10s' or '2m'");
		assertThatExceptionOfType(InvalidDiscordPropertyException.class)
			.isThrownBy(() -> properties.getGateway().setMaxFrameSize(DataSize.ofBytes(-1)))
			.satisfies((ex) -> assertThat(ex.property()).isEqualTo("discord.gateway.max-frame-size"));
		assertThatExceptionOfType(InvalidDiscordPropertyException.class)
			.isThrownBy(() -> properties.getPresence().setActivityType(null))
			.withMessageContaining("PLAYING, STREAMING, LISTENING, WATCHING, CUSTOM, COMPETING")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("UNKNOWN"));
		assertThatNoException().isThrownBy(() -> {
			properties.getStartup().setTimeout(Duration.ofSeconds(30));
			properties.getPresence().setActivityType(ActivityType.COMPETING);
		});
		assertThat(properties.getStartup().getTimeout()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void negativeShardIdsAreRejected() {
		DiscordProperties.Shards shards = new DiscordProperties.Shards();
		shards.setFrom(-1);
		shards.setTotal(4);
		assertThatExceptionOfType(InvalidDiscordPropertyException.class).isThrownBy(() -> ShardRange.of(shards))
			.withMessageContaining("'discord.shards.from' = '-1'")
			.withMessageContaining("shard ids start at 0");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DiscordProperties.class)
	static class PropertiesConfiguration {

	}

}
