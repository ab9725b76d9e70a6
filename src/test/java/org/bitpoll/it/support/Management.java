package org.bitpoll.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's management HTTP API ({@code http://localhost:<management port>/management}, JSON), as the
 * user that test-services.sh adds to the test copy of the configuration with a password made for each run
 * ({@code management.credentials} in the test services folder). WildFly asks for HTTP Digest authentication,
 * which {@code java.net.http} does not speak: the few lines of RFC 7616 (MD5, qop=auth) are here.
 */
public final class Management {

    private static final Pattern CHALLENGE_PARAMETER = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");
    private static final Pattern TIMER_INFO = Pattern.compile("\"info\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern NUMBER_RESULT = Pattern.compile("\"result\"\\s*:\\s*(\\d+)");
    private static final Pattern STRING_RESULT = Pattern.compile("\"result\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern SUCCESS = Pattern.compile("\"outcome\"\\s*:\\s*\"success\"");
    private static final String DEPLOYMENT = "ROOT.war";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint =
            URI.create("http://localhost:" + System.getProperty("bitpoll.managementPort", "9990") + "/management");
    private final String user;
    private final String password;

    public Management() {
        try {
            String[] credentials = Files.readString(TestServer.services().resolve("management.credentials"))
                    .strip()
                    .split(":", 2);
            user = credentials[0];
            password = credentials[1];
        } catch (IOException e) {
            throw new UncheckedIOException("test-services.sh writes the management credentials", e);
        }
    }

    /** The number of HTTP sessions the Bitpoll deployment holds now. */
    public long activeSessions() {
        String response = call("{\"operation\":\"read-attribute\",\"address\":[{\"deployment\":\"ROOT.war\"},"
                + "{\"subsystem\":\"undertow\"}],\"name\":\"active-sessions\"}");
        Matcher result = NUMBER_RESULT.matcher(response);
        if (!response.contains("\"outcome\" : \"success\"") && !response.contains("\"outcome\":\"success\"")
                || !result.find()) {
            throw new IllegalStateException("unexpected management answer: " + response);
        }
        return Long.parseLong(result.group(1));
    }

    /**
     * Replaces the Bitpoll deployment with this WAR as an operator's {@code deploy --force} does: one
     * {@code full-replace-deployment} operation, which returns when the new deployment has started (or failed).
     */
    public void replaceDeployment(Path war) {
        String response = call("{\"operation\":\"full-replace-deployment\",\"name\":\"" + DEPLOYMENT
                + "\",\"enabled\":true,\"content\":[{\"url\":\""
                + war.toAbsolutePath().toUri() + "\"}]}");
        requireSuccess(response);
    }

    /**
     * Suspends the server gracefully: requests already running finish (waiting at most {@code timeoutSeconds}),
     * new ones are answered 503 until {@link #resume}.
     */
    public void suspend(int timeoutSeconds) {
        requireSuccess(call("{\"operation\":\"suspend\",\"address\":[],\"suspend-timeout\":" + timeoutSeconds + "}"));
    }

    /** Ends a {@link #suspend}: the server takes requests again. */
    public void resume() {
        requireSuccess(call("{\"operation\":\"resume\",\"address\":[]}"));
    }

    /** The deployment's status as the admin console shows it: {@code OK}, {@code FAILED} or {@code STOPPED}. */
    public String deploymentStatus() {
        String response = call("{\"operation\":\"read-attribute\",\"address\":[{\"deployment\":\"" + DEPLOYMENT
                + "\"}],\"name\":\"status\"}");
        requireSuccess(response);
        Matcher result = STRING_RESULT.matcher(response);
        if (!result.find()) {
            throw new IllegalStateException("unexpected management answer: " + response);
        }
        return result.group(1);
    }

    private static void requireSuccess(String response) {
        if (!SUCCESS.matcher(response).find()) {
            throw new IllegalStateException("management operation failed: " + response);
        }
    }

    /** Sets the server's system property {@code name} through its {@code system-property} resource. */
    public void setSystemProperty(String name, String value) {
        String address = "[{\"system-property\":" + json(name) + "}]";
        String read = execute("{\"operation\":\"read-resource\",\"address\":" + address + "}");
        boolean exists = SUCCESS.matcher(read).find();
        call(
                exists
                        ? "{\"operation\":\"write-attribute\",\"address\":" + address + ",\"name\":\"value\",\"value\":"
                                + json(value) + "}"
                        : "{\"operation\":\"add\",\"address\":" + address + ",\"value\":" + json(value) + "}");
    }

    /**
     * Redeploys ROOT.war as an operator would ({@code /deployment=ROOT.war:redeploy}) and returns the management
     * API's answer: its outcome and, when the deployment failed, the failure description.
     */
    public String redeploy() {
        return execute("{\"operation\":\"redeploy\",\"address\":[{\"deployment\":\"" + DEPLOYMENT + "\"}]}");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The {@code info} of every timer the singleton bean of the Bitpoll deployment holds now. */
    public List<String> timerInfos(String singletonBean) {
        String response = call("{\"operation\":\"read-resource\",\"recursive\":true,\"include-runtime\":true,"
                + "\"address\":[{\"deployment\":\"" + DEPLOYMENT + "\"},{\"subsystem\":\"ejb3\"},{\"singleton-bean\":\""
                + singletonBean + "\"},{\"service\":\"timer-service\"}]}");
        List<String> infos = new ArrayList<>();
        Matcher info = TIMER_INFO.matcher(response);
        while (info.find()) {
            infos.add(info.group(1));
        }
        return infos;
    }

    private String call(String operation) {
        String answer = execute(operation);
        if (!answer.matches("(?s).*\"outcome\"\\s*:\\s*\"success\".*")) {
            throw new IllegalStateException("management API: " + answer);
        }
        return answer;
    }

    /** Runs an operation and returns the answer, whether it succeeded (HTTP 200) or failed (HTTP 500). */
    private String execute(String operation) {
        HttpResponse<String> challenge = send(request(operation).build());
        if (challenge.statusCode() != 401) {
            throw new IllegalStateException("the management API asked for no login: " + challenge.statusCode());
        }
        String header = challenge.headers().firstValue("WWW-Authenticate").orElseThrow();
        HttpResponse<String> answer = send(request(operation)
                .header("Authorization", digest(header, "POST", endpoint.getRawPath()))
                .build());
        if (answer.statusCode() != 200 && answer.statusCode() != 500) {
            throw new IllegalStateException("management API: " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    private HttpRequest.Builder request(String operation) {
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(operation));
    }

    private String digest(String challenge, String method, String uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = CHALLENGE_PARAMETER.matcher(challenge.replaceFirst("^Digest\\s+", ""));
        while (matcher.find()) {
            parameters.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        String realm = parameters.get("realm");
        String nonce = parameters.get("nonce");
        String clientNonce = HexFormat.of().formatHex(randomBytes());
        String count = "00000001";
        String response = md5(md5(user + ":" + realm + ":" + password) + ":" + nonce + ":" + count + ":" + clientNonce
                + ":auth:" + md5(method + ":" + uri));
        StringBuilder header = new StringBuilder("Digest username=\"" + user + "\", realm=\"" + realm
                + "\", nonce=\"" + nonce + "\", uri=\"" + uri + "\", qop=auth, nc=" + count + ", cnonce=\""
                + clientNonce + "\", response=\"" + response + "\", algorithm=MD5");
        if (parameters.containsKey("opaque")) {
            header.append(", opaque=\"").append(parameters.get("opaque")).append('"');
        }
        return header.toString();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
