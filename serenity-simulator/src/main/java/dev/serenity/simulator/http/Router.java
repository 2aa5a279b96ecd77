package dev.serenity.simulator.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Matches a method and path against route templates such as {@code GET /channels/{channel_id}}. When several
 * templates match, the one with the most literal segments wins, so {@code /messages/pins} beats
 * {@code /messages/{message_id}}.
 */
public final class Router {

	private final List<Route> routes = new ArrayList<>();

	/**
	 * Add a route.
	 * @param method the HTTP method
	 * @param template the path template, with {@code {name}} segments
	 * @param handler the handler
	 * @return this router
	 */
	public Router route(String method, String template, Handler handler) {
		this.routes.add(new Route(method, template, template.split("/"), handler));
		return this;
	}

	/**
	 * Return every route as {@code "METHOD /template"}.
	 * @return the routes, in the order they were added
	 */
	public Set<String> routeNames() {
		Set<String> names = new LinkedHashSet<>();
		this.routes.forEach((route) -> names.add(route.name()));
		return names;
	}

	/**
	 * Find the handler for a request.
	 * @param method the HTTP method
	 * @param path the path, starting with {@code /}
	 * @param variables receives the path variables
	 * @return the handler
	 * @throws HttpError 404 when no template matches, 405 when one matches for another method
	 */
	public Handler find(String method, String path, Map<String, String> variables) {
		return match(method, path, variables).handler();
	}

	/**
	 * Find the route of a request.
	 * @param method the HTTP method
	 * @param path the path, starting with {@code /}
	 * @param variables receives the path variables
	 * @return the route
	 * @throws HttpError 404 when no template matches, 405 when one matches for another method
	 */
	public Match match(String method, String path, Map<String, String> variables) {
		String[] segments = path.split("/");
		boolean pathKnown = false;
		Route best = null;
		Map<String, String> bestVariables = null;
		for (Route route : this.routes) {
			Map<String, String> found = route.match(segments);
			if (found != null) {
				if (route.method().equals(method)) {
					if (best == null || route.literals() > best.literals()) {
						best = route;
						bestVariables = found;
					}
				}
				pathKnown = true;
			}
		}
		if (best == null) {
			throw pathKnown ? HttpError.methodNotAllowed() : HttpError.notFound();
		}
		variables.putAll(bestVariables);
		return new Match(best.name(), best.handler());
	}

	/**
	 * A matched route.
	 *
	 * @param name the route as {@code "METHOD /template"}
	 * @param handler its handler
	 */
	public record Match(String name, Handler handler) {
	}

	/**
	 * Handles one matched request.
	 */
	@FunctionalInterface
	public interface Handler {

		/**
		 * Handle the request.
		 * @param call the request
		 * @return the JSON body of a 200 answer, or {@code null} for 204
		 */
		JsonNode handle(HttpCall call);

	}

	private record Route(String method, String template, String[] segments, Handler handler) {

		String name() {
			return this.method + " " + this.template;
		}

		int literals() {
			int literals = 0;
			for (String segment : this.segments) {
				if (!segment.startsWith("{")) {
					literals++;
				}
			}
			return literals;
		}

		Map<String, String> match(String[] path) {
			if (path.length != this.segments.length) {
				return null;
			}
			Map<String, String> variables = new HashMap<>();
			for (int i = 0; i < path.length; i++) {
				String segment = this.segments[i];
				if (segment.startsWith("{") && segment.endsWith("}")) {
					variables.put(segment.substring(1, segment.length() - 1), path[i]);
				}
				else if (!segment.equals(path[i])) {
					return null;
				}
			}
			return variables;
		}

	}

}
