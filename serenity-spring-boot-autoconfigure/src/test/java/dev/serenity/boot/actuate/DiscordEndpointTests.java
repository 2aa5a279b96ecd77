package dev.serenity.boot.actuate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DiscordEndpoint}'s gateway URL never carries a credential.
 */
class DiscordEndpointTests {

	@Test
	void gatewayUrlLosesUserInfoQueryAndFragment() {
		assertThat(DiscordEndpoint.withoutCredentials("wss://user:secret@proxy.example:8443/gateway?token=abc#x"))
			.isEqualTo("wss://proxy.example:8443/gateway");
		assertThat(DiscordEndpoint.withoutCredentials("wss://gateway.discord.gg")).isEqualTo("wss://gateway.discord.gg");
	}

	@Test
	void unparseableGatewayUrlIsNotShown() {
		assertThat(DiscordEndpoint.withoutCredentials("ws://bad url/?token=abc")).isEqualTo("<unparseable>");
	}

}
