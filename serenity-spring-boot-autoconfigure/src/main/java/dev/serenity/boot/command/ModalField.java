package dev.serenity.boot.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link String} parameter of a {@link ModalHandler @ModalHandler} method to the value of one submitted
 * input; {@code null} when the modal had no such input.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ModalField {

	/**
	 * The input's {@code custom_id}.
	 * @return the id
	 */
	String value();

}
