package dev.serenity.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.serenity.simulator.RateLimitSettings;
import dev.serenity.simulator.RateLimitSettings.Limit;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's REST rate limits on the simulator's clock: per-route buckets keyed by bucket and major parameter
 * ({@code channel_id}, {@code guild_id}, {@code webhook_id} with its token), the global limit per bot token, the
 * invalid request limit per address with its Cloudflare ban, and 429s forced through the control API. Every window
 * is fixed and starts with its first request.
 */
public final class RateLimits {

	/** Body of the Cloudflare ban. */
	public static final String BAN_BODY = "error code: 1015";

	private static final int PURGE_ABOVE = 10_000;

	private final RateLimitSettings settings;

	private final InstantSource clock;

	private final Map<String, Window> buckets = new HashMap<>();

	private final Map<String, Window> global = new HashMap<>();

	private final Map<String, Window> invalid = new HashMap<>();

	private final List<Forced> forced = new ArrayList<>();

	private volatile Set<String> routes = Set.of();

	/**
	 * Create the rate limits.
	 * @param settings the limits
	 * @param clock the simulator's clock
	 */
	public RateLimits(RateLimitSettings settings, InstantSource clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Tell the rate limits which routes exist, and check that the settings name only those.
	 * @param served every route, as {@code "METHOD /template"}
	 * @throws IllegalArgumentException naming a configured route the simulator does not serve
	 */
	public void routes(Set<String> served) {
		for (String route : this.settings.namedRoutes()) {
			if (!served.contains(route)) {
				throw new IllegalArgumentException("Invalid simulator setting 'routeLimit'/'sharedBucket': the "
						+ "simulator serves no route '" + route + "'; it serves " + served);
			}
		}
		this.routes = Set.copyOf(served);
	}

	/**
	 * Return the Cloudflare ban answer when an address collected too many invalid requests in the window.
	 * @param address the client's address
	 * @return the ban (429, {@code text/html}, no rate limit headers), or {@code null}
	 */
	public synchronized HttpAnswer ban(String address) {
		Instant now = this.clock.instant();
		Window window = this.invalid.get(address);
		if (window != null && window.expired(now)) {
			this.invalid.remove(address);
			return null;
		}
		return (window != null && window.used >= window.limit) ? HttpAnswer.text(429, "text/html", BAN_BODY) : null;
	}

	/**
	 * Count an answer against the invalid request limit if it is a 401, 403 or 429 (but not a {@code shared} one).
	 * @param address the client's address
	 * @param status the answer's status
	 * @param scope the 429's scope, or {@code null}
	 */
	public synchronized void answered(String address, int status, RateLimitScope scope) {
		if ((status == 401 || status == 403 || status == 429) && scope != RateLimitScope.SHARED) {
			window(this.invalid, address, this.settings.invalidRequestLimit(), this.clock.instant()).used++;
		}
	}

	/**
	 * Admit a request of a route or answer it with a 429.
	 * @param route the route, {@code "METHOD /template"}
	 * @param variables the path variables, for the major parameter
	 * @param client who is limited: the bot token, or the address without one
	 * @return the admission: the 429 to answer, or the headers to add to the route's answer
	 */
	public Admission admit(String route, Map<String, String> variables, String client) {
		return admit(route, variables, client, false);
	}

	/**
	 * Admit a request of a route or answer it with a 429.
	 * @param route the route, {@code "METHOD /template"}
	 * @param variables the path variables, for the major parameter
	 * @param client who is limited: the bot token, or the address without one
	 * @param interaction whether the request answers an interaction: Discord exempts those from the global limit
	 * and buckets them per interaction token
	 * @return the admission: the 429 to answer, or the headers to add to the route's answer
	 */
	public synchronized Admission admit(String route, Map<String, String> variables, String client,
			boolean interaction) {
		Instant now = this.clock.instant();
		String shared = this.settings.sharedBucketOf(route);
		String bucketId = (shared != null) ? shared : bucketHash(route);
		Limit limit = this.settings.limitOf(route);
		String key = client + '\n' + ((shared != null) ? shared : route) + '\n' + major(variables);
		Forced force = takeForced(route);
		if (force != null && force.scope == RateLimitScope.GLOBAL) {
			return reject(RateLimitScope.GLOBAL, force.retryAfter, Map.of());
		}
		if (force != null && force.scope == RateLimitScope.SHARED) {
			Window current = this.buckets.get(key);
			if (current == null || current.expired(now)) {
				current = new Window(limit.limit(), now.plus(limit.window()));
			}
			return reject(RateLimitScope.SHARED, force.retryAfter, headers(current, bucketId, now));
		}
		if (force != null) {
			Window exhausted = window(this.buckets, key, limit, now);
			exhausted.used = exhausted.limit;
			exhausted.resetAt = now.plus(force.retryAfter);
			return reject(RateLimitScope.USER, force.retryAfter, headers(exhausted, bucketId, now));
		}
		if (!interaction) {
			Window globalWindow = window(this.global, client, this.settings.globalLimit(), now);
			if (globalWindow.used >= globalWindow.limit) {
				return reject(RateLimitScope.GLOBAL, Duration.between(now, globalWindow.resetAt), Map.of());
			}
			globalWindow.used++;
		}
		Window bucket = window(this.buckets, key, limit, now);
		if (bucket.used >= bucket.limit) {
			return reject(RateLimitScope.USER, Duration.between(now, bucket.resetAt), headers(bucket, bucketId, now));
		}
		bucket.used++;
		return new Admission(null, null, headers(bucket, bucketId, now));
	}

	/**
	 * Make the next matching requests get a 429.
	 * @param scope {@code GLOBAL}: a global 429; {@code SHARED}: a {@code shared} 429 with the bucket's headers;
	 * {@code USER}: the route's bucket is exhausted until {@code retryAfter} passes
	 * @param route the route, {@code "METHOD /template"}, or {@code null} for any route
	 * @param retryAfter the {@code retry_after} to announce
	 * @param count how many requests get it
	 * @throws IllegalArgumentException for an unknown route, a negative duration or a count below 1
	 */
	public synchronized void force(RateLimitScope scope, String route, Duration retryAfter, int count) {
		if (scope == null) {
			throw new IllegalArgumentException("scope must not be null");
		}
		if (route != null && !this.routes.contains(route)) {
			throw new IllegalArgumentException("The simulator serves no route '" + route + "'; it serves "
					+ this.routes);
		}
		if (retryAfter == null || retryAfter.isNegative()) {
			throw new IllegalArgumentException("retryAfter must not be negative but was " + retryAfter);
		}
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1 but was " + count);
		}
		this.forced.add(new Forced(scope, route, retryAfter, count));
	}

