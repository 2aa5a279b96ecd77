package dev.serenity.rest.api;

import java.util.Objects;

import dev.serenity.model.Application;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;

/**
 * The current application's endpoints of Discord's REST API, typed: read and edit it. Built on a
 * {@link DiscordRest} (for a client: {@code new ApplicationApi(client.rest())}). No gateway event follows an edit.
 */
public final class ApplicationApi {

	private static final String ME = "/applications/@me";

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

	@Override
	public String toString() {
		return "ApplicationApi[" + this.rest + "]";
	}

}
