package org.bitpoll.info.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.text.Markdown;

/**
 * The imprint page {@code /imprint/} and the privacy page {@code /privacy/}: each redirects to the operator's
 * page elsewhere when its address is set ({@code bitpoll.imprint-url}, {@code bitpoll.privacy-url}), else shows
 * the operator's text, rendered from Markdown and sanitised like a poll's description. Without either, the
 * imprint page says that the operator has set none, and the privacy page shows what Bitpoll itself stores.
 */
@Named
@RequestScoped
public class OperatorTexts {

    @Inject
    private Settings settings;

    private String html = "";

    public void showImprint() {
        show(settings.getImprintUrl(), settings.getImprintText());
    }

    public void showPrivacy() {
        show(settings.getPrivacyUrl(), settings.getPrivacyText());
    }

    private void show(Optional<String> elsewhere, String text) {
        if (elsewhere.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            try {
                external.redirect(elsewhere.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        html = Markdown.toSafeHtml(text);
    }

    /** The operator's text as safe HTML; empty when the operator has set none. */
    public String getHtml() {
        return html;
    }
}
