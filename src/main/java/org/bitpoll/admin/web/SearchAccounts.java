package org.bitpoll.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bitpoll.admin.application.AdminService;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.platform.security.Visitors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The admin area's account search {@code /admin/users/}: accounts by user name, names or e-mail address, a page at
 * a time, with buttons that disable or enable a local account and flag or unflag it as administrator. A directory
 * account's flags are the directory's, and nobody changes their own: those rows show no buttons, and the service
 * refuses a tampered post.
 */
@Named
@ViewScoped
public class SearchAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An account as a row of the table. */
    public record Row(
            Long id,
            String username,
            String displayName,
            String email,
            boolean local,
            boolean active,
            boolean siteAdmin,
            boolean administrable)
            implements Serializable {}

    @Inject
    private AdminService admin;

    @Inject
    private Visitors visitors;

    private String query = "";
    private final LazyDataModel<Row> accounts = new Accounts();

    /** Runs the search: the table reloads with the query. */
    public void search() {
        query = query == null ? "" : query.strip();
    }

    public void disable(Long accountId) {
        done("admin.users.disabled", admin.changeActive(visitors.current(), accountId, false));
    }

    public void enable(Long accountId) {
        done("admin.users.enabled", admin.changeActive(visitors.current(), accountId, true));
    }

    public void flagAdmin(Long accountId) {
        done("admin.users.flagged", admin.changeSiteAdmin(visitors.current(), accountId, true));
    }

    public void unflagAdmin(Long accountId) {
        done("admin.users.unflagged", admin.changeSiteAdmin(visitors.current(), accountId, false));
    }

    private static void done(String key, String username) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, Texts.message(context, FacesMessage.SEVERITY_INFO, key, username));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public LazyDataModel<Row> getAccounts() {
        return accounts;
    }

    private final class Accounts extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(admin.countAccounts(visitors.current(), query));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Visitor visitor = visitors.current();
            return admin.searchAccounts(visitor, query, first, pageSize).stream()
                    .map(account -> new Row(
                            account.getId(),
                            account.getUsername(),
                            account.displayName(),
                            account.getEmail(),
                            account.isLocal(),
                            account.isActive(),
                            account.isSiteAdmin(),
                            account.isAdministrableBy(visitor.accountId())))
                    .toList();
        }

        @Override
        public String getRowKey(Row row) {
            return row.id().toString();
        }
    }
}