	/**
	 * Return the invalid requests counted in the current windows of all addresses.
	 * @return the count
	 */
	public synchronized int invalidRequestCount() {
		Instant now = this.clock.instant();
		return this.invalid.values().stream().filter((window) -> !window.expired(now)).mapToInt((w) -> w.used).sum();
	}

	/**
	 * Forget every bucket, counter, ban and forced 429.
	 */
	public synchronized void reset() {
		this.buckets.clear();
		this.global.clear();
		this.invalid.clear();
		this.forced.clear();
	}

	/**
	 * Return the {@code X-RateLimit-Bucket} of a route that shares no bucket: an opaque hash of the route.
	 * @param route the route, {@code "METHOD /template"}
	 * @return 32 hex digits
	 */
	public static String bucketHash(String route) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5")
				.digest(("serenity-simulator " + route).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is not available", ex);
		}
	}

	private static String major(Map<String, String> variables) {
		for (String name : new String[] { "channel_id", "guild_id" }) {
			if (variables.containsKey(name)) {
				return name + '=' + variables.get(name);
			}
		}
		if (variables.containsKey("webhook_id")) {
			return "webhook_id=" + variables.get("webhook_id") + '/' + variables.getOrDefault("webhook_token", "");
		}
		if (variables.containsKey("interaction_token")) {
			return "interaction=" + variables.get("interaction_token");
		}
		return "";
	}

	private Forced takeForced(String route) {
		for (Iterator<Forced> iterator = this.forced.iterator(); iterator.hasNext();) {
			Forced force = iterator.next();
			if (force.route == null || force.route.equals(route)) {
				if (--force.remaining == 0) {
					iterator.remove();
				}
				return force;
			}
		}
		return null;
	}

	private static Window window(Map<String, Window> windows, String key, Limit limit, Instant now) {
		Window window = windows.get(key);
		if (window == null || window.expired(now)) {
			if (windows.size() > PURGE_ABOVE) {
				windows.values().removeIf((old) -> old.expired(now));
			}
			window = new Window(limit.limit(), now.plus(limit.window()));
			windows.put(key, window);
		}
		return window;
	}

	private static Map<String, String> headers(Window window, String bucketId, Instant now) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-RateLimit-Limit", Integer.toString(window.limit));
		headers.put("X-RateLimit-Remaining", Integer.toString(Math.max(0, window.limit - window.used)));
		headers.put("X-RateLimit-Reset", seconds(window.resetAt.toEpochMilli()));
		headers.put("X-RateLimit-Reset-After", seconds(Math.max(0, Duration.between(now, window.resetAt).toMillis())));
		headers.put("X-RateLimit-Bucket", bucketId);
		return headers;
	}

	private static Admission reject(RateLimitScope scope, Duration retryAfter, Map<String, String> bucketHeaders) {
		long millis = Math.max(0, retryAfter.toMillis());
		ObjectNode body = WorldJson.object();
		body.put("message", (scope == RateLimitScope.SHARED) ? "The resource is being rate limited."
				: "You are being rate limited.");
		body.put("retry_after", millis / 1000.0);
		body.put("global", scope == RateLimitScope.GLOBAL);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Retry-After", Long.toString((millis + 999) / 1000));
		headers.putAll(bucketHeaders);
		if (scope == RateLimitScope.GLOBAL) {
			headers.put("X-RateLimit-Global", "true");
		}
		headers.put("X-RateLimit-Scope", scope.header());
		return new Admission(HttpAnswer.json(429, body).withHeaders(headers), scope, headers);
	}

	private static String seconds(long millis) {
		return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
	}

	/**
	 * What the rate limits decided for a request.
	 *
	 * @param rejection the 429 to answer, or {@code null} when the request may run
	 * @param scope the 429's scope, or {@code null}
	 * @param headers the rate limit headers for the answer
	 */
	public record Admission(HttpAnswer rejection, RateLimitScope scope, Map<String, String> headers) {
	}

	private static final class Window {

		private final int limit;

		private Instant resetAt;

		private int used;

		Window(int limit, Instant resetAt) {
			this.limit = limit;
			this.resetAt = resetAt;
		}

		boolean expired(Instant now) {
			return !now.isBefore(this.resetAt);
		}

	}

	private static final class Forced {

		private final RateLimitScope scope;

		private final String route;

		private final Duration retryAfter;

		private int remaining;

		Forced(RateLimitScope scope, String route, Duration retryAfter, int count) {
			this.scope = scope;
			this.route = route;
			this.retryAfter = retryAfter;
			this.remaining = count;
		}

	}

}
