package dev.serenity.model;

import java.util.Map;

/**
 * One role connection metadata record of an application: a value a linked role can require.
 *
 * @param type 1-8: integer or datetime comparisons ({@code <=}, {@code >=}, {@code ==}, {@code !=}) and booleans
 * @param key the key, 1 to 50 characters of {@code a-z}, {@code 0-9} and {@code _}
 * @param name the name, 1 to 100 characters
 * @param nameLocalizations the name by locale, or {@code null}
 * @param description the description, 1 to 200 characters
 * @param descriptionLocalizations the description by locale, or {@code null}
 */
public record ApplicationRoleConnectionMetadata(Integer type, String key, String name,
		Map<String, String> nameLocalizations, String description, Map<String, String> descriptionLocalizations) {
}
