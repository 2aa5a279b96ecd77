package dev.serenity.boot.autoconfigure;

import java.time.Duration;

import dev.serenity.client.DiscordClient;
import dev.serenity.gateway.GatewayConfig;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.rest.RestConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link DiscordProperties} defaults match the library's, and {@link ShardRange} reads every shape of
 * {@code discord.shards}.
 */
class DiscordPropertiesTests {

	@Test
	void defaultsAreTheLibrarysDefaults() {
		DiscordProperties properties = new DiscordProperties();
		assertThat(properties.getIntents()).isEqualTo(GatewayIntent.nonPrivileged());
		assertThat(properties.getGateway().getCompression()).isEqualTo(GatewayConfig.DEFAULT_COMPRESSION);
		assertThat(properties.getGateway().getLargeThreshold()).isEqualTo(GatewayConfig.DEFAULT_LARGE_THRESHOLD);
		assertThat(properties.getGateway().getMaxFrameSize().toBytes()).isEqualTo(GatewayConfig.DEFAULT_MAX_FRAME_SIZE);
		assertThat(properties.getRest().getBaseUrl()).isEqualTo(DiscordClient.DEFAULT_REST_URL);
		assertThat(properties.getRest().getRequestTimeout()).isEqualTo(RestConfig.DEFAULT_REQUEST_TIMEOUT);
		assertThat(properties.getRest().getGlobalLimit()).isEqualTo(RestConfig.DEFAULT_GLOBAL_LIMIT);
		assertThat(properties.getRest().getMaxRetries()).isEqualTo(RestConfig.DEFAULT_MAX_RETRIES);
		assertThat(properties.getListener().getLanes()).isEqualTo(DiscordClient.DEFAULT_LISTENER_LANES);
		assertThat(properties.getListener().getLaneCapacity()).isEqualTo(DiscordClient.DEFAULT_LANE_CAPACITY);
		assertThat(properties.getListener().getTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.getStartup().getTimeout()).isEqualTo(DiscordClient.DEFAULT_STARTUP_TIMEOUT);
	}

	@Test
	void noShardPropertyMeansAutosharding() {
		assertThat(ShardRange.of(new DiscordProperties.Shards()).auto()).isTrue();
	}

	@Test
	void rangeFromToAndTotalAloneAreRead() {
		assertThat(ShardRange.of(shards("0..3", null, null, 8))).isEqualTo(new ShardRange(0, 3, 8));
		assertThat(ShardRange.of(shards(" 4 .. 7 ", null, null, 8))).isEqualTo(new ShardRange(4, 7, 8));
		assertThat(ShardRange.of(shards(null, 2, 5, 8))).isEqualTo(new ShardRange(2, 5, 8));
		assertThat(ShardRange.of(shards(null, 6, null, 8))).isEqualTo(new ShardRange(6, 7, 8));
		assertThat(ShardRange.of(shards(null, null, null, 4))).isEqualTo(new ShardRange(0, 3, 4));
	}

	@Test
	void badShardSettingsNameThePropertyAndTheAllowedValues() {
		assertThatExceptionOfType(InvalidDiscordPropertyException.class)
			.isThrownBy(() -> ShardRange.of(shards("0-3", null, null, 8)))
			.withMessageContaining("'discord.shards.range' = '0-3'")
			.withMessageContaining("'FROM..TO'");
		assertThatExceptionOfType(InvalidDiscordPropertyException.class)
			.isThrownBy(() -> ShardRange.of(shards("0..3", null, null, null)))
			.withMessageContaining("'discord.shards.total' (not set)");
		assertThatExceptionOfType(InvalidDiscordPropertyException.class)
			.isThrownBy(() -> ShardRange.of(shards("3..1", null, null, 8)))
			.withMessageContaining("must not be greater");
		assertThatExceptionOfType(InvalidDiscordPropertyException.class)
			.isThrownBy(() -> ShardRange.of(shards(null, null, null, 0)))
			.withMessageContaining("'discord.shards.total' = '0'");
		assertThatExceptionOfType(InvalidDiscordPropertyException.class)
			.isThrownBy(() -> ShardRange.of(shards(null, null, 5, 2)))
			.withMessageContaining("'discord.shards.to' = '5'");
		assertThatExceptionOfType(InvalidDiscordPropertyException.class)
			.isThrownBy(() -> ShardRange.of(shards("0..1", 0, null, 2)))
			.withMessageContaining("not both");
	}

	private static DiscordProperties.Shards shards(String range, Integer from, Integer to, Integer total) {
		DiscordProperties.Shards shards = new DiscordProperties.Shards();
		shards.setRange(range);
		shards.setFrom(from);
		shards.setTo(to);
		shards.setTotal(total);
		return shards;
	}

}
