package dev.serenity.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fast path for Discord's timestamp form gives what {@link OffsetDateTime#parse} gives, and leaves everything
 * else to it.
 */
class TimestampJsonTests {

	@ParameterizedTest
	@ValueSource(strings = { "2017-07-11T17:27:07.299000+00:00", "2017-07-11T17:27:07+00:00", "2017-07-11T17:27:07Z",
			"2024-02-29T23:59:59.999999999+00:00", "1970-01-01T00:00:00.1-05:30", "2000-12-31T00:00:00.123+14:00",
			"2025-01-02T03:04:05.678000-00:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59.5+17:59" })
	void discordFormMatchesTheJdk(String text) {
		Instant expected = OffsetDateTime.parse(text).toInstant();
		assertThat(TimestampJson.parseDiscordForm(text)).isEqualTo(expected);
		assertThat(TimestampJson.parse(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2017-07-11T17:27+00:00", "2017-07-11T17:27:07.+00:00", "2017-07-11T17:27:07.1234567890Z",
			"2017-07-11T17:27:07+00:00:00", "2017-07-11T17:27:07+18:00", "+12017-07-11T17:27:07Z",
			"2017-07-11T17:27:07.299000", "2017-02-29T00:00:00Z", "2017-13-01T00:00:00Z", "2017-07-11T24:00:00Z",
			"2017-07-11T17:27:60Z", "2017-07-11t17:27:07Z", "2017-07-11T17:27:07z", "2017-07-11T17:27:07 +00:00" })
	void otherFormsAreLeftToTheJdk(String text) {
		assertThat(TimestampJson.parseDiscordForm(text)).isNull();
		Instant expected = jdk(text);
		if (expected != null) {
			assertThat(TimestampJson.parse(text)).isEqualTo(expected);
		}
		else {
			assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> TimestampJson.parse(text));
		}
	}

	@Test
	void randomInstantsRoundTrip() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-60_000_000_000L, 250_000_000_000L),
					random.nextInt(1_000_000_000));
			int offset = random.nextInt(-17 * 3600, 17 * 3600) / 60 * 60;
			String text = instant.atOffset(ZoneOffset.ofTotalSeconds(offset)).toString();
			assertThat(TimestampJson.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
		}
	}

	private static Instant jdk(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

}
