/**
 * Discord's REST API: {@link dev.serenity.rest.DiscordRest} sends {@link dev.serenity.rest.RestRequest}s for
 * {@link dev.serenity.rest.Route}s through a rate limiter ({@code dev.serenity.rest.ratelimit}), retries where safe
 * and fails with typed {@link dev.serenity.rest.RestException}s; {@link dev.serenity.rest.RestObserver}s see every
 * call for metrics.
 */
package dev.serenity.rest;
