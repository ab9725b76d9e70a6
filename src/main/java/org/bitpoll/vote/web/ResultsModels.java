package org.bitpoll.vote.web;

import jakarta.faces.context.FacesContext;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.domain.AnswerValue;
import org.bitpoll.poll.domain.HeaderMatrix;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.vote.application.ResultsCache;
import org.bitpoll.vote.domain.PollResults;
import org.bitpoll.vote.domain.Scores;

/** Formats a poll's results for the results table, in the viewer's language and zone. */
public final class ResultsModels {

    private ResultsModels() {}

    /**
     * The model of these results; with a {@code cache}, the grid keeps runs of its rows in it (null: it writes every
     * row).
     */
    public static ResultsModel of(
            FacesContext context,
            PollResults results,
            HeaderMatrix header,
            DateTimeFormatter format,
            ResultsCache cache) {
        Poll poll = results.poll();
        Locale locale = context.getViewRoot().getLocale();
        String contextPath = context.getExternalContext().getRequestContextPath();
        String anonymous = Texts.get(context, "results.anonymous");
        String hidden = Texts.get(context, "results.hidden");
        String edited = Texts.get(context, "results.edited");

        List<ResultsModel.Value> values = new ArrayList<>();
        for (AnswerValue value : results.values()) {
            values.add(new ResultsModel.Value(value.getTitle(), value.getColor(), value.getIcon(), value.isDeleted()));
        }
        List<PollResults.Row> shown = results.rows();
        List<ResultsModel.Row> rows = new AbstractList<>() {
            @Override
            public ResultsModel.Row get(int index) {
                return row(shown.get(index), poll, format, contextPath, anonymous, hidden, edited);
            }

            @Override
            public int size() {
                return shown.size();
            }
        };
        GridRows cachedRows = null;
        if (cache != null) {
            long[] rowKeys = new long[shown.size()];
            for (int i = 0; i < rowKeys.length; i++) {
                PollResults.Row row = shown.get(i);
                rowKeys[i] = GridRows.rowKey(
                        row.vote().id(), row.own(), row.changeable(), row.assignable(), row.nameHidden());
            }
            cachedRows = new GridRows(
                    cache,
                    poll.getId(),
                    poll.getResultsVersion(),
                    GridRows.view(locale.toLanguageTag(), String.valueOf(format.getZone()), contextPath),
                    rowKeys);
        }
        List<ResultsModel.InvitationRow> invitations = results.invitations().stream()
                .map(invitation -> new ResultsModel.InvitationRow(
                        invitation.name(), invitation.own() ? contextPath + Urls.cast(poll.getSlug()) : null))
                .toList();
        List<ResultsModel.SummaryCell> summary = null;
        if (results.summary() != null) {
            summary = new ArrayList<>();
            ScoreTexts texts = new ScoreTexts(locale, Texts.get(context, "results.notAvailable"));
            for (Scores.Column column : results.summary()) {
                String text = poll.isShowScoreInSummary() ? texts.sum(column.sum()) : texts.percentage(column.score());
                StringBuilder counts = new StringBuilder();
                for (int i = 0; i < column.counts().length; i++) {
                    if (column.counts()[i] > 0) {
                        if (counts.length() > 0) {
                            counts.append(", ");
                        }
                        counts.append(column.counts()[i])
                                .append(" × ")
                                .append(values.get(i).title());
                    }
                }
                summary.add(new ResultsModel.SummaryCell(
                        text, ScoreTexts.filterValue(column.score()), counts.toString(), column.best()));
            }
        }
        ResultsModel.Labels labels = new ResultsModel.Labels(
                Texts.get(context, "poll.participant"),
                Texts.get(context, "results.actions"),
                Texts.get(context, "results.summary"),
                Texts.get(context, "results.editVote"),
                Texts.get(context, "results.assignVote"),
                Texts.get(context, results.visibility().othersHidden() ? "results.votesHidden" : "poll.noVotes"),
                Texts.get(context, "results.invited"),
                Texts.get(context, "poll.vote"));
        return new ResultsModel(header, values, rows, invitations, summary, labels, cachedRows);
    }

    /** A vote row as the viewer sees it. */
    private static ResultsModel.Row row(
            PollResults.Row row,
            Poll poll,
            DateTimeFormatter format,
            String contextPath,
            String anonymous,
            String hidden,
            String edited) {
        var vote = row.vote();
        String name;
        if (row.nameHidden()) {
            name = hidden;
        } else if (vote.anonymous() || vote.name().isEmpty()) {
            name = anonymous;
        } else {
            name = vote.name();
        }
        // a hidden participant's row shows no times: they would tell who voted when
        StringBuilder tooltip = new StringBuilder();
        if (!row.nameHidden()) {
            tooltip.append(format.format(vote.created()));
            if (vote.modified() != null) {
                tooltip.append(" · ").append(edited).append(' ').append(format.format(vote.modified()));
            }
        }
        if (!vote.comment().isEmpty()) {
            tooltip.append(tooltip.length() > 0 ? "\n" : "").append(vote.comment());
        }
        return new ResultsModel.Row(
                name,
                tooltip.toString(),
                row.own(),
                vote.anonymous() && !row.nameHidden(),
                row.cells(),
                row.comments(),
                row.changeable() ? contextPath + Urls.editVote(poll.getSlug(), vote.id()) : null,
                row.assignable() ? contextPath + Urls.assignVote(poll.getSlug(), vote.id()) : null);
    }
}
