package org.bitpoll.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Bitpoll's part of {@code /health/live}: present and UP while the application is deployed and its beans answer;
 * WildFly's own checks there cover the server. Nothing that a restart would not cure (a database that is down)
 * makes it DOWN: that is readiness' business ({@link DatabaseReadiness}).
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("bitpoll");
    }
}
