package org.bitpoll.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.logging.Logger;

/**
 * Checks the operator's settings when the application is deployed, before anything else starts (the database
 * migration waits for it): a bad value fails the deployment with a message naming the setting and the reason,
 * which WildFly writes to its log and returns as the failure of the deploy operation. Then it logs the settings in
 * effect, one line each, without any secret.
 */
@Singleton
@Startup
public class SettingsStartup {

    private static final Logger LOG = Logger.getLogger(SettingsStartup.class.getName());

    @PostConstruct
    void check() {
        SettingsCheck check = new SettingsCheck(SettingSource.system());
        List<String> problems = check.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Bad Bitpoll setting: " + String.join("; ", problems));
        }
        check.summary().forEach(line -> LOG.info(() -> "Setting " + line));
    }
}
