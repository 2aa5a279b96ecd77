package dev.serenity.boot.command;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.serenity.model.ApplicationCommandType;
import dev.serenity.rest.api.CommandCreate;
import dev.serenity.rest.api.CommandOption;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Every declared interaction handler: slash commands with their sub-commands, user and message commands,
 * autocomplete, component and modal handlers, and the commands they declare for registration. Filled by
 * {@link InteractionHandlerAnnotationBeanPostProcessor} while beans are created; once all singletons exist it checks
 * what needs all declarations (autocomplete targets) and is frozen. Every bad declaration fails start-up with an
 * {@link InvalidCommandDeclarationException} naming the method.
 */
public final class InteractionHandlerRegistry implements SmartInitializingSingleton {

	private static final List<Class<? extends Annotation>> METHOD_ANNOTATIONS = List.of(SlashCommand.class,
			Subcommand.class, UserCommand.class, MessageCommand.class, Autocomplete.class, ComponentHandler.class,
			ModalHandler.class);

	private final Map<String, InteractionHandlerMethod> slash = new LinkedHashMap<>();

	private final Map<String, List<CommandOption>> optionsByPath = new LinkedHashMap<>();

	private final Map<String, InteractionHandlerMethod> userCommands = new LinkedHashMap<>();

	private final Map<String, InteractionHandlerMethod> messageCommands = new LinkedHashMap<>();

	private final Map<String, InteractionHandlerMethod> autocompletes = new LinkedHashMap<>();

	private final List<PatternHandler> components = new ArrayList<>();

	private final List<PatternHandler> modals = new ArrayList<>();

	private final Map<String, CommandCreate> commands = new LinkedHashMap<>();

	private final Map<String, Method> declaredBy = new LinkedHashMap<>();

	private volatile boolean frozen;

	/**
	 * Return whether a class declares interaction handlers.
	 * @param targetClass the bean's class
	 * @return whether it has an annotated method or is a {@link SlashCommand @SlashCommand} class
	 */
	static boolean declaresHandlers(Class<?> targetClass) {
		return AnnotatedElementUtils.hasAnnotation(targetClass, SlashCommand.class)
				|| !handlerMethods(targetClass).isEmpty();
	}

