package dev.serenity.boot.autoconfigure;

/**
 * {@link DiscordConnectionDetails} read from {@link DiscordProperties}.
 */
final class PropertiesDiscordConnectionDetails implements DiscordConnectionDetails {

	private final DiscordProperties properties;

	PropertiesDiscordConnectionDetails(DiscordProperties properties) {
		this.properties = properties;
	}

	@Override
	public String token() {
		String token = this.properties.getToken();
		if (token == null || token.isBlank()) {
			throw new MissingDiscordTokenException();
		}
		if (token.contains("${")) {
			// Spring leaves a placeholder it cannot resolve as text: never send it to Discord as a token.
			throw new MissingDiscordTokenException(token.trim());
		}
		return token;
	}

	@Override
	public String restUrl() {
		return this.properties.getRest().getBaseUrl();
	}

	@Override
	public String gatewayUrl() {
		return this.properties.getGateway().getUrl();
	}

	@Override
	public String toString() {
		return "PropertiesDiscordConnectionDetails[token=<redacted>, restUrl=" + restUrl() + "]";
	}

}
