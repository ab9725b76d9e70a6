package org.bitpoll.admin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.bitpoll.admin.application.AdminService;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Urls;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The admin area's poll search {@code /admin/}: polls by title, URL name or owner's name, newest first, a page at a
 * time, each with links to the poll, its settings and its delete page (which let site administrators in).
 */
@Named
@ViewScoped
public class SearchPolls implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A poll as a row of the table. */
    public record Row(
            String slug,
            String title,
            String ownerName,
            String createdText,
            String viewUrl,
            String settingsUrl,
            String deleteUrl)
            implements Serializable {}

    @Inject
    private AdminService admin;

    @Inject
    private Visitors visitors;

    private String query = "";
    private final LazyDataModel<Row> polls = new Polls();

    /** Runs the search: the table reloads with the query. */
    public void search() {
        query = query == null ? "" : query.strip();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public LazyDataModel<Row> getPolls() {
        return polls;
    }

    private final class Polls extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(admin.countPolls(visitors.current(), query));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            FacesContext context = FacesContext.getCurrentInstance();
            String contextPath = context.getExternalContext().getRequestContextPath();
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(context.getViewRoot().getLocale())
                    .withZone(visitors.current().accountZone().orElse(ZoneOffset.UTC));
            return admin.searchPolls(visitors.current(), query, first, pageSize).stream()
                    .map(found -> new Row(
                            found.slug(),
                            found.title(),
                            found.owner() == null ? null : found.owner().displayName(),
                            format.format(found.created()),
                            contextPath + Urls.view(found.slug()),
                            contextPath + Urls.settings(found.slug()),
                            contextPath + Urls.delete(found.slug())))
                    .toList();
        }

        @Override
        public String getRowKey(Row row) {
            return row.slug();
        }
    }
}
