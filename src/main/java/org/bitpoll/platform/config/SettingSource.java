package org.bitpoll.platform.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the values of the {@link Setting}s come from: the server's system properties, then the environment, as the
 * server's own expressions ({@code ${bitpoll.smtp.host,env.BITPOLL_SMTP_HOST:localhost}}) resolve them. A blank
 * value counts as not set.
 */
public final class SettingSource {

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;

    private SettingSource(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** The running server's system properties and environment, read on every call. */
    public static SettingSource system() {
        return new SettingSource(System::getProperty, System::getenv);
    }

    /** Fixed values (for tests of the rules). */
    public static SettingSource of(Map<String, String> properties, Map<String, String> environment) {
        return new SettingSource(properties::get, environment::get);
    }

    /** The value the operator set, stripped: the system property if set, else the environment variable. */
    public Optional<String> set(Setting setting) {
        return nonBlank(setting.property(), properties).or(() -> nonBlank(setting.variable(), environment));
    }

    /** The value in effect: the one set, else the default (empty for "not set"). */
    public String value(Setting setting) {
        return set(setting).orElse(setting.defaultValue());
    }

    private static Optional<String> nonBlank(String name, UnaryOperator<String> lookup) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(lookup.apply(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
