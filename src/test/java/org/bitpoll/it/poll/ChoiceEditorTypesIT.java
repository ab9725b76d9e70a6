package org.bitpoll.it.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An option editor's address for a poll of another type leads to the editor of the poll's type, never a 500. */
class ChoiceEditorTypesIT {

    private final WebClient client = new WebClient();

    @ParameterizedTest(name = "{1} editor of a {0} poll")
    @CsvSource({
        "universal, date, universal",
        "universal, dateTime, universal",
        "date, universal, date",
        "date, dateTime, date",
        "datetime, date, dateTime",
        "datetime, universal, dateTime"
    })
    void theEditorOfAnotherTypeRedirectsToTheRightOne(String type, String wrongEditor, String rightEditor) {
        String slug = PollFixtures.uniqueSlug("editor-" + type);
        PollFixtures.create(client, type, "Editor types", slug);

        HttpResponse<String> response = client.raw("/poll/" + slug + "/edit/choices/" + wrongEditor + "/");

        assertThat(response.statusCode()).isBetween(300, 399);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).endsWith("/poll/" + slug + "/edit/choices/" + rightEditor + "/"));
        assertThat(client.get("/poll/" + slug + "/edit/choices/" + wrongEditor + "/")
                        .status())
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} editor of someone else's poll")
    @CsvSource({"date", "universal"})
    void aVisitorWhoMayNotManageThePollIsForbiddenWhateverTheEditor(String editor) {
        String slug = PollFixtures.uniqueSlug("editor-forbidden");
        PollFixtures.create(client, "datetime", "Not yours", slug);

        assertThat(new WebClient()
                        .raw("/poll/" + slug + "/edit/choices/" + editor + "/")
                        .statusCode())
                .isEqualTo(403);
    }
}
