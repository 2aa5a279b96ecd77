/**
 * REST rate limiting behind an SPI shaped like twilight's: {@link dev.serenity.rest.ratelimit.RateLimiter#acquire}
 * returns a {@link dev.serenity.rest.ratelimit.Permit}, and {@code permit.complete(headers)} reports the answer.
 * {@link dev.serenity.rest.ratelimit.LocalRateLimiter} keeps buckets and the global limit in memory;
 * {@link dev.serenity.rest.ratelimit.InvalidRequestGuard} keeps the bot below Discord's invalid request limit; each
 * wait is published as a {@link dev.serenity.rest.ratelimit.RestRateLimitedEvent}.
 */
package dev.serenity.rest.ratelimit;
