package org.bitpoll.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets the pages it is mapped to (in web.xml: the poll page, whose results grid keeps runs of rows prepared in
 * memory) splice prepared parts into their response ({@link SplicingResponse}) on a GET or HEAD: as they are, or,
 * for a client whose {@code Accept-Encoding} takes gzip ({@link AcceptEncoding}), precompressed inside the
 * response's gzip encoding. The answer says it depends on {@code Accept-Encoding} ({@code Vary}). Other methods pass
 * through, and so does a response the page fails on (it is left to the server's error handling).
 */
public class Splicing extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        if (!response.getHeaders("Vary").contains("Accept-Encoding")) {
            response.addHeader("Vary", "Accept-Encoding");
        }
        SplicingResponse splicing =
                SplicingResponse.wrap(request, response, AcceptEncoding.gzip(request.getHeader("Accept-Encoding")));
        chain.doFilter(request, splicing);
        splicing.finish();
    }
}
