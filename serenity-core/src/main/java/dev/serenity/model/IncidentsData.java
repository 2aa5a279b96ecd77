package dev.serenity.model;

import java.time.Instant;

/**
 * A guild's raid and spam protection state.
 *
 * @param invitesDisabledUntil when invites are enabled again
 * @param dmsDisabledUntil when direct messages are enabled again
 * @param dmSpamDetectedAt when direct message spam was detected
 * @param raidDetectedAt when a raid was detected
 */
public record IncidentsData(Instant invitesDisabledUntil, Instant dmsDisabledUntil, Instant dmSpamDetectedAt,
		Instant raidDetectedAt) {
}
