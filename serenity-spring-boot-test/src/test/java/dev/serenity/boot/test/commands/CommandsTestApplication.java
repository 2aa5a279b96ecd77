package dev.serenity.boot.test.commands;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bot with declared interaction handlers ({@link DiceCommands}, {@link TagCommands}), for the tests of commands,
 * components, modals and autocomplete through the test slice.
 */
@SpringBootApplication
public class CommandsTestApplication {

}
