package dev.serenity.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A scheduled event of a guild.
 *
 * @param id the event's id
 * @param guildId the guild
 * @param channelId the stage or voice channel, {@code null} for external events
 * @param creatorId the user who created it
 * @param name the name
 * @param description the description
 * @param scheduledStartTime when it starts
 * @param scheduledEndTime when it ends; required for external events
 * @param privacyLevel 2 for guild-only
 * @param status 1 scheduled, 2 active, 3 completed, 4 cancelled
 * @param entityType 1 stage, 2 voice, 3 external
 * @param entityId the entity it belongs to
 * @param entityMetadata the location of an external event
 * @param creator the user who created it
 * @param userCount the number of interested users
 * @param image the cover image hash
 * @param recurrenceRule how it repeats
 */
public record GuildScheduledEvent(Snowflake id, Snowflake guildId, Snowflake channelId, Snowflake creatorId,
		String name, String description, Instant scheduledStartTime, Instant scheduledEndTime, Integer privacyLevel,
		Integer status, Integer entityType, Snowflake entityId, EntityMetadata entityMetadata, User creator,
		Integer userCount, String image, RecurrenceRule recurrenceRule) {

	/**
	 * Where an external event takes place.
	 *
	 * @param location the location, up to 100 characters
	 */
	public record EntityMetadata(String location) {
	}

	/**
	 * How an event repeats, a subset of iCalendar's RRULE. Lists are never {@code null}.
	 *
	 * @param start when the first occurrence starts
	 * @param end when the recurrence ends
	 * @param frequency 0 yearly, 1 monthly, 2 weekly, 3 daily
	 * @param interval the spacing between occurrences
	 * @param byWeekday the weekdays, 0 (Monday) to 6
	 * @param byNWeekday the nth weekdays of the month
	 * @param byMonth the months, 1 to 12
	 * @param byMonthDay the days of the month
	 * @param byYearDay the days of the year
	 * @param count the number of occurrences
	 */
	public record RecurrenceRule(Instant start, Instant end, Integer frequency, Integer interval,
			List<Integer> byWeekday, @JsonProperty("by_n_weekday") List<NWeekday> byNWeekday, List<Integer> byMonth,
			List<Integer> byMonthDay, List<Integer> byYearDay, Integer count) {

		/**
		 * Create a recurrence rule.
		 */
		public RecurrenceRule {
			byWeekday = Copies.list(byWeekday);
			byNWeekday = Copies.list(byNWeekday);
			byMonth = Copies.list(byMonth);
			byMonthDay = Copies.list(byMonthDay);
			byYearDay = Copies.list(byYearDay);
		}

	}

	/**
	 * The nth weekday of a month, such as the second Tuesday.
	 *
	 * @param n the week, 1 to 5
	 * @param day the weekday, 0 (Monday) to 6
	 */
	public record NWeekday(Integer n, Integer day) {
	}

}
