package org.bitpoll.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' renderer of {@code p:messages} with each message's alert role moved from its {@code <li>} to a
 * {@code <div>} inside it: an {@code <li role="alert">} is no list item any more, so the {@code <ul>} around it is
 * a broken list for screen readers (axe-core's rule {@code list}, serious). The alert inside the item keeps a
 * message that an ajax update brings announced. PrimeFaces 16 drops the role itself (primefaces#14864); this
 * renderer goes when Bitpoll moves there. Registered in {@code faces-config.xml}.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new AlertInsideItem(writer), uiMessages, msg, severity, escape);
    }

    /** Writes one message item: drops the item's alert attributes and opens the alert inside it instead. */
    private static final class AlertInsideItem extends ResponseWriterWrapper {

        /** true between the item's start tag and its first content, while its attributes are written */
        private boolean itemOpen;

        private boolean alertOpen;

        AlertInsideItem(ResponseWriter wrapped) {
            super(wrapped);
        }

        private void openAlert() throws IOException {
            if (itemOpen) {
                itemOpen = false;
                alertOpen = true;
                getWrapped().startElement("div", null);
                getWrapped().writeAttribute("role", "alert", null);
                getWrapped().writeAttribute("aria-atomic", "true", null);
            }
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            openAlert();
            super.startElement(name, component);
            if ("li".equals(name)) {
                itemOpen = true;
            }
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (itemOpen && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }

        @Override
        public void writeText(Object text, String property) throws IOException {
            openAlert();
            super.writeText(text, property);
        }

        @Override
        public void writeText(Object text, UIComponent component, String property) throws IOException {
            openAlert();
            super.writeText(text, component, property);
        }

        @Override
        public void writeText(char[] text, int offset, int length) throws IOException {
            openAlert();
            super.writeText(text, offset, length);
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            openAlert();
            super.write(text, offset, length);
        }

        @Override
        public void write(String text) throws IOException {
            openAlert();
            super.write(text);
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("li".equals(name)) {
                openAlert();
                if (alertOpen) {
                    alertOpen = false;
                    super.endElement("div");
                }
            }
            super.endElement(name);
        }
    }
}
