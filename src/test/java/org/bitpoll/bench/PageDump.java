package org.bitpoll.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitpoll.it.support.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Saves poll pages as a reader gets them, with their stylesheets, scripts and the fonts and images the stylesheets
 * name, under a folder in the server's paths (without query strings), for experiments with the markup on static
 * copies in a browser. The benchmark saves them when {@code benchmark.pages} names the folder.
 */
final class PageDump {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path folder;
    private final Set<String> saved = new HashSet<>();

    PageDump(Path folder) {
        this.folder = folder;
    }

    /** Saves the page at {@code path} as {@code <name>.html} and the resources it loads. */
    void save(String name, String path) throws IOException, InterruptedException {
        String html = new String(fetch(TestServer.uri(path)), StandardCharsets.UTF_8);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".html"), html);
        Document page = Jsoup.parse(html, TestServer.uri(path).toString());
        for (Element link : page.select("link[rel=stylesheet][href], script[src]")) {
            URI uri = URI.create(link.absUrl(link.hasAttr("src") ? "src" : "href"));
            byte[] body = saveResource(uri);
            if (body != null && link.tagName().equals("link")) {
                Matcher url = CSS_URL.matcher(new String(body, StandardCharsets.UTF_8));
                while (url.find()) {
                    if (!url.group(1).startsWith("data:")) {
                        saveResource(uri.resolve(url.group(1).replace(" ", "%20")));
                    }
                }
            }
        }
    }

    private byte[] saveResource(URI uri) throws IOException, InterruptedException {
        if (!saved.add(uri.getPath())) {
            return null;
        }
        byte[] body = fetch(uri);
        Path file = folder.resolve(uri.getPath().substring(1));
        Files.createDirectories(file.getParent());
        Files.write(file, body);
        return body;
    }

    private byte[] fetch(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }
}
