package org.bitpoll.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser without JavaScript, over plain HTTP: it keeps cookies, follows redirects, and fills and posts
 * Faces forms as a browser would (every field of the form, the view state, and the pressed button).
 */
public final class WebClient {

    /** A response: its final address, status and parsed HTML. */
    public record Page(URI uri, int status, String body, Document html) {

        public String text() {
            return html.text();
        }
    }

    /** PrimeFaces' script adds the page's CSP nonce to every post back; so does this client. */
    private static final String CSP_NONCE = "primefaces.nonce";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public CookieManager cookies() {
        return cookies;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(TestServer.uri(path)).GET().build(), 0);
    }

    /** The raw response of a GET, without following redirects. */
    public HttpResponse<String> raw(String path) {
        return send(HttpRequest.newBuilder(TestServer.uri(path)).GET().build());
    }

    /**
     * Posts the form {@code formId} of a page with its current values, the given ones (by field name, such as
     * {@code createForm:title}; a null value removes the field) and the button {@code buttonName}, with the
     * {@code Origin} header a browser sends.
     */
    public Page submit(Page page, String formId, Map<String, String> values, String buttonName) {
        Map<String, String> fields = fields(page, formId, values, buttonName);
        URI origin = page.uri();
        return post(
                page.uri().resolve(page.html().getElementById(formId).attr("action")),
                fields,
                Map.of("Origin", origin.getScheme() + "://" + origin.getRawAuthority()));
    }

    /** The fields {@link #submit} would post: the form's current values, the given ones, the button, the nonce. */
    public Map<String, String> fields(Page page, String formId, Map<String, String> values, String buttonName) {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form " + formId + " on " + page.uri() + ":\n" + page.text());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || input.hasAttr("disabled")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.text();
                case "select" -> input.select("option[selected]").attr("value");
                default -> input.hasAttr("value") ? input.attr("value") : (type.equals("checkbox") ? "on" : "");
            };
            fields.put(input.attr("name"), value);
        }
        values.forEach((name, value) -> {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
        });
        if (buttonName != null) {
            fields.put(buttonName, buttonName);
        }
        Element script = page.html().selectFirst("script[nonce]");
        if (script != null && !values.containsKey(CSP_NONCE)) {
            fields.put(CSP_NONCE, script.attr("nonce"));
        }
        return fields;
    }

    public Page post(URI uri, Map<String, String> fields) {
        return post(uri, fields, Map.of());
    }

    /** Posts these fields form-encoded, with extra request headers (such as {@code Origin}). */
    public Page post(URI uri, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(fields)));
        headers.forEach(request::setHeader);
        return send(request.build(), 0);
    }

    /** The fields as an {@code application/x-www-form-urlencoded} body or query string. */
    public static String formEncoded(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** Sends a request with this client's cookies and returns the raw response, without following redirects. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest request, int redirects) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 300 && status < 400 && redirects < 5) {
                URI next = request.uri()
                        .resolve(response.headers().firstValue("Location").orElseThrow());
                return send(HttpRequest.newBuilder(next).GET().build(), redirects + 1);
            }
            return new Page(
                    request.uri(),
                    status,
                    response.body(),
                    Jsoup.parse(response.body(), request.uri().toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
