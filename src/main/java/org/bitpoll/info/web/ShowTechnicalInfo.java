package org.bitpoll.info.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import javax.management.JMException;
import javax.management.ObjectName;
import org.bitpoll.platform.persistence.DatabaseProduct;
import org.primefaces.context.PrimeApplicationContext;

/**
 * The technical info page {@code /technical-info/}: the versions this site runs, read from the running system
 * (Bitpoll's from the WAR's manifest, the server's from its management model, the database's from its driver),
 * so an operator reporting a problem can quote them.
 */
@Named
@RequestScoped
public class ShowTechnicalInfo {

    /** A line of the page: the bundle key of what it is, and its version. */
    public record Component(String labelKey, String version) {}

    @Inject
    private ServletContext servletContext;

    @Inject
    private DatabaseProduct database;

    private List<Component> components = List.of();

    @PostConstruct
    void init() {
        Attributes manifest = manifest();
        List<Component> lines = new ArrayList<>();
        lines.add(new Component("techinfo.bitpoll", value(manifest.getValue("Implementation-Version"))));
        lines.add(new Component("techinfo.server", server()));
        lines.add(new Component("techinfo.jakartaEe", value(manifest.getValue("Jakarta-EE-Version"))));
        lines.add(new Component(
                "techinfo.servlet", servletContext.getMajorVersion() + "." + servletContext.getMinorVersion()));
        lines.add(new Component(
                "techinfo.faces", value(FacesContext.class.getPackage().getImplementationVersion())));
        lines.add(new Component(
                "techinfo.primefaces",
                PrimeApplicationContext.getCurrentInstance(FacesContext.getCurrentInstance())
                        .getEnvironment()
                        .getBuildVersion()));
        lines.add(new Component("techinfo.eclipselink", org.eclipse.persistence.Version.getVersion()));
        database.describe()
                .ifPresentOrElse(
                        product -> {
                            lines.add(new Component("techinfo.database", product.product()));
                            lines.add(new Component("techinfo.driver", product.driver()));
                        },
                        () -> lines.add(new Component("techinfo.database", "–")));
        lines.add(new Component("techinfo.java", System.getProperty("java.vendor") + " " + Runtime.version()));
        components = List.copyOf(lines);
    }

    public List<Component> getComponents() {
        return components;
    }

    private Attributes manifest() {
        try (InputStream in = servletContext.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            return in == null ? new Attributes() : new Manifest(in).getMainAttributes();
        } catch (IOException e) {
            return new Attributes();
        }
    }

    /** The application server's product name and version, as its management model names them. */
    private String server() {
        try {
            ObjectName root = new ObjectName("jboss.as:management-root=server");
            var beans = ManagementFactory.getPlatformMBeanServer();
            return beans.getAttribute(root, "productName") + " " + beans.getAttribute(root, "productVersion");
        } catch (JMException e) {
            return servletContext.getServerInfo();
        }
    }

    private static String value(String version) {
        return version == null || version.isBlank() ? "–" : version;
    }
}
