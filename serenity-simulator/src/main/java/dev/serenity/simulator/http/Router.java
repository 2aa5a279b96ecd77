package dev.serenity.simulator.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Matches a method and path against route templates such as {@code GET /channels/{channel_id}}.
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
		this.routes.add(new Route(method, template.split("/"), handler));
		return this;
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
		String[] segments = path.split("/");
		boolean pathKnown = false;
		for (Route route : this.routes) {
			Map<String, String> found = route.match(segments);
			if (found != null) {
				if (route.method().equals(method)) {
					variables.putAll(found);
					return route.handler();
				}
				pathKnown = true;
			}
		}
		throw pathKnown ? HttpError.methodNotAllowed() : HttpError.notFound();
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

	private record Route(String method, String[] segments, Handler handler) {

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
