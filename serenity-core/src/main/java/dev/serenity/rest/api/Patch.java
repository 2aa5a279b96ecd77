package dev.serenity.rest.api;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a PATCH request, in one of three states: {@linkplain #absent() absent} (left out of the body, the
 * field keeps its value), {@linkplain #clear() cleared} (sent as {@code null}, Discord resets the field) or
 * {@linkplain #of(Object) set} to a value.
 *
 * @param present whether the field is sent
 * @param value the value sent; {@code null} when absent or cleared
 * @param <T> the type of the value
 */
public record Patch<T>(boolean present, T value) {

	private static final Patch<?> ABSENT = new Patch<>(false, null);

	private static final Patch<?> CLEAR = new Patch<>(true, null);

	/**
	 * Create a patch.
	 * @throws IllegalArgumentException when an absent patch has a value
	 */
	public Patch {
		if (!present && value != null) {
			throw new IllegalArgumentException("An absent patch must not have a value");
		}
	}

	/**
	 * Return the patch that leaves the field out.
	 * @param <T> the type of the value
	 * @return the absent patch
	 */
	@SuppressWarnings("unchecked")
	public static <T> Patch<T> absent() {
		return (Patch<T>) ABSENT;
	}

	/**
	 * Return the patch that sends {@code null}, clearing the field.
	 * @param <T> the type of the value
	 * @return the clearing patch
	 */
	@SuppressWarnings("unchecked")
	public static <T> Patch<T> clear() {
		return (Patch<T>) CLEAR;
	}

	/**
	 * Return the patch that sends a value ({@code null} clears the field, as {@link #clear()}).
	 * @param value the value
	 * @param <T> the type of the value
	 * @return the patch
	 */
	public static <T> Patch<T> of(T value) {
		return (value != null) ? new Patch<>(true, value) : clear();
	}

	/**
	 * Return whether the patch clears the field.
	 * @return whether it is present with a {@code null} value
	 */
	public boolean cleared() {
		return this.present && this.value == null;
	}

	/**
	 * Return a patch with the value changed by a function (absent and cleared patches stay as they are).
	 * @param mapper the change
	 * @param <R> the new type
	 * @return the new patch
	 */
	public <R> Patch<R> map(Function<? super T, ? extends R> mapper) {
		Objects.requireNonNull(mapper, "'mapper' must not be null");
		return (this.value != null) ? new Patch<>(true, mapper.apply(this.value)) : (this.present ? clear() : absent());
	}

	@Override
	public String toString() {
		return !this.present ? "Patch[absent]" : (this.value == null) ? "Patch[clear]" : "Patch[" + this.value + "]";
	}

}
