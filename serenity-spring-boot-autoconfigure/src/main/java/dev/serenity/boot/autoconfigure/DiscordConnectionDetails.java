package dev.serenity.boot.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the bot connects and with which token. The default reads {@code discord.*}; the embedded simulator and the
 * test kit provide their own bean to redirect the client.
 */
public interface DiscordConnectionDetails extends ConnectionDetails {

	/**
	 * Return the bot token.
	 * @return the token, with or without {@code Bot }
	 */
	String token();

	/**
	 * Return the REST API's base URL.
	 * @return e.g. {@code https://discord.com/api/v10}
	 */
	String restUrl();

	/**
	 * Return the gateway URL to use instead of the one Discord names.
	 * @return the URL, or {@code null} to ask Discord
	 */
	String gatewayUrl();

}
