package dev.serenity.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The REST rate limits a {@link DiscordSimulator} enforces, part of {@link SimulatorConfig}: the limit of every
 * per-route bucket, overrides for single routes, routes that share one bucket, the global limit and the invalid
 * request limit. Routes are named as {@code "METHOD /template"}, e.g.
 * {@code "POST /channels/{channel_id}/messages"}.
 */
public final class RateLimitSettings {

	private static final Pattern ROUTE = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) /\\S*");

	private final Limit defaultRouteLimit;

	private final Map<String, Limit> routeLimits;

	private final Map<String, List<String>> sharedBuckets;

	private final Map<String, String> bucketOfRoute;

	private final Limit globalLimit;

	private final Limit invalidRequestLimit;

	private RateLimitSettings(Builder builder) {
		this.defaultRouteLimit = builder.defaultRouteLimit;
		this.routeLimits = Map.copyOf(builder.routeLimits);
		Map<String, List<String>> shared = new LinkedHashMap<>();
		builder.sharedBuckets.forEach((id, routes) -> shared.put(id, List.copyOf(routes)));
		this.sharedBuckets = Map.copyOf(shared);
		Map<String, String> bucketOf = new LinkedHashMap<>();
		shared.forEach((id, routes) -> routes.forEach((route) -> bucketOf.put(route, id)));
		this.bucketOfRoute = Map.copyOf(bucketOf);
		this.globalLimit = builder.globalLimit;
		this.invalidRequestLimit = builder.invalidRequestLimit;
	}

	/**
	 * Return the limit of every bucket without an override.
	 * @return the default limit
	 */
	public Limit defaultRouteLimit() {
		return this.defaultRouteLimit;
	}

	/**
	 * Return the per-route overrides.
	 * @return limits by {@code "METHOD /template"}
	 */
	public Map<String, Limit> routeLimits() {
		return this.routeLimits;
	}

	/**
	 * Return the shared buckets.
	 * @return the routes of each shared bucket, by bucket id
	 */
	public Map<String, List<String>> sharedBuckets() {
		return this.sharedBuckets;
	}

	/**
	 * Return the limit a bot token has across all routes.
	 * @return the global limit
	 */
	public Limit globalLimit() {
		return this.globalLimit;
	}

	/**
	 * Return how many 401, 403 and 429 answers one address may collect before it is banned.
	 * @return the invalid request limit
	 */
	public Limit invalidRequestLimit() {
		return this.invalidRequestLimit;
	}

	/**
	 * Return the id of the shared bucket a route belongs to.
	 * @param route the route, {@code "METHOD /template"}
	 * @return the shared bucket's id, or {@code null} when the route has a bucket of its own
	 */
	public String sharedBucketOf(String route) {
		return this.bucketOfRoute.get(route);
	}

	/**
	 * Return the limit of a route's bucket: its override, the override of any route sharing its bucket, or the
	 * default.
	 * @param route the route, {@code "METHOD /template"}
	 * @return the limit
	 */
	public Limit limitOf(String route) {
		Limit own = this.routeLimits.get(route);
		if (own != null) {
			return own;
		}
		String shared = this.bucketOfRoute.get(route);
		if (shared != null) {
			for (String member : this.sharedBuckets.get(shared)) {
				Limit limit = this.routeLimits.get(member);
				if (limit != null) {
					return limit;
				}
			}
		}
		return this.defaultRouteLimit;
	}

	/**
	 * Return every route the settings name, to check them against the routes the simulator serves.
	 * @return route overrides and members of shared buckets
	 */
	public List<String> namedRoutes() {
		List<String> routes = new ArrayList<>(this.routeLimits.keySet());
		this.bucketOfRoute.keySet().stream().filter((route) -> !routes.contains(route)).forEach(routes::add);
		return routes;
	}

	/**
	 * A number of requests per window.
	 *
	 * @param limit requests allowed per window
	 * @param window the window, which starts with its first request
	 */
	public record Limit(int limit, Duration window) {

		@Override
		public String toString() {
			return this.limit + " per " + this.window;
		}

	}

	/**
	 * Collects the rate limit settings of a {@link SimulatorConfig.Builder}.
	 */
	static final class Builder {

		private Limit defaultRouteLimit = new Limit(SimulatorConfig.DEFAULT_ROUTE_LIMIT,
				SimulatorConfig.DEFAULT_ROUTE_WINDOW);

		private final Map<String, Limit> routeLimits = new LinkedHashMap<>();

		private final Map<String, List<String>> sharedBuckets = new LinkedHashMap<>();

		private Limit globalLimit = new Limit(SimulatorConfig.DEFAULT_GLOBAL_LIMIT,
				SimulatorConfig.DEFAULT_GLOBAL_WINDOW);

		private Limit invalidRequestLimit = new Limit(SimulatorConfig.DEFAULT_INVALID_REQUEST_LIMIT,
				SimulatorConfig.DEFAULT_INVALID_REQUEST_WINDOW);

		void defaultRouteLimit(int limit, Duration window) {
			this.defaultRouteLimit = checked("defaultRouteLimit", limit, window);
		}

		void routeLimit(String route, int limit, Duration window) {
			this.routeLimits.put(checkedRoute("routeLimit", route), checked("routeLimit", limit, window));
		}

		void sharedBucket(String bucketId, String... routes) {
			if (bucketId == null || bucketId.isBlank() || !bucketId.matches("[A-Za-z0-9._:-]+")) {
				throw invalid("sharedBucket", "needs an id of letters, digits and ._:-", bucketId);
			}
			if (routes == null || routes.length == 0) {
				throw invalid("sharedBucket", "needs at least one route", bucketId);
			}
			List<String> list = new ArrayList<>();
			for (String route : routes) {
				String checked = checkedRoute("sharedBucket", route);
				this.sharedBuckets.forEach((id, members) -> {
					if (!id.equals(bucketId) && members.contains(checked)) {
						throw invalid("sharedBucket", "may not put a route in two buckets ('" + id + "' and '"
								+ bucketId + "')", checked);
					}
				});
				list.add(checked);
			}
			this.sharedBuckets.put(bucketId, list);
		}

		void globalLimit(int limit, Duration window) {
			this.globalLimit = checked("globalLimit", limit, window);
		}

		void invalidRequestLimit(int limit, Duration window) {
			this.invalidRequestLimit = checked("invalidRequestLimit", limit, window);
		}

		RateLimitSettings build() {
			this.sharedBuckets.forEach((id, routes) -> {
				List<Limit> limits = routes.stream().map(this.routeLimits::get).filter((l) -> l != null).distinct()
					.toList();
				if (limits.size() > 1) {
					throw invalid("sharedBucket", "has routes with different routeLimits " + limits
							+ "; give the shared bucket one limit", id);
				}
			});
			return new RateLimitSettings(this);
		}

		private static Limit checked(String name, int limit, Duration window) {
			if (limit < 1) {
				throw invalid(name, "needs a limit of at least 1", limit);
			}
			if (window == null || window.isNegative() || window.isZero()) {
				throw invalid(name, "needs a positive window", window);
			}
			return new Limit(limit, window);
		}

		private static String checkedRoute(String name, String route) {
			if (route == null || !ROUTE.matcher(route).matches()) {
				throw invalid(name, "needs a route as \"METHOD /template\", e.g. "
						+ "\"POST /channels/{channel_id}/messages\"", route);
			}
			return route;
		}

		private static IllegalArgumentException invalid(String name, String rule, Object value) {
			return new IllegalArgumentException(
					"Invalid simulator setting '" + name + "': " + rule + ", but was " + value);
		}

	}

}
