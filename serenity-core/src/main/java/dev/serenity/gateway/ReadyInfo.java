package dev.serenity.gateway;

import dev.serenity.model.Snowflake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * What a shard keeps from READY: the session, where to resume it, and who the bot is.
 *
 * @param sessionId the session id
 * @param resumeGatewayUrl the URL to resume at
 * @param userId the bot's user id, or {@code null} if READY lacks it
 * @param applicationId the application id, or {@code null} if READY lacks it
 */
record ReadyInfo(String sessionId, String resumeGatewayUrl, Snowflake userId, Snowflake applicationId) {

	private static final Logger logger = LoggerFactory.getLogger(ReadyInfo.class);

	static ReadyInfo from(GatewayFrame ready) {
		JsonNode data = ready.data();
		return new ReadyInfo(data.path("session_id").asString(null), data.path("resume_gateway_url").asString(null),
				snowflake(data.path("user").path("id")), snowflake(data.path("application").path("id")));
	}

	private static Snowflake snowflake(JsonNode node) {
		try {
			return node.isString() ? Snowflake.parse(node.stringValue()) : null;
		}
		catch (IllegalArgumentException ex) {
			logger.warn("READY carries an invalid id: {}", ex.getMessage());
			return null;
		}
	}

}
