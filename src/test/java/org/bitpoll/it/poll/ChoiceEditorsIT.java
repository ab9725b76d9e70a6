package org.bitpoll.it.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The three option editors over HTTP: what they save, how the poll page shows it, and bad input. */
class ChoiceEditorsIT {

    private final WebClient client = new WebClient();

    private static List<String> headerRow(Page poll, int row) {
        Elements rows = poll.html().select("#pollGrid thead tr");
        return rows.get(row).select("th:not(.actions)").stream()
                .map(th -> th.text() + spans(th))
                .toList();
    }

    private static String spans(Element th) {
        String colspan = th.attr("colspan");
        String rowspan = th.attr("rowspan");
        return (colspan.isEmpty() || colspan.equals("1") ? "" : " c" + colspan)
                + (rowspan.isEmpty() || rowspan.equals("1") ? "" : " r" + rowspan);
    }

    private Page addOption(Page editor, String text) {
        return client.submit(editor, "choicesForm", Map.of("choicesForm:newText", text), "choicesForm:add");
    }

    @Test
    void normalPollOptionsAreGroupedByTheirSlashes() {
        String slug = PollFixtures.uniqueSlug("groups");
        Page editor = PollFixtures.create(client, "universal", "Dinner plans", slug);

        for (String option : List.of("Lunch/Mon", "Lunch/Tue", "Dinner", "A\\/B")) {
            editor = addOption(editor, option);
            assertThat(editor.status()).isEqualTo(200);
        }
        Page poll = client.get("/poll/" + slug + "/");

        assertThat(headerRow(poll, 0)).containsExactly("Participant r2", "Lunch c2", "Dinner r2", "A/B r2");
        assertThat(headerRow(poll, 1)).containsExactly("Mon", "Tue");
    }

    @Test
    void equalLabelsUnderDifferentParentsAreNotMerged() {
        String slug = PollFixtures.uniqueSlug("parents");
        Page editor = PollFixtures.create(client, "universal", "Parents", slug);
        editor = addOption(editor, "A/X");
        addOption(editor, "B/X");

        Page poll = client.get("/poll/" + slug + "/");

        assertThat(headerRow(poll, 0)).containsExactly("Participant r2", "A", "B");
        assertThat(headerRow(poll, 1)).containsExactly("X", "X");
    }

    @Test
    void anOptionTextOfMoreThan80CharactersSavesNothing() {
        String slug = PollFixtures.uniqueSlug("toolong");
        Page editor = PollFixtures.create(client, "universal", "Too long", slug);
        editor = addOption(editor, "Short one");

        Page refused = addOption(editor, "y".repeat(81));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("is too long. The maximum is 80 characters");
        Page poll = client.get("/poll/" + slug + "/");
        assertThat(headerRow(poll, 0)).containsExactly("Participant", "Short one");
    }

    @Test
    void deletedOptionsStayListedAndCanBeRestored() {
        String slug = PollFixtures.uniqueSlug("softdelete");
        Page editor = PollFixtures.create(client, "universal", "Soft delete", slug);
        editor = addOption(editor, "Keep");
        editor = addOption(editor, "Drop");

        editor = deleteRow(editor, 1);
        assertThat(editor.html().select("#choiceTable tbody tr.deleted")).hasSize(1);
        assertThat(headerRow(client.get("/poll/" + slug + "/"), 0)).containsExactly("Participant", "Keep");

        editor = deleteRow(editor, 1);
        assertThat(editor.html().select("#choiceTable tbody tr.deleted")).isEmpty();
        assertThat(headerRow(client.get("/poll/" + slug + "/"), 0)).containsExactly("Participant", "Keep", "Drop");
    }

    @Test
    void optionsCanBeRenamedAndReordered() {
        String slug = PollFixtures.uniqueSlug("reorder");
        Page editor = PollFixtures.create(client, "universal", "Reorder", slug);
        editor = addOption(editor, "First");
        editor = addOption(editor, "Second");
        String secondUp = editor.html()
                .select("#choiceTable tbody tr")
                .get(1)
                .selectFirst("button[id$=:up]")
                .attr("name");
        String firstText = editor.html()
                .select("#choiceTable tbody tr")
                .get(0)
                .selectFirst("input[type=text]")
                .attr("name");

        client.submit(editor, "choicesForm", Map.of(firstText, "First, renamed"), secondUp);

        assertThat(headerRow(client.get("/poll/" + slug + "/"), 0))
                .containsExactly("Participant", "Second", "First, renamed");
    }

    private Page deleteRow(Page editor, int row) {
        String button = editor.html()
                .select("#choiceTable tbody tr")
                .get(row)
                .selectFirst("button[id$=:delete]")
                .attr("name");
        return client.submit(editor, "choicesForm", Map.of(), button);
    }

