package dev.serenity.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * An immutable set of {@link Permission permission} flags, held as Discord's 64-bit mask. Bits Discord defines after
 * this version of the enum are kept, so nothing is lost on a round trip.
 *
 * <p>API v10 sends permissions as a decimal string; v6 sent a JSON integer. With
 * {@link dev.serenity.json.DiscordJson#mapper()} both are read, and a string is written.
 *
 * @param value the bit mask, read as unsigned
 */
public record Permissions(long value) {

	/** No permissions. */
	public static final Permissions NONE = new Permissions(0);

	/** Every flag this version knows. */
	public static final Permissions ALL = of(EnumSet.allOf(Permission.class));

	private static final int MAX_QUOTED_INPUT = 40;

	/**
	 * Return the permissions of a bit mask.
	 * @param value the mask
	 * @return the permissions
	 */
	public static Permissions of(long value) {
		return (value == 0) ? NONE : new Permissions(value);
	}

	/**
	 * Return permissions holding the given flags.
	 * @param permissions the flags
	 * @return the permissions
	 */
	public static Permissions of(Permission... permissions) {
		return NONE.with(permissions);
	}

	/**
	 * Return permissions holding the given flags.
	 * @param permissions the flags
	 * @return the permissions
	 */
	public static Permissions of(Collection<Permission> permissions) {
		long value = 0;
		for (Permission permission : permissions) {
			value |= permission.mask();
		}
		return of(value);
	}

	/**
	 * Parse permissions as Discord sends them.
	 * @param text an unsigned decimal below 2<sup>64</sup>
	 * @return the permissions
	 * @throws IllegalArgumentException if the text is not an unsigned decimal or does not fit in 64 bits
	 */
	public static Permissions parse(String text) {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("Permissions must be a non-empty string of decimal digits");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException("Permissions must contain only decimal digits: " + quote(text));
			}
		}
		try {
			return of(Long.parseUnsignedLong(text));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Permissions must fit in 64 bits: " + quote(text), ex);
		}
	}

	/**
	 * Return whether every given flag is set.
	 * @param permissions the flags
	 * @return {@code true} if all are set (also when none are given)
	 */
	public boolean contains(Permission... permissions) {
		for (Permission permission : permissions) {
			if ((this.value & permission.mask()) == 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Return whether every flag of other permissions is set.
	 * @param other the other permissions
	 * @return {@code true} if {@code other} is a subset of these
	 */
	public boolean containsAll(Permissions other) {
		return (this.value & other.value) == other.value;
	}

	/**
	 * Return these permissions plus the given flags.
	 * @param permissions the flags to add
	 * @return the new permissions
	 */
	public Permissions with(Permission... permissions) {
		long result = this.value;
		for (Permission permission : permissions) {
			result |= permission.mask();
		}
		return of(result);
	}

	/**
	 * Return these permissions plus other permissions.
	 * @param other the permissions to add
	 * @return the union
	 */
	public Permissions with(Permissions other) {
		return of(this.value | other.value);
	}

	/**
	 * Return these permissions without the given flags.
	 * @param permissions the flags to remove
	 * @return the new permissions
	 */
	public Permissions without(Permission... permissions) {
		long result = this.value;
		for (Permission permission : permissions) {
			result &= ~permission.mask();
		}
		return of(result);
	}

	/**
	 * Return these permissions without other permissions.
	 * @param other the permissions to remove
	 * @return the difference
	 */
	public Permissions without(Permissions other) {
		return of(this.value & ~other.value);
	}

	/**
	 * Return the known flags that are set.
	 * @return a new mutable set; bits this version does not know are left out
	 */
	public Set<Permission> toSet() {
		Set<Permission> set = EnumSet.noneOf(Permission.class);
		for (Permission permission : Permission.values()) {
			if ((this.value & permission.mask()) != 0) {
				set.add(permission);
			}
		}
		return set;
	}

	/**
	 * Return the mask as Discord writes it.
	 * @return the unsigned decimal value
	 */
	@Override
	public String toString() {
		return Long.toUnsignedString(this.value);
	}

	private static String quote(String text) {
		return (text.length() <= MAX_QUOTED_INPUT) ? "'" + text + "'"
				: "'" + text.substring(0, MAX_QUOTED_INPUT) + "...' (" + text.length() + " characters)";
	}

}
