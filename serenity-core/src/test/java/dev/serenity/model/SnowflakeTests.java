package dev.serenity.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SnowflakeTests {

	@Test
	void parseReadsUnsignedDecimal() {
		assertThat(Snowflake.parse("175928847299117063").value()).isEqualTo(175928847299117063L);
		assertThat(Snowflake.parse("0").value()).isZero();
		assertThat(Snowflake.parse("9223372036854775807").value()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void parseRejects2To63AndAbove() {
		assertThatIllegalArgumentException().isThrownBy(() -> Snowflake.parse("9223372036854775808"))
			.withMessageContaining("2^63");
		assertThatIllegalArgumentException().isThrownBy(() -> Snowflake.parse("18446744073709551616"))
			.withMessageContaining("2^63");
		assertThatIllegalArgumentException().isThrownBy(() -> Snowflake.parse("9".repeat(100)))
			.withMessageContaining("(100 characters)");
	}

	@Test
	void parseRejectsAnythingButDigits() {
		for (String text : new String[] { "", "-1", "+1", " 1", "1 ", "1.0", "0x1F", "１２" }) {
			assertThatIllegalArgumentException().as("'%s'", text).isThrownBy(() -> Snowflake.parse(text));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Snowflake.parse(null));
	}

	@Test
	void negativeValuesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Snowflake.of(-1)).withMessageContaining("negative");
	}

	@Test
	void toStringIsTheDecimalValue() {
		assertThat(Snowflake.of(175928847299117063L)).hasToString("175928847299117063");
	}

	@Test
	void timestampCountsFromTheDiscordEpoch() {
		assertThat(Snowflake.of(175928847299117063L).timestamp()).isEqualTo(Instant.parse("2016-04-30T11:18:25.796Z"));
		assertThat(Snowflake.of(0).timestamp()).isEqualTo(Instant.parse("2015-01-01T00:00:00Z"));
	}

	@Test
	void ofTimestampIsTheSmallestIdOfThatMillisecond() {
		Instant instant = Instant.parse("2016-04-30T11:18:25.796Z");
		Snowflake lowest = Snowflake.ofTimestamp(instant);
		assertThat(lowest.timestamp()).isEqualTo(instant);
		assertThat(lowest.value() & 0x3FFFFF).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> Snowflake.ofTimestamp(Instant.EPOCH));
	}

	@Test
	void shardIdFollowsDiscordsFormula() {
		Snowflake guild = Snowflake.of(81384788765712384L);
		for (int shards = 1; shards <= 20; shards++) {
			assertThat(guild.shardId(shards)).isEqualTo((int) ((81384788765712384L >> 22) % shards));
		}
		assertThat(Snowflake.of(41771983423143937L).shardId(1)).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> guild.shardId(0));
	}

	@Test
	void snowflakesSortNumerically() {
		List<Snowflake> ids = new ArrayList<>(List.of(Snowflake.of(10), Snowflake.of(9), Snowflake.of(100)));
		Collections.sort(ids);
		assertThat(ids).containsExactly(Snowflake.of(9), Snowflake.of(10), Snowflake.of(100));
	}

	@Test
	void equalIdsAreEqual() {
		assertThat(Snowflake.parse("42")).isEqualTo(Snowflake.of(42)).hasSameHashCodeAs(Snowflake.of(42));
	}

}