    @Test
    void aDatePollGetsTheChosenDays() {
        String slug = PollFixtures.uniqueSlug("dates");
        Page editor = PollFixtures.create(client, "date", "Summer party", slug);

        Page poll = client.submit(
                editor, "datesForm", Map.of("datesForm:dates_input", "2030-07-05,2030-07-03"), "datesForm:save");

        assertThat(poll.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        assertThat(poll.text()).contains("The options have been saved.");
        assertThat(headerRow(poll, 0)).containsExactly("Participant", "Wed, 3 Jul 2030", "Fri, 5 Jul 2030");
    }

    @Test
    void aDatePollNeedsAtLeastOneDay() {
        String slug = PollFixtures.uniqueSlug("nodates");
        Page editor = PollFixtures.create(client, "date", "No days", slug);

        Page refused = client.submit(editor, "datesForm", Map.of("datesForm:dates_input", ""), "datesForm:save");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().getElementById("datesForm:datesMessage").text())
                .contains("Please choose at least one day.");
        assertThat(client.get("/poll/" + slug + "/").html().getElementById("noChoices"))
                .isNotNull();
    }

    @Test
    void theDateTimeWizardSavesTheCombinationsAndRestoresThem() {
        String slug = PollFixtures.uniqueSlug("wizard");
        Page step1 = PollFixtures.create(client, "datetime", "Meeting", slug);

        Page step2 = client.submit(
                step1, "wizardForm", Map.of("wizardForm:dates_input", "2030-01-07,2030-01-08"), "wizardForm:toTimes");
        Page badTime = client.submit(step2, "wizardForm", Map.of("wizardForm:newTime", "25:00"), "wizardForm:addTime");
        assertThat(badTime.html().getElementById("wizardForm:newTimeMessage").text())
                .contains("\"25:00\" is not a time of day");
        Page withTime =
                client.submit(badTime, "wizardForm", Map.of("wizardForm:newTime", "13:00"), "wizardForm:addTime");
        withTime = client.submit(withTime, "wizardForm", Map.of("wizardForm:newTime", "9:00"), "wizardForm:addTime");
        assertThat(withTime.html().select("#times .time").eachText()).containsExactly("09:00", "13:00");
        Page step3 = client.submit(withTime, "wizardForm", Map.of(), "wizardForm:toCombinations");
        assertThat(step3.html().select("#combinations input[type=checkbox][checked]"))
                .hasSize(4);

        String lastCell =
                step3.html().select("#combinations input[type=checkbox]").last().attr("name");
        Page poll = client.submit(step3, "wizardForm", mapWithout(lastCell), "wizardForm:saveCombinations");

        assertThat(poll.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        assertThat(headerRow(poll, 0)).containsExactly("Participant r2", "Mon, 7 Jan 2030 c2", "Tue, 8 Jan 2030");
        assertThat(headerRow(poll, 1)).containsExactly("09:00", "13:00", "09:00");

        Page again = client.get("/poll/" + slug + "/edit/choices/dateTime/");
        assertThat(again.html().getElementById("wizardForm:dates_input").attr("value"))
                .contains("2030-01-07", "2030-01-08");
        Page times = client.submit(again, "wizardForm", Map.of(), "wizardForm:toTimes");
        assertThat(times.html().select("#times .time").eachText()).containsExactly("09:00", "13:00");
        Page grid = client.submit(times, "wizardForm", Map.of(), "wizardForm:toCombinations");
        assertThat(grid.html().select("#combinations input[type=checkbox][checked]"))
                .hasSize(3);
    }

    private static Map<String, String> mapWithout(String field) {
        java.util.HashMap<String, String> values = new java.util.HashMap<>();
        values.put(field, null);
        return values;
    }

    @Test
    void theWizardRefusesMoreOptionsThanTheLimit() {
        String slug = PollFixtures.uniqueSlug("toomany");
        Page step1 = PollFixtures.create(client, "datetime", "Too many", slug);
        String days = IntStream.range(0, 41)
                .mapToObj(i -> LocalDate.of(2031, 1, 1).plusDays(i).toString())
                .collect(Collectors.joining(","));

        Page page = client.submit(step1, "wizardForm", Map.of("wizardForm:dates_input", days), "wizardForm:toTimes");
        for (String time : List.of("08:00", "10:00", "12:00", "14:00")) {
            page = client.submit(page, "wizardForm", Map.of("wizardForm:newTime", time), "wizardForm:addTime");
        }
        page = client.submit(page, "wizardForm", Map.of("wizardForm:newTime", "16:00"), "wizardForm:toCombinations");
        Page refused = client.submit(page, "wizardForm", Map.of(), "wizardForm:saveCombinations");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("at most 200 active options; this would make 205");
        assertThat(client.get("/poll/" + slug + "/").html().getElementById("noChoices"))
                .isNotNull();
    }

    @Test
    void aStaleViewStateReloadsThePageWithAMessage() {
        String slug = PollFixtures.uniqueSlug("stale");
        Page editor = PollFixtures.create(client, "universal", "Stale", slug);

        Page reloaded = client.submit(
                editor,
                "choicesForm",
                Map.of("jakarta.faces.ViewState", "1234:5678", "choicesForm:newText", "Lost"),
                "choicesForm:add");

        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.uri().getPath()).isEqualTo("/poll/" + slug + "/edit/choices/universal/");
        assertThat(reloaded.text()).contains("The page had expired");
        assertThat(client.get("/poll/" + slug + "/").html().getElementById("noChoices"))
                .isNotNull();
    }
}
