package org.bitpoll.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.builder.PredicatedHandler;
import io.undertow.server.handlers.builder.PredicatedHandlersParser;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server's trusted-proxy filter, as {@code wildfly-config/configure-server.cli} defines it, parsed by the
 * Undertow that WildFly runs: forwarded headers count only when the connection's peer is in the list.
 */
class TrustedProxyFilterTest {

    private static final Pattern FILTER =
            Pattern.compile("expression-filter=trustedProxy:add\\(expression=\"(.*)\"\\)");
    private static final String LIST = "${bitpoll.trusted-proxy,env.BITPOLL_TRUSTED_PROXY:}";

    /** The filter's expression with the list of trusted proxies the server would resolve. */
    private static PredicatedHandler filter(String trusted) throws IOException {
        String script = Files.readString(Path.of("wildfly-config/configure-server.cli"));
        Matcher line = FILTER.matcher(script);
        assertThat(line.find())
                .as("configure-server.cli defines the filter trustedProxy")
                .isTrue();
        String expression = line.group(1).replace("\\\\", "\\");
        assertThat(expression).contains(LIST);
        List<PredicatedHandler> handlers = PredicatedHandlersParser.parse(
                expression.replace(LIST, trusted), TrustedProxyFilterTest.class.getClassLoader());
        assertThat(handlers).hasSize(1);
        return handlers.get(0);
    }

    @ParameterizedTest(name = "peer {0}, trusted [{1}]: forwarded {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "127.0.0.1 | '' | false",
                "127.0.0.1 | 127.0.0.1 | true",
                "127.0.0.2 | 127.0.0.1 | false",
                "27.0.0.1 | 127.0.0.1 | false",
                "127.0.0.10 | 127.0.0.1 | false",
                "10.0.0.2 | '10.0.0.1, 10.0.0.2' | true",
                "10.0.0.1 | '10.0.0.1,10.0.0.2' | true",
                "10.0.0.3 | '10.0.0.1 10.0.0.2' | false",
                "10.0.0.2 | ' 10.0.0.2 ' | true",
                "0:0:0:0:0:0:0:1 | '10.0.0.1 0:0:0:0:0:0:0:1' | true",
            })
    void forwardedHeadersCountOnlyFromATrustedPeer(String peer, String trusted, boolean forwarded) throws Exception {
        PredicatedHandler filter = filter(trusted);
        HttpServerExchange exchange = new HttpServerExchange(null);
        exchange.setSourceAddress(new InetSocketAddress(InetAddress.getByName(peer), 40000));
        exchange.setRequestScheme("http");
        exchange.getRequestHeaders().put(new HttpString("X-Forwarded-For"), "203.0.113.9");
        exchange.getRequestHeaders().put(new HttpString("X-Forwarded-Proto"), "https");

        AtomicReference<String> client = new AtomicReference<>();
        if (filter.getPredicate().resolve(exchange)) {
            filter.getHandler()
                    .wrap(next ->
                            client.set(next.getSourceAddress().getAddress().getHostAddress()))
                    .handleRequest(exchange);
        } else {
            client.set(exchange.getSourceAddress().getAddress().getHostAddress());
        }

        assertThat(client.get()).isEqualTo(forwarded ? "203.0.113.9" : peer);
        assertThat(exchange.getRequestScheme()).isEqualTo(forwarded ? "https" : "http");
    }
}
