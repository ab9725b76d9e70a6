package org.bitpoll.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks every {@link Setting} against its {@link Rule} and the rules between settings, and describes the settings
 * in effect for the log, without any secret. {@link SettingsStartup} runs it when the application is deployed.
 */
public final class SettingsCheck {

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^;&]*");
    private static final Pattern USER_INFO_IN_URL = Pattern.compile("//[^/@]*@");

    private final SettingSource source;

    public SettingsCheck(SettingSource source) {
        this.source = source;
    }

    /** Every bad value, each as "setting = value: reason"; empty when all are fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            source.set(setting)
                    .flatMap(value -> setting.rule().problem(value))
                    .ifPresent(reason -> problems.add(problem(setting, reason)));
        }
        if (problems.isEmpty()) {
            retentionWarning().ifPresent(problems::add);
            databaseUrl().ifPresent(problems::add);
            directory().ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * One line per setting: its name and the value in effect, marked "(default)" when it is the default; secrets
     * only as "(set)" or "(not set)".
     */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            String shown = shown(setting);
            lines.add(setting.displayName() + " = " + shown
                    + (source.value(setting).equals(setting.defaultValue()) ? " (default)" : ""));
        }
        return lines;
    }

    private Optional<String> retentionWarning() {
        long days = Long.parseLong(source.value(Setting.RETENTION_DAYS));
        long warning = Long.parseLong(source.value(Setting.RETENTION_WARNING_DAYS));
        if (days > 0 && warning >= days) {
            return Optional.of(problem(
                    Setting.RETENTION_WARNING_DAYS,
                    "must be less than " + Setting.RETENTION_DAYS.property() + " (" + days + ")"));
        }
        return Optional.empty();
    }

    private Optional<String> databaseUrl() {
        String driver = source.value(Setting.DB_DRIVER);
        return source.set(Setting.DB_URL)
                .filter(url -> !url.startsWith("jdbc:" + driver + ":"))
                .map(url -> problem(
                        Setting.DB_URL,
                        "must start with jdbc:" + driver + ": for " + Setting.DB_DRIVER.displayName() + "=" + driver));
    }

    private Optional<String> directory() {
        boolean anySet = source.set(Setting.LDAP_BIND_DN).isPresent()
                || source.set(Setting.LDAP_BIND_PASSWORD).isPresent();
        if (source.set(Setting.LDAP_URL).isEmpty()) {
            return anySet
                    ? Optional.of(Setting.LDAP_URL.displayName()
                            + " is not set, but the directory's bind settings are: name the directory")
                    : Optional.empty();
        }
        return source.set(Setting.LDAP_BIND_DN).isEmpty()
                ? Optional.of(Setting.LDAP_BIND_DN.displayName()
                        + " is not set: the directory needs the account Bitpoll searches it with")
                : Optional.empty();
    }

    private String problem(Setting setting, String reason) {
        return setting.displayName() + " = " + shown(setting) + ": " + reason;
    }

    private String shown(Setting setting) {
        Optional<String> set = source.set(setting);
        String value = source.value(setting);
        return switch (setting.rule()) {
            case SECRET -> set.isPresent() ? "(set)" : "(not set)";
            case LONG_TEXT -> value.isEmpty() ? "(not set)" : "(" + value.length() + " characters)";
            case JDBC_URL -> value.isEmpty() ? "(not set)" : withoutPassword(value);
            default -> value.isEmpty() ? "(not set)" : value;
        };
    }

    /** A JDBC URL without the password it may carry ({@code password=…}, {@code //user:password@host}). */
    public static String withoutPassword(String url) {
        String masked = PASSWORD_IN_URL.matcher(url).replaceAll("$1(hidden)");
        return USER_INFO_IN_URL.matcher(masked).replaceAll("//(hidden)@");
    }
}
