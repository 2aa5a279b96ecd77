package dev.serenity.model;

import java.util.EnumSet;

import dev.serenity.json.DiscordJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PermissionsTests {

	@Test
	void flagsHaveDiscordsBitPositions() {
		assertThat(Permission.CREATE_INSTANT_INVITE.bit()).isZero();
		assertThat(Permission.ADMINISTRATOR.mask()).isEqualTo(0x8L);
		assertThat(Permission.VIEW_CHANNEL.mask()).isEqualTo(0x400L);
		assertThat(Permission.USE_APPLICATION_COMMANDS.mask()).isEqualTo(1L << 31);
		assertThat(Permission.SEND_VOICE_MESSAGES.bit()).isEqualTo(46);
		assertThat(Permission.SET_VOICE_CHANNEL_STATUS.bit()).isEqualTo(48);
		assertThat(Permission.BYPASS_SLOWMODE.bit()).isEqualTo(52);
	}

	@Test
	void bitPositionsAreUnique() {
		assertThat(EnumSet.allOf(Permission.class).stream().map(Permission::bit).distinct())
			.hasSize(Permission.values().length);
	}

	@Test
	void containsWithAndWithout() {
		Permissions permissions = Permissions.of(Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES);
		assertThat(permissions.contains(Permission.VIEW_CHANNEL)).isTrue();
		assertThat(permissions.contains(Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES)).isTrue();
		assertThat(permissions.contains(Permission.ADMINISTRATOR)).isFalse();
		Permissions more = permissions.with(Permission.ADMINISTRATOR);
		assertThat(more.contains(Permission.ADMINISTRATOR)).isTrue();
		assertThat(permissions.contains(Permission.ADMINISTRATOR)).as("unchanged").isFalse();
		assertThat(more.without(Permission.VIEW_CHANNEL).toSet())
			.containsExactlyInAnyOrder(Permission.SEND_MESSAGES, Permission.ADMINISTRATOR);
		assertThat(more.containsAll(permissions)).isTrue();
		assertThat(permissions.containsAll(more)).isFalse();
		assertThat(more.without(permissions)).isEqualTo(Permissions.of(Permission.ADMINISTRATOR));
		assertThat(Permissions.NONE.with(permissions)).isEqualTo(permissions);
	}

	@Test
	void parseReadsDiscordsStrings() {
		assertThat(Permissions.parse("2147483647").value()).isEqualTo(2147483647L);
		assertThat(Permissions.parse("1071631556161").contains(Permission.VIEW_CHANNEL)).isTrue();
		assertThat(Permissions.parse("18446744073709551615").value()).isEqualTo(-1L);
	}

	@Test
	void parseRejectsMalformedStrings() {
		assertThatIllegalArgumentException().isThrownBy(() -> Permissions.parse("18446744073709551616"))
			.withMessageContaining("64 bits");
		assertThatIllegalArgumentException().isThrownBy(() -> Permissions.parse("-8"))
			.withMessageContaining("digits");
		assertThatIllegalArgumentException().isThrownBy(() -> Permissions.parse(""));
	}

	@Test
	void unknownBitsAreKept() {
		Permissions future = Permissions.of((1L << 60) | Permission.SPEAK.mask());
		assertThat(future.toSet()).containsExactly(Permission.SPEAK);
		assertThat(future.with(Permission.CONNECT).value() & (1L << 60)).isNotZero();
		assertThat(future.toString()).isEqualTo(Long.toUnsignedString(future.value()));
	}

	@Test
	void allHoldsEveryKnownFlag() {
		assertThat(Permissions.ALL.toSet()).containsExactlyInAnyOrder(Permission.values());
	}

	@Test
	void jsonReadsV10StringsAndV6Integers() {
		Role v10 = DiscordJson.mapper().readValue("{\"permissions\":\"104324673\"}", Role.class);
		Role v6 = DiscordJson.mapper().readValue("{\"permissions\":104324673}", Role.class);
		assertThat(v10.permissions()).isEqualTo(v6.permissions()).isEqualTo(Permissions.of(104324673L));
		assertThat(DiscordJson.mapper().writeValueAsString(v6)).contains("\"permissions\":\"104324673\"");
	}

}