	private static Map<Method, Class<? extends Annotation>> handlerMethods(Class<?> targetClass) {
		return MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<Class<? extends Annotation>>) (method) -> {
					List<Class<? extends Annotation>> found = METHOD_ANNOTATIONS.stream()
						.filter((type) -> AnnotatedElementUtils.hasAnnotation(method, type))
						.toList();
					if (found.size() > 1) {
						throw new InvalidCommandDeclarationException(method, "it carries " + found.stream()
							.map((type) -> "@" + type.getSimpleName())
							.toList() + " but a method handles one kind of interaction");
					}
					return found.isEmpty() ? null : found.get(0);
				});
	}

	/**
	 * Register the handlers of a bean.
	 * @param bean the bean
	 * @param targetClass its class behind any proxy
	 */
	public synchronized void register(Object bean, Class<?> targetClass) {
		if (this.frozen) {
			throw new IllegalStateException("Interaction handlers are registered while the context starts; "
					+ targetClass.getName() + " came too late");
		}
		Map<Method, Class<? extends Annotation>> methods = handlerMethods(targetClass);
		SlashCommand parent = AnnotatedElementUtils.findMergedAnnotation(targetClass, SlashCommand.class);
		Map<String, List<CommandOption>> groups = new LinkedHashMap<>();
		Map<String, String> groupDescriptions = new LinkedHashMap<>();
		List<CommandOption> subcommands = new ArrayList<>();
		Method firstSubcommand = null;
		for (Map.Entry<Method, Class<? extends Annotation>> entry : methods.entrySet()) {
			Method method = AopUtils.selectInvocableMethod(entry.getKey(), bean.getClass());
			Class<? extends Annotation> kind = entry.getValue();
			if (kind == Subcommand.class) {
				Subcommand subcommand = AnnotatedElementUtils.findMergedAnnotation(entry.getKey(), Subcommand.class);
				if (parent == null) {
					throw new InvalidCommandDeclarationException(entry.getKey(), "@Subcommand needs @SlashCommand on "
							+ "its class, which names the command it belongs to");
				}
				firstSubcommand = (firstSubcommand != null) ? firstSubcommand : entry.getKey();
				registerSubcommand(bean, method, parent, subcommand, groups, groupDescriptions, subcommands);
			}
			else {
				registerMethod(bean, method, entry.getKey(), kind);
			}
		}
		if (parent != null) {
			if (firstSubcommand == null) {
				throw new InvalidCommandDeclarationException(targetClass, "@SlashCommand '" + parent.name()
						+ "' is on the class, so its sub-commands are the class's @Subcommand methods, but it has none");
			}
			for (Map.Entry<String, List<CommandOption>> group : groups.entrySet()) {
				subcommands.add(CommandDeclarations.group(firstSubcommand, group.getKey(),
						groupDescriptions.get(group.getKey()), group.getValue()));
			}
			addCommand(firstSubcommand, CommandDeclarations.slash(firstSubcommand, parent, subcommands));
		}
	}

	private void registerSubcommand(Object bean, Method method, SlashCommand parent, Subcommand subcommand,
			Map<String, List<CommandOption>> groups, Map<String, String> groupDescriptions,
			List<CommandOption> subcommands) {
		HandlerMethodFactory.Built built = HandlerMethodFactory.build(bean, method, HandlerKind.SLASH_COMMAND);
		CommandOption option = CommandDeclarations.subcommand(method, subcommand, built.options());
		String group = subcommand.group();
		String path = parent.name() + (group.isEmpty() ? "" : " " + group) + " " + subcommand.name();
		putPath(path, method, built);
		if (group.isEmpty()) {
			subcommands.add(option);
			return;
		}
		groups.computeIfAbsent(group, (name) -> new ArrayList<>()).add(option);
		String description = subcommand.groupDescription().isEmpty() ? group : subcommand.groupDescription();
		String known = groupDescriptions.putIfAbsent(group, description);
		if (known != null && !subcommand.groupDescription().isEmpty() && !known.equals(description)) {
			throw new InvalidCommandDeclarationException(method, "group '" + group + "' is described as '"
					+ description + "' here but as '" + known + "' on another sub-command");
		}
	}

	private void registerMethod(Object bean, Method method, Method declared, Class<? extends Annotation> kind) {
		if (kind == SlashCommand.class) {
			SlashCommand command = AnnotatedElementUtils.findMergedAnnotation(declared, SlashCommand.class);
			HandlerMethodFactory.Built built = HandlerMethodFactory.build(bean, method, HandlerKind.SLASH_COMMAND);
			CommandCreate create = CommandDeclarations.slash(method, command, built.options());
			putPath(command.name(), method, built);
			addCommand(method, create);
		}
		else if (kind == UserCommand.class) {
			UserCommand command = AnnotatedElementUtils.findMergedAnnotation(declared, UserCommand.class);
			addCommand(method, CommandDeclarations.contextMenu(method, ApplicationCommandType.USER, command.name(),
					command.defaultMemberPermissions(), command.contexts(), command.nsfw()));
			this.userCommands.put(command.name(),
					HandlerMethodFactory.build(bean, method, HandlerKind.USER_COMMAND).handler());
		}
		else if (kind == MessageCommand.class) {
			MessageCommand command = AnnotatedElementUtils.findMergedAnnotation(declared, MessageCommand.class);
			addCommand(method, CommandDeclarations.contextMenu(method, ApplicationCommandType.MESSAGE,
					command.name(), command.defaultMemberPermissions(), command.contexts(), command.nsfw()));
			this.messageCommands.put(command.name(),
					HandlerMethodFactory.build(bean, method, HandlerKind.MESSAGE_COMMAND).handler());
		}
		else if (kind == Autocomplete.class) {
			Autocomplete autocomplete = AnnotatedElementUtils.findMergedAnnotation(declared, Autocomplete.class);
			String key = autocompleteKey(autocomplete.command(), autocomplete.option());
			InteractionHandlerMethod handler = HandlerMethodFactory.build(bean, method, HandlerKind.AUTOCOMPLETE)
				.handler();
			InteractionHandlerMethod previous = this.autocompletes.putIfAbsent(key, handler);
			if (previous != null) {
				throw new InvalidCommandDeclarationException(method, "option '" + autocomplete.option() + "' of /"
						+ autocomplete.command() + " is already autocompleted by " + previous);
			}
		}
		else if (kind == ComponentHandler.class) {
			ComponentHandler handler = AnnotatedElementUtils.findMergedAnnotation(declared, ComponentHandler.class);
			this.components.add(new PatternHandler(pattern(method, handler.value()),
					HandlerMethodFactory.build(bean, method, HandlerKind.COMPONENT).handler()));
		}
		else {
			ModalHandler handler = AnnotatedElementUtils.findMergedAnnotation(declared, ModalHandler.class);
			this.modals.add(new PatternHandler(pattern(method, handler.value()),
					HandlerMethodFactory.build(bean, method, HandlerKind.MODAL).handler()));
		}
	}

	private void putPath(String path, Method method, HandlerMethodFactory.Built built) {
		InteractionHandlerMethod previous = this.slash.putIfAbsent(path, built.handler());
		if (previous != null) {
			throw new InvalidCommandDeclarationException(method, "/" + path + " is already handled by " + previous);
		}
		this.optionsByPath.put(path, built.options());
	}

	private void addCommand(Method method, CommandCreate command) {
		String key = command.type() + " " + command.name();
		Method previous = this.declaredBy.putIfAbsent(key, method);
		if (previous != null) {
			throw new InvalidCommandDeclarationException(method, "a " + command.type() + " command named '"
					+ command.name() + "' is already declared by "
					+ InvalidCommandDeclarationException.describe(previous));
		}
		this.commands.put(key, command);
	}

	private static Pattern pattern(Method method, String regex) {
		try {
			return Pattern.compile(regex);
		}
		catch (PatternSyntaxException ex) {
			throw new InvalidCommandDeclarationException(method, "custom_id pattern '" + regex + "' is not a "
					+ "regular expression: " + ex.getDescription(), ex);
		}
	}

	static String autocompleteKey(String commandPath, String option) {
		return commandPath.trim().replaceAll("\\s+", " ") + " " + option;
	}

	/**
	 * Check what needs every declaration (each autocomplete method names an autocompleted option of a declared
	 * command) and stop accepting registrations.
	 */
	@Override
	public synchronized void afterSingletonsInstantiated() {
		for (Map.Entry<String, InteractionHandlerMethod> entry : this.autocompletes.entrySet()) {
			String key = entry.getKey();
			String path = key.substring(0, key.lastIndexOf(' '));
			String option = key.substring(key.lastIndexOf(' ') + 1);
			List<CommandOption> options = this.optionsByPath.get(path);
			if (options == null) {
				throw new InvalidCommandDeclarationException(entry.getValue().method(), "it autocompletes /" + path
						+ ", but no such command is declared (known: " + this.slash.keySet() + ")");
			}
			boolean autocompleted = options.stream()
				.anyMatch((candidate) -> candidate.name().equals(option) && candidate.autocomplete());
			if (!autocompleted) {
				throw new InvalidCommandDeclarationException(entry.getValue().method(), "/" + path + " has no option '"
						+ option + "' declared with @Option(autocomplete = true)");
			}
		}
		for (String path : this.optionsByPath.keySet()) {
			for (CommandOption option : this.optionsByPath.get(path)) {
				if (option.autocomplete() && !this.autocompletes.containsKey(autocompleteKey(path, option.name()))) {
					throw new InvalidCommandDeclarationException(this.slash.get(path).method(), "option '"
							+ option.name() + "' is autocompleted but no @Autocomplete(command = \"" + path
							+ "\", option = \"" + option.name() + "\") method exists");
				}
			}
		}
		this.frozen = true;
	}

	/**
	 * Return the declared commands, to register with Discord.
	 * @return the commands, in declaration order
	 */
	public synchronized List<CommandCreate> commands() {
		return List.copyOf(this.commands.values());
	}

	/**
	 * Return the paths of the declared slash commands and sub-commands.
	 * @return e.g. {@code roll}, {@code tag get}, {@code tag admin delete}
	 */
	public synchronized Set<String> slashCommandPaths() {
		return Set.copyOf(this.slash.keySet());
	}

	synchronized InteractionHandlerMethod slashCommand(String path) {
		return this.slash.get(path);
	}

	synchronized InteractionHandlerMethod userCommand(String name) {
		return this.userCommands.get(name);
	}

	synchronized InteractionHandlerMethod messageCommand(String name) {
		return this.messageCommands.get(name);
	}

	synchronized InteractionHandlerMethod autocomplete(String path, String option) {
		return this.autocompletes.get(autocompleteKey(path, option));
	}

	synchronized List<PatternHandler> components() {
		return List.copyOf(this.components);
	}

	synchronized List<PatternHandler> modals() {
		return List.copyOf(this.modals);
	}

	@Override
	public String toString() {
		return "InteractionHandlerRegistry[commands=" + this.commands.keySet() + ", components="
				+ this.components.size() + ", modals=" + this.modals.size() + "]";
	}

}
