package dev.serenity.rest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import dev.serenity.rest.DiscordRestException.FieldError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error answers become {@link DiscordRestException}s: Discord's JSON (every shared {@code ERROR_*.json} payload) and
 * bodies that are not.
 */
class DiscordErrorsTests {

	private static final Route ROUTE = Route.post("/channels/{channel.id}/messages", 123456789012345678L);

	@Test
	void everySharedErrorPayloadParses() {
		List<Path> files = SharedPayloads.jsonFiles("rest")
			.stream()
			.filter((file) -> file.getFileName().toString().startsWith("ERROR_"))
			.toList();
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			byte[] body = SharedPayloads.read(file);
			JsonNode json = DiscordJson.mapper().readTree(body);
			int status = status(file.getFileName().toString());
			DiscordRestException ex = parse(status, body);
			String name = file.getFileName().toString();
			assertThat(ex.jsonBody()).as(name).isTrue();
			assertThat(ex.status()).as(name).isEqualTo(status);
			assertThat(ex.code()).as(name).isEqualTo(json.path("code").asInt(0));
			assertThat(ex.discordMessage()).as(name).isEqualTo(json.get("message").asString());
			assertThat(ex.getMessage()).as(name).contains(json.get("message").asString())
				.contains("POST /channels/{channel.id}/messages answered " + status)
				.doesNotContain("123456789012345678");
			assertThat(ex.route()).isEqualTo("/channels/{channel.id}/messages");
			assertThat(ex.method()).isEqualTo("POST");
			if (json.has("errors")) {
				assertThat(ex.fieldErrors()).as(name).isNotEmpty();
				assertThat(ex.is(JsonErrorCode.INVALID_FORM_BODY)).isTrue();
			}
		}
	}

	@Test
	void nestedFieldErrorsAreFlattenedToPaths() {
		DiscordRestException ex = parse(400, sharedOrInline("ERROR_400_invalid_form_body-01.json"));
		assertThat(ex.fieldErrors()).containsOnlyKeys("activities.0.platform", "activities.0.type");
		assertThat(ex.fieldErrors().get("activities.0.platform")).containsExactly(
				new FieldError("BASE_TYPE_CHOICES", "Value must be one of ('desktop', 'android', 'ios')."));
		assertThat(ex.errorCode()).contains(JsonErrorCode.INVALID_FORM_BODY);
		assertThat(ex.getMessage()).contains("activities.0.type: [BASE_TYPE_CHOICES] Value must be one of");
	}

	@Test
	void errorsAboutTheWholeBodyHaveAnEmptyPath() {
		DiscordRestException ex = parse(400, ("{\"code\":50035,\"message\":\"Invalid Form Body\",\"errors\":"
				+ "{\"_errors\":[{\"code\":\"APPLICATION_COMMAND_TOO_LARGE\",\"message\":\"Command exceeds maximum "
				+ "size (8000)\"}]}}").getBytes(StandardCharsets.UTF_8));
		assertThat(ex.fieldErrors()).containsOnlyKeys("");
		assertThat(ex.getMessage()).contains("(body): [APPLICATION_COMMAND_TOO_LARGE]");
	}

	@Test
	void embedFieldErrorsKeepEveryLevel() {
		DiscordRestException ex = parse(400, ("{\"code\":50035,\"message\":\"Invalid Form Body\",\"errors\":"
				+ "{\"embeds\":{\"0\":{\"title\":{\"_errors\":[{\"code\":\"BASE_TYPE_MAX_LENGTH\",\"message\":"
				+ "\"Must be 256 or fewer in length.\"}]},\"fields\":{\"2\":{\"value\":{\"_errors\":[{\"code\":"
				+ "\"BASE_TYPE_REQUIRED\",\"message\":\"This field is required\"}]}}}}}}}")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(ex.fieldErrors()).containsExactly(
				Map.entry("embeds.0.title", List.of(new FieldError("BASE_TYPE_MAX_LENGTH",
						"Must be 256 or fewer in length."))),
				Map.entry("embeds.0.fields.2.value", List.of(new FieldError("BASE_TYPE_REQUIRED",
						"This field is required"))));
	}

	@Test
	void codesMapToConstants() {
		DiscordRestException ex = parse(403, "{\"message\":\"Missing Permissions\",\"code\":50013}"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(ex.is(JsonErrorCode.MISSING_PERMISSIONS)).isTrue();
		assertThat(ex.is(JsonErrorCode.MISSING_ACCESS)).isFalse();
		assertThat(ex.fieldErrors()).isEmpty();
		assertThat(JsonErrorCode.of(10062)).contains(JsonErrorCode.UNKNOWN_INTERACTION);
		assertThat(JsonErrorCode.of(40060)).contains(JsonErrorCode.INTERACTION_ALREADY_ACKNOWLEDGED);
		assertThat(JsonErrorCode.of(123)).isEmpty();
		assertThat(parse(418, "{\"message\":\"odd\",\"code\":77777}".getBytes(StandardCharsets.UTF_8)).errorCode())
			.isEmpty();
	}

	@Test
	void cloudflareBanPageBecomesAClearException() {
		byte[] page = ("<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict "
				+ "access</title></head><body><h1>Error 1015</h1><p>You are being rate limited</p></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		DiscordRestException ex = DiscordErrors.parse(ROUTE, 429, "text/html; charset=UTF-8", page,
				Duration.ofSeconds(30), DiscordJson.mapper());
		assertThat(ex.jsonBody()).isFalse();
		assertThat(ex.code()).isZero();
		assertThat(ex.status()).isEqualTo(429);
		assertThat(ex.retryAfter()).contains(Duration.ofSeconds(30));
		assertThat(ex.getMessage()).contains("not Discord's JSON (text/html; charset=UTF-8")
			.contains("Cloudflare")
			.contains("stop sending for a while")
			.contains("Access denied | discord.com used Cloudflare")
			.doesNotContain("<html>");
	}

	@Test
	void emptyAndTextBodiesOfServerErrorsBecomeExceptions() {
		DiscordRestException empty = DiscordErrors.parse(ROUTE, 502, null, new byte[0], null, DiscordJson.mapper());
		assertThat(empty.getMessage()).contains("answered 502: an empty body").contains("back off");
		DiscordRestException text = DiscordErrors.parse(ROUTE, 500, "text/plain", "upstream failed"
			.getBytes(StandardCharsets.UTF_8), null, DiscordJson.mapper());
		assertThat(text.getMessage()).contains("upstream failed");
		assertThat(DiscordErrors.parse(ROUTE, 500, "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8), null,
				DiscordJson.mapper()).jsonBody()).as("JSON, but not Discord's error object").isFalse();
	}

	@Test
	void longFieldListsAreCutInTheMessageButKeptInTheMap() {
		StringBuilder errors = new StringBuilder();
		for (int i = 0; i < 15; i++) {
			errors.append((i > 0) ? "," : "").append("\"f").append(i)
				.append("\":{\"_errors\":[{\"code\":\"C\",\"message\":\"m\"}]}");
		}
		DiscordRestException ex = parse(400, ("{\"code\":50035,\"message\":\"Invalid Form Body\",\"errors\":{"
				+ errors + "}}").getBytes(StandardCharsets.UTF_8));
		assertThat(ex.fieldErrors()).hasSize(15);
		assertThat(ex.getMessage()).contains("and 5 more fields").doesNotContain("f12");
	}

	private static DiscordRestException parse(int status, byte[] body) {
		return DiscordErrors.parse(ROUTE, status, "application/json", body, null, DiscordJson.mapper());
	}

	private static byte[] sharedOrInline(String name) {
		return SharedPayloads.read(SharedPayloads.jsonFiles("rest")
			.stream()
			.filter((file) -> file.getFileName().toString().equals(name))
			.findFirst()
			.orElseThrow());
	}

	/** The status a file's name gives, e.g. {@code ERROR_400_...}; 401 for the token error of the docs. */
	private static int status(String name) {
		String[] parts = name.split("_");
		return parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : 401;
	}

}
