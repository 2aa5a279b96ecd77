package dev.serenity.rest.api;

import java.util.List;
import java.util.Objects;

import dev.serenity.model.Application;
import dev.serenity.model.ApplicationRoleConnectionMetadata;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The current application's endpoints of Discord's REST API, typed: read and edit it. Built on a
 * {@link DiscordRest} (for a client: {@code new ApplicationApi(client.rest())}). No gateway event follows an edit.
 */
public final class ApplicationApi {

	/** Most role connection metadata records of an application. */
	public static final int MAX_ROLE_CONNECTION_METADATA = 5;

	private static final TypeReference<List<ApplicationRoleConnectionMetadata>> METADATA = new TypeReference<>() {
	};

	private static final String ME = "/applications/@me";

	private static final String METADATA_ROUTE = "/applications/{application.id}/role-connections/metadata";

	private final DiscordRest rest;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public ApplicationApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
	}

	/**
	 * Read the current application ({@code GET /applications/@me}).
	 * @return the application
	 */
	public Mono<Application> current() {
		return this.rest.exchange(RestRequest.of(Route.get(ME), Application.class));
	}

	/**
	 * Edit the current application ({@code PATCH /applications/@me}).
	 * @param edit the change
	 * @return the application as changed
	 */
	public Mono<Application> editCurrent(ApplicationEdit edit) {
		if (edit == null) {
			throw new IllegalArgumentException("'edit' must not be null");
		}
		return this.rest.exchange(RestRequest.of(Route.patch(ME), Application.class).withBody(edit.toJson()));
	}

	/**
	 * Read an application's role connection metadata
	 * ({@code GET /applications/{application.id}/role-connections/metadata}).
	 * @param applicationId the application
	 * @return the records
	 */
	public Mono<List<ApplicationRoleConnectionMetadata>> roleConnectionMetadata(Snowflake applicationId) {
		Route route = Route.get(METADATA_ROUTE, Checks.id("applicationId", applicationId).value());
		return this.rest.exchange(RestRequest.of(route, METADATA)).defaultIfEmpty(List.of());
	}

	/**
	 * Replace an application's role connection metadata
	 * ({@code PUT /applications/{application.id}/role-connections/metadata}).
	 * @param applicationId the application
	 * @param records at most {@value #MAX_ROLE_CONNECTION_METADATA} records
	 * @return the records as stored
	 * @throws IllegalArgumentException naming the field for too many records, a type outside 1-8, or a key, name
	 * or description of the wrong length or characters
	 */
	public Mono<List<ApplicationRoleConnectionMetadata>> updateRoleConnectionMetadata(Snowflake applicationId,
			List<ApplicationRoleConnectionMetadata> records) {
		Route route = Route.put(METADATA_ROUTE, Checks.id("applicationId", applicationId).value());
		List<ApplicationRoleConnectionMetadata> checked = Checks.list("records", records,
				MAX_ROLE_CONNECTION_METADATA);
		for (int i = 0; i < checked.size(); i++) {
			ApplicationRoleConnectionMetadata record = checked.get(i);
			String at = "records[" + i + "].";
			if (record.type() == null || record.type() < 1 || record.type() > 8) {
				throw new IllegalArgumentException("'" + at + "type' must be 1 to 8 but was " + record.type());
			}
			if (record.key() == null || !record.key().matches("[a-z0-9_]{1,50}")) {
				throw new IllegalArgumentException("'" + at + "key' must be 1 to 50 characters of a-z, 0-9 and _");
			}
			text(at + "name", record.name(), 100);
			text(at + "description", record.description(), 200);
		}
		return this.rest.exchange(RestRequest.of(route, METADATA).withBody(checked)).defaultIfEmpty(List.of());
	}

	private static void text(String field, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new IllegalArgumentException("'" + field + "' must have 1 to " + max + " characters");
		}
	}

	@Override
	public String toString() {
		return "ApplicationApi[" + this.rest + "]";
	}

}
