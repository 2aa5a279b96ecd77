package dev.serenity.model;

import java.util.List;

/**
 * An auto-moderation rule of a guild. Lists are never {@code null}.
 *
 * @param id the rule's id
 * @param guildId the guild
 * @param name the name
 * @param creatorId the user who created it
 * @param eventType when it is checked: 1 on message send, 2 on member update
 * @param triggerType what triggers it: 1 keyword, 3 spam, 4 keyword preset, 5 mention spam, 6 member profile
 * @param triggerMetadata the trigger's settings
 * @param actions what happens when it triggers
 * @param enabled whether it is enabled
 * @param exemptRoles the roles it ignores
 * @param exemptChannels the channels it ignores
 */
public record AutoModerationRule(Snowflake id, Snowflake guildId, String name, Snowflake creatorId, Integer eventType,
		Integer triggerType, TriggerMetadata triggerMetadata, List<AutoModerationAction> actions, Boolean enabled,
		List<Snowflake> exemptRoles, List<Snowflake> exemptChannels) {

	/**
	 * Create a rule.
	 */
	public AutoModerationRule {
		actions = Copies.list(actions);
		exemptRoles = Copies.list(exemptRoles);
		exemptChannels = Copies.list(exemptChannels);
	}

	/**
	 * The settings of a rule's trigger; which apply depends on the trigger type. Lists are never {@code null}.
	 *
	 * @param keywordFilter the words that trigger it
	 * @param regexPatterns the Rust regular expressions that trigger it
	 * @param presets the keyword presets: 1 profanity, 2 sexual content, 3 slurs
	 * @param allowList the words that never trigger it
	 * @param mentionTotalLimit the number of unique mentions allowed per message
	 * @param mentionRaidProtectionEnabled whether mention raids are detected
	 */
	public record TriggerMetadata(List<String> keywordFilter, List<String> regexPatterns, List<Integer> presets,
			List<String> allowList, Integer mentionTotalLimit, Boolean mentionRaidProtectionEnabled) {

		/**
		 * Create trigger metadata.
		 */
		public TriggerMetadata {
			keywordFilter = Copies.list(keywordFilter);
			regexPatterns = Copies.list(regexPatterns);
			presets = Copies.list(presets);
			allowList = Copies.list(allowList);
		}

	}

}
